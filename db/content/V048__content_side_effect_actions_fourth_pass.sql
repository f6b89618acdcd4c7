-- What to do about a side effect, fourth pass (schema V038), reviewed 2026-12-06: seven more side effects, in our own
-- words, each level stated by the pages named with it (NHS national and trust pages, an NHS clinical network, and the
-- UK patient leaflet of a medicine on emc), read through the stored copies of the project's search tool (the first
-- part of each page only). Pages without a date carry the date we checked them as published_on. As in V042, where a
-- page speaks of a symptom in general (signs of very high blood sugar, a severe allergic reaction, bleeding), the row
-- says what to do about that symptom, not about one drug. Still open, and why: docs/content-notes.md.

-- checked 2026-12-06: discuss with your specialist team as soon as possible if you fall pregnant (or plan to) while being treated for cancer.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nclondon-pregnancy-and-cancer', 'https://nclondonmaternalmedicine.nhs.uk/?p=4973',
       'Cancer and pregnancy', 'North Central London Maternal Medicine Network (NHS)', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nclondon-pregnancy-and-cancer');

-- checked 2026-12-06: peeing more, very thirsty and tired: urgent GP appointment or NHS 111; with symptoms getting worse quickly, stomach pain, being sick, sleepiness or confusion, or fast deep breathing: call 999 or go to A&E (possible diabetic ketoacidosis, life-threatening).
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nhs-type-1-diabetes-symptoms', 'https://www.nhs.uk/content-widgets/health-a-to-z/type-1-diabetes/symptoms',
       'Symptoms of type 1 diabetes and how it''s diagnosed', 'NHS', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nhs-type-1-diabetes-symptoms');

-- checked 2026-12-06: zoledronic acid can affect the kidneys; this does not usually cause symptoms; kidney function is checked with blood tests before each treatment.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'gstt-zoledronic-acid-breast', 'https://guysandstthomas.nhs.uk/health-information/zoledronic-acid-treat-breast-cancer',
       'Zoledronic acid to treat breast cancer', 'Guy''s and St Thomas'' NHS Foundation Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'gstt-zoledronic-acid-breast');

-- checked 2026-12-06: call the hospital immediately, day or night, with signs of infection (unwell, hot then cold, shivery, raised temperature); bruising, bleeding gums, blood in urine or stools, red spots on the skin or an uncontrolled nosebleed: contact us immediately.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'ulh-acute-oncology', 'https://www.ulh.nhs.uk/services/acute-oncology-service/',
       'Acute oncology service', 'United Lincolnshire Hospitals NHS Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ulh-acute-oncology');

-- checked 2026-12-06: XGEVA (denosumab) UK patient leaflet, last updated on emc 4 March 2024: tell your doctor immediately about muscle spasms, twitches or cramps, numbness or tingling in the fingers, toes or around the mouth, seizures, confusion or loss of consciousness (low calcium).
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'emc-xgeva-patient-leaflet', 'https://www.medicines.org.uk/emc/product/15535/pil',
       'XGEVA 120 mg solution for injection in pre-filled syringe: patient information leaflet', 'emc (electronic medicines compendium)', DATE '2024-03-04'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'emc-xgeva-patient-leaflet');

-- checked 2026-12-06: anaphylaxis can cause swelling of the lips and tongue, breathing problems and collapse; call 999 for an ambulance and act quickly.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'glos-anaphylaxis', 'https://g-care.glos.nhs.uk/pathway/124/resource/11',
       'What is anaphylaxis and what to do', 'NHS Gloucestershire (G-Care)', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'glos-anaphylaxis');

-- Harm to an unborn baby: same day.
INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_TODAY',
       'You think you might be pregnant while you are on treatment. Or you are planning a pregnancy.',
       'Tell your cancer team as soon as you can, the same day if you can. They will talk with you about what happens next.',
       DATE '2026-12-06' FROM side_effect WHERE slug = 'harm-in-pregnancy';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'harm-in-pregnancy' AND a.urgency = 'CALL_TODAY' AND s.code = 'nclondon-pregnancy-and-cancer';

-- High blood sugar: 999 for the signs of a dangerous rise, the same day for the usual signs.
INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'You are very thirsty, pee a lot and feel tired, and it gets worse fast. Or you also have tummy pain, are being sick, feel very sleepy or muddled, or breathe fast and deep.',
       'Call 999 or go to A&E now. This can be life-threatening.',
       DATE '2026-12-06' FROM side_effect WHERE slug = 'high-blood-sugar';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'high-blood-sugar' AND a.urgency = 'CALL_NOW' AND s.code = 'nhs-type-1-diabetes-symptoms';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_TODAY',
       'You are much more thirsty than usual. You pee more often, most of all at night. You feel very tired, or things look blurred.',
       'Get advice today. Contact your cancer team. In the UK you can also call NHS 111.',
       DATE '2026-12-06' FROM side_effect WHERE slug = 'high-blood-sugar';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'high-blood-sugar' AND a.urgency = 'CALL_TODAY' AND s.code = 'nhs-type-1-diabetes-symptoms';

-- High blood fats: nothing to notice; checked at the usual check-ups.
INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION',
       'You will not usually feel anything. Higher blood fats show up in blood tests.',
       'Keep going to your check-ups and blood tests. Your team watches your blood fats and will tell you if you need treatment for them.',
       DATE '2026-12-06' FROM side_effect WHERE slug = 'high-blood-fats';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'high-blood-fats' AND a.urgency = 'MENTION' AND s.code = 'nhs-anastrozole-questions';

-- Kidney problems: blood tests find most; passing little urine needs a call.
INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION',
       'Usually you notice nothing. Changes in how your kidneys work show up in blood tests.',
       'Go to your blood tests. With some drugs, such as zoledronic acid, your kidneys are checked before each dose.',
       DATE '2026-12-06' FROM side_effect WHERE slug = 'kidney-problems';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'kidney-problems' AND a.urgency = 'MENTION' AND s.code = 'gstt-zoledronic-acid-breast';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_TODAY',
       'You pee less than usual.',
       'Call your cancer team or helpline today for advice.',
       DATE '2026-12-06' FROM side_effect WHERE slug = 'kidney-problems';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'kidney-problems' AND a.urgency = 'CALL_TODAY' AND s.code = 'stgeorges-feeling-sick';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'You pee much less than normal. You may also be hardly able to eat or drink, or be sick many times.',
       'Call your 24-hour cancer line now. They may ask you to come in to be checked.',
       DATE '2026-12-06' FROM side_effect WHERE slug = 'kidney-problems';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'kidney-problems' AND a.urgency = 'CALL_NOW' AND s.code = 'stgeorges-feeling-sick';

-- A new blood cancer shows as low blood counts: signs of infection or bleeding need a call at once.
INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'A temperature, shivers, or feeling suddenly unwell. Bruises you cannot explain, tiny red spots on your skin, bleeding gums or nose, or blood in your pee or poo.',
       'Call your 24-hour cancer line now, day or night. If bleeding is heavy or you struggle to breathe, call 999.',
       DATE '2026-12-06' FROM side_effect WHERE slug = 'blood-cancer';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'blood-cancer' AND a.urgency = 'CALL_NOW' AND s.code IN ('ulh-acute-oncology', 'leeds-unwell-after-treatment', 'christie-infection-fever');

-- Low calcium: the denosumab leaflet says to tell the doctor at once; a fit or passing out is a 999 call.
INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'Muscle cramps, twitches or spasms. Numb or tingling fingers, toes or lips. Rarely, a fit, feeling muddled or passing out.',
       'Tell your cancer team straight away. If someone has a fit or passes out, call 999.',
       DATE '2026-12-06' FROM side_effect WHERE slug = 'low-calcium';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'low-calcium' AND a.urgency = 'CALL_NOW' AND s.code IN ('emc-xgeva-patient-leaflet', 'royalsurrey-treatment-hotline');

-- A reaction to a drip: a severe allergic reaction is a 999 call; fever or shivers at home, the 24-hour line.
INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'Your lips, tongue or throat swell, you struggle to breathe, or you feel faint. Or, once you are home, you get a temperature, shivers or chills, or feel unwell.',
       'If you struggle to breathe, your throat swells or you feel faint, call 999. For a temperature, shivers or feeling unwell, call your 24-hour cancer line now.',
       DATE '2026-12-06' FROM side_effect WHERE slug = 'infusion-reaction';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'infusion-reaction' AND a.urgency = 'CALL_NOW' AND s.code IN ('glos-anaphylaxis', 'uhb-acute-oncology');
