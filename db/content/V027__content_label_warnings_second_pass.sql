-- Label warnings, second pass: the warnings-and-precautions (section 5) of the current US labels of the breast
-- cancer drugs, as drug_warning rows, so every regimen holding a drug lists each of them. Reviewed 2026-12-06.
-- Each row cites the drug's label record already stored (publisher pages: api.fda.gov, accessdata.fda.gov,
-- nctr-crs.fda.gov). Warnings are listed with the frequency NOT_STATED where a regimen had no band for them: the
-- label sections with rates could not be read here (docs/research/label-warnings-2026.md).
-- Left out until read: imlunestrant, vepdegestrant, gedatolisib, camizestrant (labels not readable), and the
-- tumour-agnostic and bone drugs (their pages already list their main warnings).
-- Portable SQL (H2 2.x and PostgreSQL).

INSERT INTO side_effect (slug, name, explanation) SELECT 'severe-skin-reaction', 'Severe skin reactions',
 'A rare but serious reaction with a spreading rash, blisters, peeling skin or sores in the mouth, often with fever. Stop the drug and get help at once.'
 WHERE NOT EXISTS (SELECT 1 FROM side_effect WHERE slug = 'severe-skin-reaction');
INSERT INTO side_effect (slug, name, explanation) SELECT 'allergic-reaction', 'Severe allergic reaction',
 'Swelling of the face, lips or throat, trouble breathing, or a sudden rash soon after a dose. Get help at once.'
 WHERE NOT EXISTS (SELECT 1 FROM side_effect WHERE slug = 'allergic-reaction');
INSERT INTO side_effect (slug, name, explanation) SELECT 'bone-thinning', 'Bone thinning',
 'Bones can lose strength over time, which raises the risk of breaks. A bone scan and calcium and vitamin D can help.'
 WHERE NOT EXISTS (SELECT 1 FROM side_effect WHERE slug = 'bone-thinning');

INSERT INTO drug_warning (drug_id, side_effect_id, boxed, test_before, source_id, reviewed_on)
SELECT d.id, e.id, w.boxed, w.test_before, s.id, DATE '2026-12-06'
FROM (VALUES
  -- CDK4/6 inhibitors (lung inflammation was added by V026)
  ('ribociclib', 'severe-skin-reaction', FALSE, CAST(NULL AS VARCHAR(600)), 'fda-label-kisqali-2024'),
  ('ribociclib', 'heart-rhythm-changes', FALSE, 'A heart trace (ECG) before starting and in the first weeks, and blood salts checked.', 'fda-label-kisqali-2024'),
  ('ribociclib', 'liver-problems', FALSE, 'Blood tests of your liver before starting and often in the first months.', 'fda-label-kisqali-2024'),
  ('ribociclib', 'low-white-blood-cells', FALSE, 'A blood count before starting and often in the first months.', 'fda-label-kisqali-2024'),
  ('ribociclib', 'harm-in-pregnancy', FALSE, 'A pregnancy test before starting, if you could become pregnant.', 'fda-label-kisqali-2024'),
  ('palbociclib', 'low-white-blood-cells', FALSE, 'A blood count before starting and at the start of each cycle.', 'fda-label-ibrance-2025'),
  ('palbociclib', 'harm-in-pregnancy', FALSE, 'A pregnancy test before starting, if you could become pregnant.', 'fda-label-ibrance-2025'),
  ('abemaciclib', 'diarrhoea', FALSE, NULL, 'fda-label-verzenio-2025'),
  ('abemaciclib', 'low-white-blood-cells', FALSE, 'A blood count before starting and often in the first months.', 'fda-label-verzenio-2025'),
  ('abemaciclib', 'liver-problems', FALSE, 'Blood tests of your liver before starting and often in the first months.', 'fda-label-verzenio-2025'),
  ('abemaciclib', 'blood-clots', FALSE, NULL, 'fda-label-verzenio-2025'),
  ('abemaciclib', 'harm-in-pregnancy', FALSE, 'A pregnancy test before starting, if you could become pregnant.', 'fda-label-verzenio-2025'),
  -- PI3K, AKT and mTOR pathway drugs
  ('alpelisib', 'allergic-reaction', FALSE, NULL, 'fda-label-piqray'),
  ('alpelisib', 'severe-skin-reaction', FALSE, NULL, 'fda-label-piqray'),
  ('alpelisib', 'high-blood-sugar', FALSE, 'A blood sugar test (fasting glucose and HbA1c) before starting, then often.', 'fda-label-piqray'),
  ('alpelisib', 'lung-inflammation', FALSE, NULL, 'fda-label-piqray'),
  ('alpelisib', 'diarrhoea', FALSE, NULL, 'fda-label-piqray'),
  ('alpelisib', 'harm-in-pregnancy', FALSE, 'A pregnancy test before starting, if you could become pregnant.', 'fda-label-piqray'),
  ('capivasertib', 'high-blood-sugar', FALSE, 'A blood sugar test (fasting glucose and HbA1c) before starting, then often.', 'fda-label-truqap-2026'),
  ('capivasertib', 'diarrhoea', FALSE, NULL, 'fda-label-truqap-2026'),
  ('capivasertib', 'rash', FALSE, NULL, 'fda-label-truqap-2026'),
  ('capivasertib', 'harm-in-pregnancy', FALSE, 'A pregnancy test before starting, if you could become pregnant.', 'fda-label-truqap-2026'),
  ('inavolisib', 'high-blood-sugar', FALSE, 'A blood sugar test (fasting glucose and HbA1c) before starting, then often.', 'fda-label-itovebi-2026'),
  ('inavolisib', 'mouth-sores', FALSE, NULL, 'fda-label-itovebi-2026'),
  ('inavolisib', 'diarrhoea', FALSE, NULL, 'fda-label-itovebi-2026'),
  ('inavolisib', 'harm-in-pregnancy', FALSE, 'A pregnancy test before starting, if you could become pregnant.', 'fda-label-itovebi-2026'),
  ('everolimus', 'lung-inflammation', FALSE, NULL, 'fda-label-afinitor'),
  ('everolimus', 'infection', FALSE, NULL, 'fda-label-afinitor'),
  ('everolimus', 'allergic-reaction', FALSE, NULL, 'fda-label-afinitor'),
  ('everolimus', 'mouth-sores', FALSE, NULL, 'fda-label-afinitor'),
  ('everolimus', 'kidney-problems', FALSE, 'Blood tests of your kidneys before starting and during treatment.', 'fda-label-afinitor'),
  ('everolimus', 'high-blood-sugar', FALSE, 'Blood sugar and blood fat tests before starting and during treatment.', 'fda-label-afinitor'),
  ('everolimus', 'harm-in-pregnancy', FALSE, 'A pregnancy test before starting, if you could become pregnant.', 'fda-label-afinitor'),
  -- Hormone drugs
  ('elacestrant', 'high-blood-fats', FALSE, 'A blood fat (cholesterol) test before starting and during treatment.', 'fda-label-orserdu'),
  ('elacestrant', 'harm-in-pregnancy', FALSE, NULL, 'fda-label-orserdu'),
  ('fulvestrant', 'bleeding', FALSE, NULL, 'fda-label-faslodex'),
  ('fulvestrant', 'injection-site-reaction', FALSE, NULL, 'fda-label-faslodex'),
  ('fulvestrant', 'harm-in-pregnancy', FALSE, NULL, 'fda-label-faslodex'),
  ('letrozole', 'bone-thinning', FALSE, 'A bone density scan before starting, and from time to time.', 'fda-label-femara-2026'),
  ('letrozole', 'high-blood-fats', FALSE, NULL, 'fda-label-femara-2026'),
  ('anastrozole', 'bone-thinning', FALSE, 'A bone density scan before starting, and from time to time.', 'fda-label-anastrozole-2026'),
  ('anastrozole', 'high-blood-fats', FALSE, NULL, 'fda-label-anastrozole-2026'),
  ('exemestane', 'bone-thinning', FALSE, 'A bone density scan before starting, and from time to time.', 'fda-label-aromasin-2026'),
  ('tamoxifen', 'womb-changes', TRUE, NULL, 'fda-label-tamoxifen-2026'),
  ('tamoxifen', 'blood-clots', TRUE, NULL, 'fda-label-tamoxifen-2026'),
  -- HER2 drugs
  ('pertuzumab', 'infusion-reaction', FALSE, NULL, 'fda-label-perjeta-2026'),
  ('lapatinib', 'heart-problems', FALSE, 'A heart scan (echocardiogram or MUGA) before starting.', 'fda-label-lapatinib-2026'),
  ('lapatinib', 'diarrhoea', FALSE, NULL, 'fda-label-lapatinib-2026'),
  ('lapatinib', 'lung-inflammation', FALSE, NULL, 'fda-label-lapatinib-2026'),
  ('lapatinib', 'heart-rhythm-changes', FALSE, NULL, 'fda-label-lapatinib-2026'),
  ('lapatinib', 'severe-skin-reaction', FALSE, NULL, 'fda-label-lapatinib-2026'),
  ('lapatinib', 'harm-in-pregnancy', FALSE, NULL, 'fda-label-lapatinib-2026'),
  ('tucatinib', 'diarrhoea', FALSE, NULL, 'fda-label-tukysa-2023'),
  ('tucatinib', 'liver-problems', FALSE, 'Blood tests of your liver before starting and every few weeks.', 'fda-label-tukysa-2023'),
  ('tucatinib', 'harm-in-pregnancy', FALSE, NULL, 'fda-label-tukysa-2023'),
  ('neratinib', 'diarrhoea', FALSE, NULL, 'fda-label-nerlynx-2026'),
  ('neratinib', 'liver-problems', FALSE, 'Blood tests of your liver before starting and during treatment.', 'fda-label-nerlynx-2026'),
  ('neratinib', 'harm-in-pregnancy', FALSE, NULL, 'fda-label-nerlynx-2026'),
  ('margetuximab', 'infusion-reaction', FALSE, NULL, 'fda-label-margenza-2023'),
  ('trastuzumab emtansine', 'lung-inflammation', FALSE, NULL, 'fda-label-kadcyla-2026'),
  ('trastuzumab emtansine', 'infusion-reaction', FALSE, NULL, 'fda-label-kadcyla-2026'),
  ('trastuzumab emtansine', 'bleeding', FALSE, NULL, 'fda-label-kadcyla-2026'),
  ('trastuzumab emtansine', 'low-platelets', FALSE, 'A platelet count before each dose.', 'fda-label-kadcyla-2026'),
  ('trastuzumab emtansine', 'nerve-damage', FALSE, NULL, 'fda-label-kadcyla-2026'),
  -- Antibody-drug conjugates, immunotherapy and PARP inhibitors
  ('datopotamab deruxtecan', 'lung-inflammation', FALSE, NULL, 'fda-label-datroway-2026'),
  ('datopotamab deruxtecan', 'eye-problems', FALSE, 'An eye check before starting, and eye drops as your team advises.', 'fda-label-datroway-2026'),
  ('datopotamab deruxtecan', 'mouth-sores', FALSE, NULL, 'fda-label-datroway-2026'),
  ('datopotamab deruxtecan', 'harm-in-pregnancy', FALSE, NULL, 'fda-label-datroway-2026'),
  ('sacituzumab govitecan', 'allergic-reaction', FALSE, NULL, 'fda-label-trodelvy-2026'),
  ('sacituzumab govitecan', 'nausea', FALSE, NULL, 'fda-label-trodelvy-2026'),
  ('sacituzumab govitecan', 'harm-in-pregnancy', FALSE, NULL, 'fda-label-trodelvy-2026'),
  ('pembrolizumab', 'immune-side-effects', FALSE, 'Blood tests of your liver, kidneys and thyroid before starting and during treatment.', 'fda-label-keytruda-2026'),
  ('pembrolizumab', 'infusion-reaction', FALSE, NULL, 'fda-label-keytruda-2026'),
  ('pembrolizumab', 'harm-in-pregnancy', FALSE, NULL, 'fda-label-keytruda-2026'),
  ('olaparib', 'blood-cancer', FALSE, 'A blood count before starting and every month.', 'fda-label-lynparza-2026'),
  ('olaparib', 'lung-inflammation', FALSE, NULL, 'fda-label-lynparza-2026'),
  ('olaparib', 'blood-clots', FALSE, NULL, 'fda-label-lynparza-2026'),
  ('olaparib', 'harm-in-pregnancy', FALSE, NULL, 'fda-label-lynparza-2026'),
  -- Chemotherapy
  ('capecitabine', 'diarrhoea', FALSE, NULL, 'fda-label-xeloda'),
  ('capecitabine', 'hand-foot-syndrome', FALSE, NULL, 'fda-label-xeloda'),
  ('capecitabine', 'kidney-problems', FALSE, NULL, 'fda-label-xeloda'),
  ('capecitabine', 'harm-in-pregnancy', FALSE, NULL, 'fda-label-xeloda'),
  ('eribulin', 'low-white-blood-cells', FALSE, 'A blood count before each dose.', 'fda-label-halaven'),
  ('eribulin', 'nerve-damage', FALSE, NULL, 'fda-label-halaven'),
  ('eribulin', 'heart-rhythm-changes', FALSE, NULL, 'fda-label-halaven'),
  ('eribulin', 'harm-in-pregnancy', FALSE, NULL, 'fda-label-halaven'),
  ('docetaxel', 'low-white-blood-cells', TRUE, 'A blood count before each dose, and liver blood tests.', 'fda-label-docetaxel-2026'),
  ('docetaxel', 'allergic-reaction', TRUE, NULL, 'fda-label-docetaxel-2026'),
  ('docetaxel', 'swelling', TRUE, NULL, 'fda-label-docetaxel-2026'),
  ('docetaxel', 'nerve-damage', FALSE, NULL, 'fda-label-docetaxel-2026'),
  ('docetaxel', 'harm-in-pregnancy', FALSE, NULL, 'fda-label-docetaxel-2026'),
  ('paclitaxel', 'nerve-damage', FALSE, NULL, 'fda-label-paclitaxel'),
  ('paclitaxel', 'harm-in-pregnancy', FALSE, NULL, 'fda-label-paclitaxel'),
  ('nab-paclitaxel', 'nerve-damage', FALSE, NULL, 'fda-label-abraxane-2026'),
  ('nab-paclitaxel', 'harm-in-pregnancy', FALSE, NULL, 'fda-label-abraxane-2026'),
  ('gemcitabine', 'low-white-blood-cells', FALSE, 'A blood count before each dose.', 'fda-label-gemcitabine-2026'),
  ('gemcitabine', 'lung-inflammation', FALSE, NULL, 'fda-label-gemcitabine-2026'),
  ('gemcitabine', 'liver-problems', FALSE, NULL, 'fda-label-gemcitabine-2026'),
  ('gemcitabine', 'harm-in-pregnancy', FALSE, NULL, 'fda-label-gemcitabine-2026'),
  ('doxorubicin', 'heart-problems', TRUE, 'A heart scan (echocardiogram or MUGA) before starting and during treatment.', 'fda-label-doxorubicin-2026'),
  ('doxorubicin', 'blood-cancer', TRUE, NULL, 'fda-label-doxorubicin-2026'),
  ('doxorubicin', 'low-white-blood-cells', TRUE, 'A blood count before each dose.', 'fda-label-doxorubicin-2026'),
  ('doxorubicin', 'harm-in-pregnancy', FALSE, NULL, 'fda-label-doxorubicin-2026')
) AS w (drug, effect, boxed, test_before, source)
JOIN drug d ON d.name = w.drug
JOIN side_effect e ON e.slug = w.effect
JOIN source s ON s.code = w.source
WHERE NOT EXISTS (SELECT 1 FROM drug_warning x WHERE x.drug_id = d.id AND x.side_effect_id = e.id);

-- Every regimen lists the warnings of each of its drugs; a rate not read is NOT_STATED, and a warning is serious.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious)
SELECT DISTINCT td.therapy_id, w.side_effect_id, 'NOT_STATED', TRUE FROM therapy_drug td JOIN drug_warning w ON w.drug_id = td.drug_id
WHERE NOT EXISTS (SELECT 1 FROM therapy_side_effect x WHERE x.therapy_id = td.therapy_id AND x.side_effect_id = w.side_effect_id);
UPDATE therapy_side_effect SET serious = TRUE
WHERE serious = FALSE AND EXISTS (SELECT 1 FROM therapy_drug td JOIN drug_warning w ON w.drug_id = td.drug_id
  WHERE td.therapy_id = therapy_side_effect.therapy_id AND w.side_effect_id = therapy_side_effect.side_effect_id);
