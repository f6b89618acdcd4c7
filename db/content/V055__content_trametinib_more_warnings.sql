-- Trametinib (reviewed 2026-12-06): three more warnings of its EU package leaflet that V054 left out, found on
-- review: eye problems (it can cause eye problems including blindness; tell your doctor immediately about blurred
-- vision, loss of vision or other vision changes; your eyes should be examined while you take it), high blood
-- pressure (new or worse; the doctor or nurse should check blood pressure during treatment; call right away with
-- high readings, a severe headache, light-headedness or dizziness) and serious skin reactions with dabrafenib (tell
-- your doctor immediately about changes to your skin). Source and reading as V054: the leaflet read in a public copy
-- of the EMA's electronic product information, cited through the Mekinist EPAR (ema-epar-mekinist); recheck on the
-- EMA page at the next review. The checks happen during treatment, not before it, so no test_before.
-- Portable SQL (H2 2.x and PostgreSQL).

INSERT INTO drug_warning (drug_id, side_effect_id, boxed, test_before, source_id, reviewed_on)
SELECT d.id, e.id, FALSE, CAST(NULL AS VARCHAR(600)), s.id, DATE '2026-12-06'
FROM drug d, side_effect e, source s
WHERE d.name = 'trametinib' AND e.slug IN ('eye-problems', 'high-blood-pressure', 'severe-skin-reaction')
  AND s.code = 'ema-epar-mekinist'
  AND NOT EXISTS (SELECT 1 FROM drug_warning x WHERE x.drug_id = d.id AND x.side_effect_id = e.id);

-- As V027: every regimen holding the drug lists each warning (NOT_STATED where it had no band) as serious.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious)
SELECT DISTINCT td.therapy_id, w.side_effect_id, 'NOT_STATED', TRUE FROM therapy_drug td JOIN drug_warning w ON w.drug_id = td.drug_id
WHERE NOT EXISTS (SELECT 1 FROM therapy_side_effect x WHERE x.therapy_id = td.therapy_id AND x.side_effect_id = w.side_effect_id);
UPDATE therapy_side_effect SET serious = TRUE
WHERE serious = FALSE AND EXISTS (SELECT 1 FROM therapy_drug td JOIN drug_warning w ON w.drug_id = td.drug_id
  WHERE td.therapy_id = therapy_side_effect.therapy_id AND w.side_effect_id = therapy_side_effect.side_effect_id);
