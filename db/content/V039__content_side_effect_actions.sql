-- What to do about a side effect, at one of three levels of urgency (schema V038), reviewed 2026-12-06.
-- The notices and actions are in our own words. Each rests on the sources named with it: NHS pages (the national
-- site and NHS cancer centres' advice to their patients), Macmillan, NICE, the FDA and the US National Library of
-- Medicine. Pages without a date carry the date we checked them as published_on. The pages were read through
-- the stored copies of the project's search tool; docs/content-notes.md says which levels rest on our reading.
-- Only side effects whose urgency a source states are here. The others still show their plain explanation and
-- the general advice to tell the care team; docs/content-notes.md lists them as open.

-- checked 2026-12-06: sudden swelling of the lips, mouth, throat or tongue, a tight throat or trouble breathing, feeling faint: call 999 at once.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nhs-anaphylaxis', 'https://www.nhs.uk/conditions/anaphylaxis/',
       'Anaphylaxis', 'NHS', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nhs-anaphylaxis');

-- checked 2026-12-06: a rare, serious skin reaction, usually to a medicine: flu-like start, then a spreading rash, blisters and sores on the lips, mouth and eyes; it needs hospital treatment at once.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nhs-stevens-johnson-syndrome', 'https://www.nhs.uk/conditions/stevens-johnson-syndrome/',
       'Stevens-Johnson syndrome', 'NHS', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nhs-stevens-johnson-syndrome');

-- checked 2026-12-06: throbbing or cramping pain, swelling, warm and red skin in one leg: get urgent help the same day; with breathlessness or chest pain, call 999.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nhs-dvt', 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/',
       'DVT (deep vein thrombosis)', 'NHS', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nhs-dvt');

-- checked 2026-12-06: sharp chest pain, sudden breathlessness, coughing up blood or fainting can mean a clot in the lung: call 999.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'gloshospitals-dvt', 'https://www.gloshospitals.nhs.uk/your-visit/patient-information-leaflets/deep-vein-thrombosis-dvt/',
       'Deep vein thrombosis (DVT)', 'Gloucestershire Hospitals NHS Foundation Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'gloshospitals-dvt');

-- checked 2026-12-06: contact the team at once, not the next morning or after the weekend, for a temperature of 38 °C or more or shivering, breathing problems, bleeding that has not stopped after ten minutes of pressure, diarrhoea four or more times a day above normal or at night, sickness that goes on despite anti-sickness medicine, and mouth ulcers that stop eating or drinking.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'royalmarsden-chemotherapy-side-effects', 'https://www.royalmarsden.nhs.uk/your-care/treatments/chemotherapy/chemotherapy-effects-and-side-effects',
       'Chemotherapy: effects and side effects', 'The Royal Marsden NHS Foundation Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'royalmarsden-chemotherapy-side-effects');

-- checked 2026-12-06: tell the hospital straight away about blood in urine or stools, bleeding first aid does not control, new bruises or blood spots, a sore mouth that stops eating or drinking, and (after immunotherapy) a new or worse cough or breathlessness.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'leeds-unwell-after-treatment', 'https://leedsth.nhs.uk/services/leeds-cancer-centre/diagnostic-treatment-services/chemotherapy-and-immunotherapy/unwell-after-treatment',
       'Unwell after treatment', 'Leeds Teaching Hospitals NHS Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'leeds-unwell-after-treatment');

-- checked 2026-12-06: call the 24-hour number straight away with a temperature over 37.5 °C, suddenly feeling unwell, or signs of infection; tell the team about bruising or bleeding you cannot explain.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'macmillan-carboplatin', 'https://www.macmillan.org.uk/information-and-support/treating/chemotherapy/drugs-and-combination-regimens/individual-drugs/carboplatin.html',
       'Carboplatin', 'Macmillan Cancer Support', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'macmillan-carboplatin');

-- checked 2026-12-06: tell your doctor about diarrhoea or if it gets worse; more than 4 to 6 times a day: contact the hospital on the numbers you were given.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'macmillan-diarrhoea', 'https://www.macmillan.org.uk/information-and-support/coping/side-effects-and-symptoms/eating-problems/diarrhoea.html',
       'If you have diarrhoea', 'Macmillan Cancer Support', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'macmillan-diarrhoea');

-- checked 2026-12-06: call the acute oncology line for more than 4 loose stools in 24 hours, tummy pain or cramps, blood or mucus in the stools, or diarrhoea with a fever.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'gloshospitals-diarrhoea', 'https://gloshospitals.nhs.uk/our-services/services-we-offer/cancer/systemic-anti-cancer-therapies-home/sact-treatment/sact-side-effects-symptom-support/sact-side-effects-diarrhoea',
       'SACT side effects: diarrhoea', 'Gloucestershire Hospitals NHS Foundation Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'gloshospitals-diarrhoea');

-- checked 2026-12-06: call the 24-hour line for a sore mouth with a temperature or feeling unwell, trouble eating, drinking or swallowing, or ulcers or white patches.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'gloshospitals-sore-mouth', 'https://www.gloshospitals.nhs.uk/our-services/services-we-offer/cancer/systemic-anti-cancer-therapies-home/sact-treatment/sact-side-effects-symptom-support/sact-side-effects-sore-mouth-and-sore-throat/',
       'SACT side effects: sore mouth and sore throat', 'Gloucestershire Hospitals NHS Foundation Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'gloshospitals-sore-mouth');

-- checked 2026-12-06: three steps: eating and drinking normally and sick at most once a day, mention it at the next visit; eating and drinking less or sick 2 to 5 times a day, call the helpline for advice; sick 6 or more times a day or hardly able to eat or drink, call at once.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'stgeorges-feeling-sick', 'https://www.stgeorges.nhs.uk/aos/patients/side-effects/feeling-sick-or-being-sick/',
       'Feeling sick or being sick', 'St George''s University Hospitals NHS Foundation Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'stgeorges-feeling-sick');

-- checked 2026-12-06: people on these drugs should tell their health professional right away about new or worse breathing problems, cough or chest pain.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-dsc-cdk46-lung-2019', 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-warns-about-rare-severe-lung-inflammation-ibrance-kisqali-and-verzenio-breast-cancer',
       'FDA warns about rare but severe lung inflammation with Ibrance, Kisqali, and Verzenio', 'U.S. Food and Drug Administration', DATE '2019-09-13'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-dsc-cdk46-lung-2019');

-- checked 2026-12-06: with warfarin, capecitabine can cause serious bleeding; call the doctor at once about unusual bleeding or bruising, vomit with blood or like coffee grounds, or black or bloody stools.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'medlineplus-capecitabine', 'https://medlineplus.gov/druginfo/meds/a699003.html',
       'Capecitabine', 'U.S. National Library of Medicine (MedlinePlus)', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'medlineplus-capecitabine');

-- checked 2026-12-06: people on immunotherapy should ring the 24-hour oncology line for diarrhoea, yellow skin or eyes, a new or worse cough, dark urine, severe or lasting muscle aches, or a fast heartbeat.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'sath-immunotherapy', 'https://www.sath.nhs.uk/wards-services/az-services/oncology/immunotherapy/',
       'Immunotherapy', 'The Shrewsbury and Telford Hospital NHS Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'sath-immunotherapy');


INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'Your lips, tongue, mouth or throat swell up. Your throat feels tight, or it is hard to breathe or swallow. You feel faint. It can start within minutes of a dose.',
       'Call 999 now, or 911 in the US. If you are in the treatment unit, tell a nurse at once. Then let your cancer team know.', DATE '2026-12-06' FROM side_effect WHERE slug = 'allergic-reaction';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'allergic-reaction' AND a.urgency = 'CALL_NOW' AND s.code = 'nhs-anaphylaxis';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'Bleeding that has not stopped after 10 minutes of pressing on it. Blood in your pee or poo, or black poo. Being sick with blood in it.',
       'Call your 24-hour cancer line now. Do not wait until the morning. If the bleeding is heavy, call 999.', DATE '2026-12-06' FROM side_effect WHERE slug = 'bleeding';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'bleeding' AND a.urgency = 'CALL_NOW' AND s.code = 'royalmarsden-chemotherapy-side-effects';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'bleeding' AND a.urgency = 'CALL_NOW' AND s.code = 'leeds-unwell-after-treatment';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_TODAY',
       'Bruises you cannot explain. Nosebleeds or bleeding gums that stop on their own. Tiny red or purple spots on the skin.',
       'Contact your cancer team today. They may check your blood.', DATE '2026-12-06' FROM side_effect WHERE slug = 'bleeding';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'bleeding' AND a.urgency = 'CALL_TODAY' AND s.code = 'macmillan-carboplatin';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'bleeding' AND a.urgency = 'CALL_TODAY' AND s.code = 'leeds-unwell-after-treatment';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'You take warfarin or a similar blood thinner and notice unusual bleeding or bruising. Or black poo, or being sick with blood in it.',
       'Call your 24-hour cancer line now. Make sure every doctor you see knows you take both medicines.', DATE '2026-12-06' FROM side_effect WHERE slug = 'bleeding-with-warfarin';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'bleeding-with-warfarin' AND a.urgency = 'CALL_NOW' AND s.code = 'medlineplus-capecitabine';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'Pain, swelling, warmth or redness in one leg or arm. Or you are suddenly short of breath, have chest pain or cough up blood.',
       'Call your 24-hour cancer line now. If you are short of breath, have chest pain or cough up blood, call 999.', DATE '2026-12-06' FROM side_effect WHERE slug = 'blood-clots';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'blood-clots' AND a.urgency = 'CALL_NOW' AND s.code = 'nhs-dvt';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'blood-clots' AND a.urgency = 'CALL_NOW' AND s.code = 'gloshospitals-dvt';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'You go 4 or more times a day more than usual, or at night. Or you have diarrhoea with a temperature, tummy cramps, or blood in your poo.',
       'Call your 24-hour cancer line now. Do not wait until the morning or after the weekend.', DATE '2026-12-06' FROM side_effect WHERE slug = 'diarrhoea';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'diarrhoea' AND a.urgency = 'CALL_NOW' AND s.code = 'royalmarsden-chemotherapy-side-effects';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'diarrhoea' AND a.urgency = 'CALL_NOW' AND s.code = 'gloshospitals-diarrhoea';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'diarrhoea' AND a.urgency = 'CALL_NOW' AND s.code = 'macmillan-diarrhoea';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_TODAY',
       'Your poo is looser, or you go a little more often than usual.',
       'Contact your cancer team today, or follow the plan they gave you. Some drugs come with medicine to take at the first loose poo.', DATE '2026-12-06' FROM side_effect WHERE slug = 'diarrhoea';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'diarrhoea' AND a.urgency = 'CALL_TODAY' AND s.code = 'macmillan-diarrhoea';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'Soon after starting, often in the first weeks: bad diarrhoea, a very sore mouth, being sick, or a temperature.',
       'Call your 24-hour cancer line now, before you take another dose. These can be signs that your body cannot break down the drug.', DATE '2026-12-06' FROM side_effect WHERE slug = 'dpd-deficiency';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'dpd-deficiency' AND a.urgency = 'CALL_NOW' AND s.code = 'fda-label-xeloda';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'dpd-deficiency' AND a.urgency = 'CALL_NOW' AND s.code = 'ema-dpd-testing-2020';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'A temperature of 38 °C or more. Feeling hot and cold, or shivery. If your team gave you a different number, use theirs.',
       'Call your 24-hour cancer line now, day or night. Do not wait to see if it goes down.', DATE '2026-12-06' FROM side_effect WHERE slug = 'fever';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'fever' AND a.urgency = 'CALL_NOW' AND s.code = 'nice-cg151-public';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'fever' AND a.urgency = 'CALL_NOW' AND s.code = 'christie-infection-fever';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'fever' AND a.urgency = 'CALL_NOW' AND s.code = 'royalmarsden-chemotherapy-side-effects';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'A high temperature, or feeling suddenly unwell even without one. Shivering, a sore throat, a cough, or pain when you pee.',
       'Call your 24-hour cancer line now, day or night. If you go to A&E, say that you are having cancer treatment.', DATE '2026-12-06' FROM side_effect WHERE slug = 'infection';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'infection' AND a.urgency = 'CALL_NOW' AND s.code = 'macmillan-carboplatin';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'infection' AND a.urgency = 'CALL_NOW' AND s.code = 'christie-infection-fever';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'You cannot feel a low white cell count. You can notice a temperature of 38 °C or more, or below 36 °C. Or you feel shivery or suddenly very unwell.',
       'Call your 24-hour cancer line now, day or night. Do not wait until the morning. This can be a serious infection.', DATE '2026-12-06' FROM side_effect WHERE slug = 'low-white-blood-cells';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'low-white-blood-cells' AND a.urgency = 'CALL_NOW' AND s.code = 'nice-cg151-public';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'low-white-blood-cells' AND a.urgency = 'CALL_NOW' AND s.code = 'christie-infection-fever';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'low-white-blood-cells' AND a.urgency = 'CALL_NOW' AND s.code = 'royalmarsden-chemotherapy-side-effects';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'Bleeding that has not stopped after 10 minutes of pressing on it. Blood in your pee or poo.',
       'Call your 24-hour cancer line now. If the bleeding is heavy, call 999.', DATE '2026-12-06' FROM side_effect WHERE slug = 'low-platelets';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'low-platelets' AND a.urgency = 'CALL_NOW' AND s.code = 'royalmarsden-chemotherapy-side-effects';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'low-platelets' AND a.urgency = 'CALL_NOW' AND s.code = 'leeds-unwell-after-treatment';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_TODAY',
       'Bruises you cannot explain. Nosebleeds or bleeding gums. Tiny red or purple spots on the skin.',
       'Contact your cancer team today. They may check your blood.', DATE '2026-12-06' FROM side_effect WHERE slug = 'low-platelets';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'low-platelets' AND a.urgency = 'CALL_TODAY' AND s.code = 'macmillan-carboplatin';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'low-platelets' AND a.urgency = 'CALL_TODAY' AND s.code = 'leeds-unwell-after-treatment';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'A new cough, or a cough that gets worse. Being short of breath, even at rest. Chest pain.',
       'Call your 24-hour cancer line now and say which cancer drug you take. If you are struggling to breathe, call 999.', DATE '2026-12-06' FROM side_effect WHERE slug = 'lung-inflammation';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'lung-inflammation' AND a.urgency = 'CALL_NOW' AND s.code = 'fda-dsc-cdk46-lung-2019';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'lung-inflammation' AND a.urgency = 'CALL_NOW' AND s.code = 'royalmarsden-chemotherapy-side-effects';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'lung-inflammation' AND a.urgency = 'CALL_NOW' AND s.code = 'leeds-unwell-after-treatment';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'Your mouth or throat is so sore that you cannot eat or drink. Or you have a sore mouth and a temperature.',
       'Call your 24-hour cancer line now.', DATE '2026-12-06' FROM side_effect WHERE slug = 'mouth-sores';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'mouth-sores' AND a.urgency = 'CALL_NOW' AND s.code = 'royalmarsden-chemotherapy-side-effects';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'mouth-sores' AND a.urgency = 'CALL_NOW' AND s.code = 'leeds-unwell-after-treatment';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'mouth-sores' AND a.urgency = 'CALL_NOW' AND s.code = 'gloshospitals-sore-mouth';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_TODAY',
       'Your mouth is red or sore, or has ulcers or white patches, but you can still eat and drink.',
       'Contact your cancer team today. They can check for an infection and help with the pain.', DATE '2026-12-06' FROM side_effect WHERE slug = 'mouth-sores';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'mouth-sores' AND a.urgency = 'CALL_TODAY' AND s.code = 'gloshospitals-sore-mouth';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_TODAY',
       'You still feel sick after taking your anti-sickness medicine. You eat or drink less than usual.',
       'Contact your cancer team today. Other anti-sickness medicines can be tried.', DATE '2026-12-06' FROM side_effect WHERE slug = 'nausea';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'nausea' AND a.urgency = 'CALL_TODAY' AND s.code = 'stgeorges-feeling-sick';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION',
       'You feel sick at times, but you can still eat, drink and take your tablets.',
       'Tell your team at your next visit.', DATE '2026-12-06' FROM side_effect WHERE slug = 'nausea';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'nausea' AND a.urgency = 'MENTION' AND s.code = 'stgeorges-feeling-sick';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'You are sick 6 or more times in a day, or you cannot keep drinks down.',
       'Call your 24-hour cancer line now. Do not wait until the next day.', DATE '2026-12-06' FROM side_effect WHERE slug = 'vomiting';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'vomiting' AND a.urgency = 'CALL_NOW' AND s.code = 'stgeorges-feeling-sick';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'vomiting' AND a.urgency = 'CALL_NOW' AND s.code = 'royalmarsden-chemotherapy-side-effects';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_TODAY',
       'You are sick 2 to 5 times in a day, and you eat and drink less than usual.',
       'Contact your cancer team today for advice.', DATE '2026-12-06' FROM side_effect WHERE slug = 'vomiting';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'vomiting' AND a.urgency = 'CALL_TODAY' AND s.code = 'stgeorges-feeling-sick';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'A rash that spreads fast. Blisters, or skin that peels. Sores on your lips, in your mouth or around your eyes. It often starts like flu.',
       'Call 999 or go to A&E now. Then tell your cancer team.', DATE '2026-12-06' FROM side_effect WHERE slug = 'severe-skin-reaction';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'severe-skin-reaction' AND a.urgency = 'CALL_NOW' AND s.code = 'nhs-stevens-johnson-syndrome';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'During immunotherapy or months after it: diarrhoea, yellow skin or eyes, dark pee, a new or worse cough, a fast heartbeat, or bad muscle aches.',
       'Call your 24-hour cancer line now. Say that you have had immunotherapy.', DATE '2026-12-06' FROM side_effect WHERE slug = 'immune-side-effects';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'immune-side-effects' AND a.urgency = 'CALL_NOW' AND s.code = 'sath-immunotherapy';

-- Fulvestrant: its pain is one side effect, not two. The EU product information lists joint and musculoskeletal
-- pain as very common (more than 1 in 10), with no separate bone pain; we keep "Joint and muscle pain" and drop
-- "Bone and muscle pain" for it. checked 2026-12-06: https://www.ema.europa.eu/en/medicines/human/EPAR/faslodex
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'ema-epar-faslodex', 'https://www.ema.europa.eu/en/medicines/human/EPAR/faslodex',
       'Faslodex (fulvestrant): EPAR', 'European Medicines Agency', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ema-epar-faslodex');
DELETE FROM therapy_side_effect
WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'fulvestrant')
  AND side_effect_id = (SELECT id FROM side_effect WHERE slug = 'bone-pain');
INSERT INTO therapy_source (therapy_id, source_id)
SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'fulvestrant' AND s.code = 'ema-epar-faslodex';
