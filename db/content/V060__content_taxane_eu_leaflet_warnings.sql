-- Docetaxel and nab-paclitaxel, reviewed 2026-12-06: the warnings of their EU package leaflets (section 2) that
-- their rows did not have yet. Until now each had only the boxed warnings of its US label and two more warnings
-- (V027, V051); section 5 of the US labels could not be read. Both are authorised through the EMA (Taxotere;
-- Abraxane), so their leaflets are labels that apply here. Read, as V054 and V059 read the other EU leaflets, in a
-- public copy of the EMA's electronic product information (an HL7 FHIR test project, composition dated 2022),
-- because the EMA's own pages could not be read with our tools; cited through each EPAR page. Recheck on the EMA
-- pages at the next review.
--   Taxotere (docetaxel):
--   * Severe bowel problems: tell the team at once about belly pain or tenderness, diarrhoea, bleeding from the
--     back passage, blood in the stool or fever; they may be the first signs of a serious, possibly fatal, bowel
--     problem (side effect: diarrhoea).
--   * Eyes: tell the team about vision problems; blurred vision needs an eye examination straight away.
--   * Lungs: new or worse lung problems (fever, shortness of breath, cough): tell the team at once.
--   * Severe skin reactions (Stevens-Johnson syndrome, toxic epidermal necrolysis, AGEP): contact the team at once.
--   (Blood tests of blood cells and liver before each treatment are already the boxed warning's test, V027.)
--   Abraxane (nab-paclitaxel):
--   * Infection: tell the team about signs of infection such as a sore throat or fever (the US label's sepsis
--     warning is the same risk).
--   * Lungs: breathing problems such as shortness of breath or a dry cough.
-- Portable SQL (H2 2.x and PostgreSQL).

INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'ema-epar-taxotere', 'https://www.ema.europa.eu/en/medicines/human/EPAR/taxotere', 'TAXOTERE (docetaxel): EPAR',
       'European Medicines Agency', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ema-epar-taxotere');
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'ema-epar-abraxane', 'https://www.ema.europa.eu/en/medicines/human/EPAR/abraxane', 'Abraxane (paclitaxel): EPAR',
       'European Medicines Agency', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ema-epar-abraxane');

INSERT INTO drug_warning (drug_id, side_effect_id, boxed, test_before, source_id, reviewed_on)
SELECT d.id, e.id, FALSE, CAST(NULL AS VARCHAR(600)), s.id, DATE '2026-12-06'
FROM drug d, side_effect e, source s
WHERE d.name = 'docetaxel' AND e.slug IN ('diarrhoea', 'eye-problems', 'lung-inflammation', 'severe-skin-reaction')
  AND s.code = 'ema-epar-taxotere'
  AND NOT EXISTS (SELECT 1 FROM drug_warning x WHERE x.drug_id = d.id AND x.side_effect_id = e.id);
INSERT INTO drug_warning (drug_id, side_effect_id, boxed, test_before, source_id, reviewed_on)
SELECT d.id, e.id, FALSE, CAST(NULL AS VARCHAR(600)), s.id, DATE '2026-12-06'
FROM drug d, side_effect e, source s
WHERE d.name = 'nab-paclitaxel' AND e.slug IN ('infection', 'lung-inflammation')
  AND s.code = 'ema-epar-abraxane'
  AND NOT EXISTS (SELECT 1 FROM drug_warning x WHERE x.drug_id = d.id AND x.side_effect_id = e.id);

-- As V027: every regimen holding the drug lists each warning (NOT_STATED where it had no band) as serious.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious)
SELECT DISTINCT td.therapy_id, w.side_effect_id, 'NOT_STATED', TRUE FROM therapy_drug td JOIN drug_warning w ON w.drug_id = td.drug_id
WHERE NOT EXISTS (SELECT 1 FROM therapy_side_effect x WHERE x.therapy_id = td.therapy_id AND x.side_effect_id = w.side_effect_id);
UPDATE therapy_side_effect SET serious = TRUE
WHERE serious = FALSE AND EXISTS (SELECT 1 FROM therapy_drug td JOIN drug_warning w ON w.drug_id = td.drug_id
  WHERE td.therapy_id = therapy_side_effect.therapy_id AND w.side_effect_id = therapy_side_effect.side_effect_id);
