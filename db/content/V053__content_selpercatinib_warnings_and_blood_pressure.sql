-- Selpercatinib (reviewed 2026-12-06): its label warnings as drug_warning rows, and what to do about high blood
-- pressure, the last serious side effect without a level. Source: the EU package leaflet of Retsevmo, cited through
-- its EPAR on the EMA's site (a label publisher and a care-advice host), read in a public copy of the EMA's
-- electronic product information (an HL7 FHIR test project, dated 2022) because the EMA's own page could not be read
-- with our tools, as for Faslodex in V039 and V052: recheck on the EMA page at the next review. The US label's
-- section 5 could not be read.
-- Portable SQL (H2 2.x and PostgreSQL).

-- checked 2026-12-06, the leaflet's section 2 ("what your doctor will check before and during your treatment"):
--   severe, life-threatening or fatal lung inflammation (tell your doctor right away about breathlessness, cough or a
--   raised temperature); blood pressure measured before and during treatment; liver problems (liver blood tests
--   before and during); abnormal ECGs (an ECG before and during); it could harm an unborn baby. Section 4: contact
--   your doctor immediately for lung or breathing problems, liver problems, high blood pressure, or bleeding such as
--   coughing up blood.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'ema-epar-retsevmo', 'https://www.ema.europa.eu/en/medicines/human/EPAR/retsevmo',
       'Retsevmo (selpercatinib): EPAR', 'European Medicines Agency', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ema-epar-retsevmo');
INSERT INTO therapy_source (therapy_id, source_id)
SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'selpercatinib' AND s.code = 'ema-epar-retsevmo'
  AND NOT EXISTS (SELECT 1 FROM therapy_source x WHERE x.therapy_id = t.id AND x.source_id = s.id);

INSERT INTO drug_warning (drug_id, side_effect_id, boxed, test_before, source_id, reviewed_on)
SELECT d.id, e.id, w.boxed, w.test_before, s.id, DATE '2026-12-06'
FROM (VALUES
  ('selpercatinib', 'high-blood-pressure', FALSE, CAST('Your blood pressure is measured before you start and during treatment.' AS VARCHAR(600)), 'ema-epar-retsevmo'),
  ('selpercatinib', 'liver-problems', FALSE, 'Blood tests of your liver before starting and during treatment.', 'ema-epar-retsevmo'),
  ('selpercatinib', 'heart-rhythm-changes', FALSE, 'A heart trace (ECG) before starting and during treatment.', 'ema-epar-retsevmo'),
  ('selpercatinib', 'lung-inflammation', FALSE, NULL, 'ema-epar-retsevmo'),
  ('selpercatinib', 'bleeding', FALSE, NULL, 'ema-epar-retsevmo'),
  ('selpercatinib', 'harm-in-pregnancy', FALSE, NULL, 'ema-epar-retsevmo')
) AS w (drug, side_effect, boxed, test_before, source)
JOIN drug d ON d.name = w.drug
JOIN side_effect e ON e.slug = w.side_effect
JOIN source s ON s.code = w.source
WHERE NOT EXISTS (SELECT 1 FROM drug_warning x WHERE x.drug_id = d.id AND x.side_effect_id = e.id);

-- As V027: every regimen holding the drug lists each warning (NOT_STATED where it had no band) as serious.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious)
SELECT DISTINCT td.therapy_id, w.side_effect_id, 'NOT_STATED', TRUE FROM therapy_drug td JOIN drug_warning w ON w.drug_id = td.drug_id
WHERE NOT EXISTS (SELECT 1 FROM therapy_side_effect x WHERE x.therapy_id = td.therapy_id AND x.side_effect_id = w.side_effect_id);
UPDATE therapy_side_effect SET serious = TRUE
WHERE serious = FALSE AND EXISTS (SELECT 1 FROM therapy_drug td JOIN drug_warning w ON w.drug_id = td.drug_id
  WHERE td.therapy_id = therapy_side_effect.therapy_id AND w.side_effect_id = therapy_side_effect.side_effect_id);

-- High blood pressure: checked at visits; a high reading is a call to the team at once ("contact your doctor
-- immediately", read as V048 reads "tell your doctor immediately" for low calcium).
INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'Your blood pressure reading is high, at home or at a check-up.',
       'Contact your cancer team straight away.',
       DATE '2026-12-06' FROM side_effect WHERE slug = 'high-blood-pressure';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'high-blood-pressure' AND a.urgency = 'CALL_NOW' AND s.code = 'ema-epar-retsevmo';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION',
       'You will not usually feel high blood pressure.',
       'Go to your blood pressure checks. With some drugs, such as selpercatinib, it is measured before you start and during treatment.',
       DATE '2026-12-06' FROM side_effect WHERE slug = 'high-blood-pressure';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'high-blood-pressure' AND a.urgency = 'MENTION' AND s.code = 'ema-epar-retsevmo';
