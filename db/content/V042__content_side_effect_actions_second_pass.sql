-- What to do about a side effect, second pass (schema V038), reviewed 2026-12-06: 21 more side effects, written in
-- our own words, each level stated by the pages named with it (NHS national pages, NHS trusts' and primary care
-- pages for their patients, NICE, Macmillan, NCI and DailyMed), read through the stored copies of the project's
-- search tool (the first part of each page only). Pages without a date carry the date we checked them as
-- published_on. Where a page speaks of a symptom in general (a fracture, a stroke, fainting), the row says what to
-- do about that symptom, not about one drug. docs/content-notes.md lists what is still open.

-- checked 2026-12-06: sudden or very severe symptoms of heart failure are an emergency: call 999 or go to A&E.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nhs-heart-failure-symptoms', 'https://www.nhs.uk/conditions/heart-failure/symptoms/',
       'Heart failure: symptoms', 'NHS', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nhs-heart-failure-symptoms');

-- checked 2026-12-06: people on cancer treatment call 999, not the hotline, for chest pain, struggling to breathe, passing out, a fit or severe bleeding; sudden swelling or pain in a limb, rashes and constipation are reasons to call the hotline.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'royalsurrey-treatment-hotline', 'https://royalsurrey.nhs.uk/cc-treatment-hotline',
       'Oncology treatment hotline', 'Royal Surrey NHS Foundation Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'royalsurrey-treatment-hotline');

-- checked 2026-12-06: eye problems are common and can be severe; tell the healthcare provider right away about any new or worse eye problem; avoid contact lenses unless the eye specialist agrees.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'dailymed-datroway-medication-guide', 'https://dailymed.nlm.nih.gov/dailymed/medguide.cfm?setid=2950227c-6230-4ca4-a135-46e44d9424a0',
       'DATROWAY (datopotamab deruxtecan): Medication Guide', 'U.S. National Library of Medicine (DailyMed)', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'dailymed-datroway-medication-guide');

-- checked 2026-12-06: tamoxifen is a risk factor; unusual vaginal bleeding, above all any bleeding after the menopause, should be seen by a GP urgently.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'warrington-pcn-womb-cancer', 'https://www.centralandwestwarringtonpcn.nhs.uk/health-and-wellbeing/cancer/cancer-types/endometrial-cancer-womb',
       'Endometrial cancer (womb cancer)', 'Central and West Warrington Primary Care Network (NHS)', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'warrington-pcn-womb-cancer');

-- checked 2026-12-06: always see your GP about unusual vaginal bleeding.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'christie-womb-cancer', 'https://www.christie.nhs.uk/patients-and-visitors/your-treatment-and-care/types-of-cancer/endometrial-womb-uterus-cancer/',
       'Endometrial (womb, uterus) cancer', 'The Christie NHS Foundation Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'christie-womb-cancer');

-- checked 2026-12-06: thin bones can break after very little force; a suspected broken wrist, arm or leg needs A&E, a severe injury an ambulance (999).
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'mpft-fractures', 'https://mpft.nhs.uk/services/msk/self-help/soft-tissue-injuries-fractures-dislocations/fractures',
       'Fractures', 'Midlands Partnership University NHS Foundation Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'mpft-fractures');

-- checked 2026-12-06: long-term use can weaken bones; bone density (DEXA) scans are done, and the doctor may suggest a bone-strengthening medicine.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nhs-anastrozole-questions', 'https://www.nhs.uk/medicines/anastrozole/common-questions-about-anastrozole/',
       'Common questions about anastrozole', 'NHS', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nhs-anastrozole-questions');

-- checked 2026-12-06: hot flushes usually ease in the first months: talk to the doctor or breast care nurse if they are severe or last; for tiredness, speak to the doctor if it does not get better.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nhs-anastrozole-side-effects', 'https://www.nhs.uk/medicines/anastrozole/side-effects-of-anastrozole/',
       'Side effects of anastrozole', 'NHS', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nhs-anastrozole-side-effects');

-- checked 2026-12-06: bisphosphonates carry a risk of jaw bone damage; loose teeth, pain or swelling in the mouth should be reported at once to a doctor and dentist.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'necsu-bisphosphonates', 'https://medicines.necsu.nhs.uk/oral-bisphosphonates-reminder-of-precautions-to-take/',
       'Oral bisphosphonates: reminder of precautions to take', 'NHS North of England Commissioning Support', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'necsu-bisphosphonates');

-- checked 2026-12-06: back or neck pain, numbness, pins and needles, unsteadiness or bladder or bowel problems: tell your doctor straight away; early treatment works better.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'macmillan-spinal-cord-compression', 'https://www.macmillan.org.uk/information-and-support/coping/side-effects-and-symptoms/other-side-effects/malignant-spinal-cord-compression.html',
       'Malignant spinal cord compression', 'Macmillan Cancer Support', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'macmillan-spinal-cord-compression');

-- checked 2026-12-06: contact the chemotherapy nurse or acute oncology helpline if the bowels have not moved for more than 2 days despite laxatives, with new tummy pain, or a swollen tummy or no wind.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'stgeorges-constipation', 'https://www.stgeorges.nhs.uk/aos/patients/side-effects/constipation/constipation-self-care-advice/',
       'Constipation: self-care advice', 'St George''s University Hospitals NHS Foundation Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'stgeorges-constipation');

-- checked 2026-12-06: some cancer drugs, anti-sickness drugs and painkillers cause constipation; fibre, fluids and gentle exercise help; ask your doctor or nurse for advice.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'macmillan-constipation', 'https://www.macmillan.org.uk/information-and-support/larynx-cancer/coping/side-effects-and-symptoms/eating-problems/constipation.html',
       'If you have constipation', 'Macmillan Cancer Support', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'macmillan-constipation');

-- checked 2026-12-06: report redness, swelling or sores on the palms or soles to the specialist nurse or helpline; do not break blisters.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'stgeorges-skin-rash', 'https://www.stgeorges.nhs.uk/aos/patients/side-effects/skin-rash/skin-rash-self-care-advice/',
       'Skin rash: self-care advice', 'St George''s University Hospitals NHS Foundation Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'stgeorges-skin-rash');

-- checked 2026-12-06: the triage grades: redness without pain, skin care and get back in touch if it worsens; peeling, blisters, bleeding, swelling or pain, discuss with the team before the next dose.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'stgeorges-hand-foot-grading', 'https://www.stgeorges.nhs.uk/aos/st-georges-healthcare-professional/guidance/ppe/',
       'Palmar-plantar erythrodysaesthesia (hand-foot syndrome)', 'St George''s University Hospitals NHS Foundation Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'stgeorges-hand-foot-grading');

-- checked 2026-12-06: a rash during immunotherapy: do not scratch, and call the 24-hour hotline to be assessed.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'clatterbridge-immunotherapy-skin', 'https://www.clatterbridgecc.nhs.uk/patients-and-visitors/treatment-and-care/patient-information/skin-care-advice-patients-immunotherapy-treatment',
       'Skin care advice for patients on immunotherapy', 'The Clatterbridge Cancer Centre NHS Foundation Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'clatterbridge-immunotherapy-skin');

-- checked 2026-12-06: signs of anaemia are tiredness, breathlessness, dizziness, headaches, a fast heartbeat and pale skin; tell your doctor or nurse.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nci-anemia', 'https://www.cancer.gov/about-cancer/treatment/side-effects/anemia',
       'Anemia and cancer treatment', 'National Cancer Institute', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nci-anemia');

-- checked 2026-12-06: call 999 for signs of a heart attack or a stroke (face dropping, arms weak, speech slurred) or severe breathing trouble.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'elht-feeling-unwell', 'https://elht.nhs.uk/patients/feeling-unwell',
       'Feeling unwell: what service is best?', 'East Lancashire Hospitals NHS Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'elht-feeling-unwell');

-- checked 2026-12-06: dizziness usually passes; lie down and get up slowly, do not drive while dizzy, and see a doctor if it does not go away or keeps coming back.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nhs-wales-111-dizziness', 'https://111.wales.nhs.uk/dizziness',
       'Dizziness', 'NHS 111 Wales', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nhs-wales-111-dizziness');

-- checked 2026-12-06: problems with memory and concentration during treatment: talk to your doctor; a record of what happens helps.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'macmillan-chemo-brain', 'https://www.macmillan.org.uk/information-and-support/coping/side-effects-and-symptoms/other-side-effects/chemo-brain.html',
       'Cognitive changes (chemo brain)', 'Macmillan Cancer Support', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'macmillan-chemo-brain');

-- checked 2026-12-06: immunotherapy can inflame joints and muscles; contact the 24-hour hotline about any new side effect.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'clatterbridge-arthralgia', 'https://www.clatterbridgecc.nhs.uk/patients-and-visitors/treatment-and-care/patient-information/arthralgia',
       'Arthralgia (joint pain) with immunotherapy', 'The Clatterbridge Cancer Centre NHS Foundation Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'clatterbridge-arthralgia');

-- checked 2026-12-06: joint and muscle pain is common with aromatase inhibitors; talk to your specialist before stopping; painkillers or another drug may help.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'macmillan-hormone-therapy-pain', 'https://www.macmillan.org.uk/cancer-information-and-support/impacts-of-cancer/pain-when-taking-hormone-therapy-for-breast-cancer',
       'Pain when taking hormone therapy for breast cancer', 'Macmillan Cancer Support', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'macmillan-hormone-therapy-pain');

-- checked 2026-12-06: eating and drinking less than usual is among the reasons to ring the 24-hour helpline during cancer treatment.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'uhb-acute-oncology', 'https://www.uhb.nhs.uk/services/cancer/patients-and-visitors/acute-oncology-service-aos',
       'Acute oncology service', 'University Hospitals Birmingham NHS Foundation Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'uhb-acute-oncology');

-- checked 2026-12-06: many chemotherapy drugs cause hair loss, which is usually temporary; the chemotherapy nurse can say whether it is likely.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'macmillan-hair-loss', 'https://www.macmillan.org.uk/cancer-information-and-support/impacts-of-cancer/hair-loss/hair-loss-during-treatment',
       'Hair loss during treatment', 'Macmillan Cancer Support', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'macmillan-hair-loss');

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'Your skin or the whites of your eyes turn yellow. Or your pee is dark.',
       'Call your 24-hour cancer line now. Do not wait until the morning.', DATE '2026-12-06' FROM side_effect WHERE slug = 'liver-problems';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'liver-problems' AND a.urgency = 'CALL_NOW' AND s.code = 'sath-immunotherapy';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'Chest pain, being very short of breath, or fainting. Heart signs that come on fast or are very bad.',
       'Call 999 now. Then tell your cancer team.', DATE '2026-12-06' FROM side_effect WHERE slug = 'heart-problems';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'heart-problems' AND a.urgency = 'CALL_NOW' AND s.code = 'nhs-heart-failure-symptoms';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'heart-problems' AND a.urgency = 'CALL_NOW' AND s.code = 'royalsurrey-treatment-hotline';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'You faint or pass out. Or you have chest pain or it is hard to breathe.',
       'Call 999 now. Say which cancer drug you take.', DATE '2026-12-06' FROM side_effect WHERE slug = 'heart-rhythm-changes';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'heart-rhythm-changes' AND a.urgency = 'CALL_NOW' AND s.code = 'royalsurrey-treatment-hotline';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_TODAY',
       'A new eye problem, or one that gets worse. Dry, sore, red or watery eyes. Eyes that hurt in bright light. Blurred sight.',
       'Contact your cancer team today. Do not wear contact lenses unless the eye doctor says you can.', DATE '2026-12-06' FROM side_effect WHERE slug = 'eye-problems';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'eye-problems' AND a.urgency = 'CALL_TODAY' AND s.code = 'dailymed-datroway-medication-guide';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_TODAY',
       'Any bleeding or spotting from the vagina after your periods have stopped, even once. Or pink, brown or bloody discharge.',
       'Contact your breast care team or GP today. Say that you take tamoxifen. It is often not cancer, but it needs a check.', DATE '2026-12-06' FROM side_effect WHERE slug = 'womb-changes';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'womb-changes' AND a.urgency = 'CALL_TODAY' AND s.code = 'warrington-pcn-womb-cancer';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'womb-changes' AND a.urgency = 'CALL_TODAY' AND s.code = 'christie-womb-cancer';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'You may have broken a bone, even after a small fall. It hurts a lot, swells or bruises, or you cannot put weight on it.',
       'Go to A&E. Call 999 if the injury is bad. Then tell your cancer team.', DATE '2026-12-06' FROM side_effect WHERE slug = 'bone-thinning';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'bone-thinning' AND a.urgency = 'CALL_NOW' AND s.code = 'mpft-fractures';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION',
       'Usually nothing. Thin bones do not hurt until one breaks.',
       'Go to your bone scans. At your next visit, ask if you need a medicine to make your bones stronger.', DATE '2026-12-06' FROM side_effect WHERE slug = 'bone-thinning';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'bone-thinning' AND a.urgency = 'MENTION' AND s.code = 'nhs-anastrozole-questions';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'Pain, swelling or bruising in a bone after a fall or knock, even a small one. It hurts to move it or put weight on it.',
       'Go to A&E. Call 999 if the injury is bad. Then tell your cancer team.', DATE '2026-12-06' FROM side_effect WHERE slug = 'broken-bones';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'broken-bones' AND a.urgency = 'CALL_NOW' AND s.code = 'mpft-fractures';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_TODAY',
       'Pain or swelling in your mouth or jaw, or a tooth that feels loose.',
       'Contact your cancer team and your dentist today. Tell every dentist you see about this treatment.', DATE '2026-12-06' FROM side_effect WHERE slug = 'jaw-bone-damage';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'jaw-bone-damage' AND a.urgency = 'CALL_TODAY' AND s.code = 'necsu-bisphosphonates';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION',
       'Hot flushes or night sweats that are bad, or that have not eased after the first few months.',
       'Tell your team or breast care nurse at your next visit. They may be able to help.', DATE '2026-12-06' FROM side_effect WHERE slug = 'hot-flushes';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'hot-flushes' AND a.urgency = 'MENTION' AND s.code = 'nhs-anastrozole-side-effects';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION',
       'Feeling very tired, even after rest, and it is not getting better.',
       'Tell your team at your next visit. Do not drive while you feel very tired.', DATE '2026-12-06' FROM side_effect WHERE slug = 'fatigue';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'fatigue' AND a.urgency = 'MENTION' AND s.code = 'nhs-anastrozole-side-effects';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'New back or neck pain, or pain that gets worse or wakes you at night. Pain like a band around your body. Numb or weak legs. Trouble passing urine or opening your bowels.',
       'Call your 24-hour cancer line now. Say you are worried about your spine. Do not wait to see if it gets better.', DATE '2026-12-06' FROM side_effect WHERE slug = 'bone-pain';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'bone-pain' AND a.urgency = 'CALL_NOW' AND s.code = 'macmillan-spinal-cord-compression';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'bone-pain' AND a.urgency = 'CALL_NOW' AND s.code = 'nice-ng234';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_TODAY',
       'You have not pooed for more than 2 days, even with your laxatives. Or you have new tummy pain, a swollen tummy, or you cannot pass wind.',
       'Contact your cancer team or 24-hour line today.', DATE '2026-12-06' FROM side_effect WHERE slug = 'constipation';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'constipation' AND a.urgency = 'CALL_TODAY' AND s.code = 'stgeorges-constipation';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'constipation' AND a.urgency = 'CALL_TODAY' AND s.code = 'royalsurrey-treatment-hotline';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION',
       'You poo less often, or your poo is hard, but it gets better with drinks, fibre or your laxatives.',
       'Tell your team at your next visit.', DATE '2026-12-06' FROM side_effect WHERE slug = 'constipation';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'constipation' AND a.urgency = 'MENTION' AND s.code = 'macmillan-constipation';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_TODAY',
       'The skin on your palms or soles peels, blisters, cracks or swells. Or it hurts to walk or use your hands.',
       'Contact your cancer nurse or 24-hour line today, before your next dose. Do not burst blisters.', DATE '2026-12-06' FROM side_effect WHERE slug = 'hand-foot-syndrome';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'hand-foot-syndrome' AND a.urgency = 'CALL_TODAY' AND s.code = 'stgeorges-skin-rash';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'hand-foot-syndrome' AND a.urgency = 'CALL_TODAY' AND s.code = 'stgeorges-hand-foot-grading';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION',
       'Your palms or soles look a little red, with no pain and no peeling.',
       'Tell your team at your next visit. Call sooner if it gets worse.', DATE '2026-12-06' FROM side_effect WHERE slug = 'hand-foot-syndrome';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'hand-foot-syndrome' AND a.urgency = 'MENTION' AND s.code = 'stgeorges-hand-foot-grading';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'A rash that spreads fast, with blisters or peeling skin, or sores on your lips, in your mouth or on your eyes. It may start like flu.',
       'Call 999 or go to A&E now. Say which cancer drugs you take.', DATE '2026-12-06' FROM side_effect WHERE slug = 'rash';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'rash' AND a.urgency = 'CALL_NOW' AND s.code = 'nhs-stevens-johnson-syndrome';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_TODAY',
       'A new rash, or red, itchy or dry skin.',
       'Contact your 24-hour line or cancer team today. Try not to scratch.', DATE '2026-12-06' FROM side_effect WHERE slug = 'rash';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'rash' AND a.urgency = 'CALL_TODAY' AND s.code = 'clatterbridge-immunotherapy-skin';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'rash' AND a.urgency = 'CALL_TODAY' AND s.code = 'royalsurrey-treatment-hotline';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'One leg or arm suddenly swells and hurts, or feels warm. Or swelling with chest pain or trouble breathing.',
       'Call your 24-hour cancer line now. If you have chest pain or trouble breathing, call 999.', DATE '2026-12-06' FROM side_effect WHERE slug = 'swelling';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'swelling' AND a.urgency = 'CALL_NOW' AND s.code = 'nhs-dvt';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'swelling' AND a.urgency = 'CALL_NOW' AND s.code = 'royalsurrey-treatment-hotline';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'Chest pain, trouble breathing, or you faint.',
       'Call 999 now.', DATE '2026-12-06' FROM side_effect WHERE slug = 'low-red-blood-cells';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'low-red-blood-cells' AND a.urgency = 'CALL_NOW' AND s.code = 'royalsurrey-treatment-hotline';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION',
       'You feel very tired, out of breath or dizzy, or you look pale. Your heart may beat fast.',
       'Tell your team. They can check your blood.', DATE '2026-12-06' FROM side_effect WHERE slug = 'low-red-blood-cells';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'low-red-blood-cells' AND a.urgency = 'MENTION' AND s.code = 'nci-anemia';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'Dizziness with chest pain, or you faint. Or your face drops on one side, you cannot lift both arms, or your speech is slurred.',
       'Call 999 now.', DATE '2026-12-06' FROM side_effect WHERE slug = 'dizziness';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'dizziness' AND a.urgency = 'CALL_NOW' AND s.code = 'elht-feeling-unwell';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'dizziness' AND a.urgency = 'CALL_NOW' AND s.code = 'royalsurrey-treatment-hotline';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION',
       'Feeling light-headed or off balance, and it does not go away or keeps coming back.',
       'Tell your team. Do not drive while you feel dizzy.', DATE '2026-12-06' FROM side_effect WHERE slug = 'dizziness';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'dizziness' AND a.urgency = 'MENTION' AND s.code = 'nhs-wales-111-dizziness';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'Sudden confusion. Or your face drops on one side, you cannot lift both arms, or your speech is slurred.',
       'Call 999 now. Someone with you may need to make the call.', DATE '2026-12-06' FROM side_effect WHERE slug = 'thinking-problems';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'thinking-problems' AND a.urgency = 'CALL_NOW' AND s.code = 'elht-feeling-unwell';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION',
       'It is harder to remember things, to focus, or to think clearly.',
       'Tell your team. A note of what happens and when can help them.', DATE '2026-12-06' FROM side_effect WHERE slug = 'thinking-problems';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'thinking-problems' AND a.urgency = 'MENTION' AND s.code = 'macmillan-chemo-brain';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_TODAY',
       'If you have immunotherapy: new pain, stiffness or swelling in your joints or muscles.',
       'Contact your 24-hour line or cancer team today.', DATE '2026-12-06' FROM side_effect WHERE slug = 'joint-pain';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'joint-pain' AND a.urgency = 'CALL_TODAY' AND s.code = 'clatterbridge-arthralgia';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION',
       'Aching or stiff joints or muscles, often worse in the morning.',
       'Tell your team at your next visit. Painkillers or a change of drug may help. Do not stop your treatment without talking to them.', DATE '2026-12-06' FROM side_effect WHERE slug = 'joint-pain';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'joint-pain' AND a.urgency = 'MENTION' AND s.code = 'macmillan-hormone-therapy-pain';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'You can hardly eat or drink anything, and you pee much less than normal.',
       'Call your 24-hour cancer line now.', DATE '2026-12-06' FROM side_effect WHERE slug = 'loss-of-appetite';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'loss-of-appetite' AND a.urgency = 'CALL_NOW' AND s.code = 'stgeorges-feeling-sick';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_TODAY',
       'You eat or drink less than usual.',
       'Contact your cancer team or 24-hour line today.', DATE '2026-12-06' FROM side_effect WHERE slug = 'loss-of-appetite';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'loss-of-appetite' AND a.urgency = 'CALL_TODAY' AND s.code = 'uhb-acute-oncology';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'loss-of-appetite' AND a.urgency = 'CALL_TODAY' AND s.code = 'stgeorges-feeling-sick';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION',
       'Your hair gets thinner or falls out, often a few weeks after treatment starts.',
       'Talk to your team or chemotherapy nurse at your next visit. Hair usually grows back after treatment.', DATE '2026-12-06' FROM side_effect WHERE slug = 'hair-loss';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'hair-loss' AND a.urgency = 'MENTION' AND s.code = 'macmillan-hair-loss';
