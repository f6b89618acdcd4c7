-- Label warnings, fourth pass (reviewed 2026-12-06): the bone drugs, talazoparib and four tumour-agnostic drugs had
-- no drug_warning rows, so their pages could not say which warnings the label gives or which test comes first.
-- Their US labels' section 5 could not be read; their EU package leaflets could, in a public copy of the EMA's
-- electronic product information (an HL7 FHIR test project, composition date 2022, leaflet revision dates blank),
-- because the EMA's own pages could not be read with our tools. As V039, V052 and V053 do, each row cites the
-- medicine's EPAR page on the EMA's site (a label publisher); recheck each on the EMA page at the next review.
-- Only warnings the leaflet names in section 2 ("warnings and precautions", "what your doctor will check") or asks
-- to report at once in section 4 are rows; a test comes only where the leaflet says the doctor does it first.
-- Portable SQL (H2 2.x and PostgreSQL).

-- What the leaflets say (checked 2026-12-06):
-- XGEVA: not given while very low blood calcium is untreated; if calcium is low the doctor may give calcium before
--   starting; tell your doctor immediately about spasms, twitches, cramps, numbness or tingling around the mouth,
--   fits or confusion (low calcium); jaw bone damage: the doctor may recommend a dental examination before you
--   start and should delay the start with unhealed mouth wounds; unusual thigh bone fractures; not recommended in
--   pregnancy.
-- Zometa: blood tests before you start; low calcium must be corrected before the first dose; jaw bone damage (a
--   dental examination may be recommended); kidney problems; not to be given in pregnancy.
-- Talzenna: lowers red cells, white cells and platelets (signs to look out for); rarely a sign of bone marrow
--   problems such as MDS or AML; could harm an unborn baby: the doctor will do a pregnancy test before starting.
-- Tafinlar and Mekinist (used together here): serious bleeding, which can be fatal; fever (tell the doctor
--   immediately above 38 °C); liver problems, the doctor monitors; lung problems, the doctor may check lung
--   function before you start; heart problems, the doctor should check heart function before and during treatment;
--   not recommended in pregnancy (can harm the unborn baby).
-- VITRAKVI: raises liver enzymes and bilirubin, blood tests before and during treatment; if you could become
--   pregnant, a pregnancy test before you start.
-- Rozlytrek: tell your doctor straight away about signs of heart problems, confusion or memory problems, an
--   irregular or fast heartbeat, or signs of fractures; may harm an unborn baby.
-- JEMPERLI: immune-related side effects (a Patient Card to carry); can harm an unborn baby.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT v.code, v.url, v.title, 'European Medicines Agency', DATE '2026-12-06'
FROM (VALUES
  ('ema-epar-xgeva', 'https://www.ema.europa.eu/en/medicines/human/EPAR/xgeva', 'XGEVA (denosumab): EPAR'),
  ('ema-epar-zometa', 'https://www.ema.europa.eu/en/medicines/human/EPAR/zometa', 'Zometa (zoledronic acid): EPAR'),
  ('ema-epar-talzenna', 'https://www.ema.europa.eu/en/medicines/human/EPAR/talzenna', 'Talzenna (talazoparib): EPAR'),
  ('ema-epar-tafinlar', 'https://www.ema.europa.eu/en/medicines/human/EPAR/tafinlar', 'Tafinlar (dabrafenib): EPAR'),
  ('ema-epar-mekinist', 'https://www.ema.europa.eu/en/medicines/human/EPAR/mekinist', 'Mekinist (trametinib): EPAR'),
  ('ema-epar-vitrakvi', 'https://www.ema.europa.eu/en/medicines/human/EPAR/vitrakvi', 'VITRAKVI (larotrectinib): EPAR'),
  ('ema-epar-jemperli', 'https://www.ema.europa.eu/en/medicines/human/EPAR/jemperli', 'JEMPERLI (dostarlimab): EPAR')
) AS v (code, url, title)
WHERE NOT EXISTS (SELECT 1 FROM source s WHERE s.code = v.code);

INSERT INTO drug_warning (drug_id, side_effect_id, boxed, test_before, source_id, reviewed_on)
SELECT d.id, e.id, FALSE, w.test_before, s.id, DATE '2026-12-06'
FROM (VALUES
  ('denosumab', 'low-calcium', CAST('Low blood calcium is treated before you start.' AS VARCHAR(600)), 'ema-epar-xgeva'),
  ('denosumab', 'jaw-bone-damage', 'A dental check may be advised before you start.', 'ema-epar-xgeva'),
  ('denosumab', 'broken-bones', NULL, 'ema-epar-xgeva'),
  ('denosumab', 'harm-in-pregnancy', NULL, 'ema-epar-xgeva'),
  ('zoledronic acid', 'kidney-problems', 'Blood tests before you start.', 'ema-epar-zometa'),
  ('zoledronic acid', 'low-calcium', 'Low blood calcium is corrected before the first dose.', 'ema-epar-zometa'),
  ('zoledronic acid', 'jaw-bone-damage', 'A dental check may be advised before you start.', 'ema-epar-zometa'),
  ('zoledronic acid', 'harm-in-pregnancy', NULL, 'ema-epar-zometa'),
  ('talazoparib', 'low-red-blood-cells', NULL, 'ema-epar-talzenna'),
  ('talazoparib', 'low-white-blood-cells', NULL, 'ema-epar-talzenna'),
  ('talazoparib', 'low-platelets', NULL, 'ema-epar-talzenna'),
  ('talazoparib', 'blood-cancer', NULL, 'ema-epar-talzenna'),
  ('talazoparib', 'harm-in-pregnancy', 'A pregnancy test before starting, if you could become pregnant.', 'ema-epar-talzenna'),
  ('dabrafenib', 'bleeding', NULL, 'ema-epar-tafinlar'),
  ('dabrafenib', 'fever', NULL, 'ema-epar-tafinlar'),
  ('dabrafenib', 'harm-in-pregnancy', NULL, 'ema-epar-tafinlar'),
  ('trametinib', 'bleeding', NULL, 'ema-epar-mekinist'),
  ('trametinib', 'liver-problems', NULL, 'ema-epar-mekinist'),
  ('trametinib', 'lung-inflammation', 'Your lung function may be checked before you start.', 'ema-epar-mekinist'),
  ('trametinib', 'heart-problems', 'A check of how well your heart works, before starting and during treatment.', 'ema-epar-mekinist'),
  ('trametinib', 'harm-in-pregnancy', NULL, 'ema-epar-mekinist'),
  ('larotrectinib', 'liver-problems', 'Blood tests of your liver before starting and during treatment.', 'ema-epar-vitrakvi'),
  ('larotrectinib', 'harm-in-pregnancy', 'A pregnancy test before starting, if you could become pregnant.', 'ema-epar-vitrakvi'),
  ('entrectinib', 'heart-problems', NULL, 'ema-epar-rozlytrek'),
  ('entrectinib', 'thinking-problems', NULL, 'ema-epar-rozlytrek'),
  ('entrectinib', 'heart-rhythm-changes', NULL, 'ema-epar-rozlytrek'),
  ('entrectinib', 'broken-bones', NULL, 'ema-epar-rozlytrek'),
  ('entrectinib', 'harm-in-pregnancy', NULL, 'ema-epar-rozlytrek'),
  ('dostarlimab', 'immune-side-effects', NULL, 'ema-epar-jemperli'),
  ('dostarlimab', 'harm-in-pregnancy', NULL, 'ema-epar-jemperli')
) AS w (drug, side_effect, test_before, source)
JOIN drug d ON d.name = w.drug
JOIN side_effect e ON e.slug = w.side_effect
JOIN source s ON s.code = w.source
WHERE NOT EXISTS (SELECT 1 FROM drug_warning x WHERE x.drug_id = d.id AND x.side_effect_id = e.id);

-- Each medicine's EPAR becomes a source of its therapy page too.
INSERT INTO therapy_source (therapy_id, source_id)
SELECT DISTINCT td.therapy_id, w.source_id FROM therapy_drug td JOIN drug_warning w ON w.drug_id = td.drug_id
JOIN source s ON s.id = w.source_id
WHERE s.code IN ('ema-epar-xgeva', 'ema-epar-zometa', 'ema-epar-talzenna', 'ema-epar-tafinlar', 'ema-epar-mekinist',
                 'ema-epar-vitrakvi', 'ema-epar-jemperli')
  AND NOT EXISTS (SELECT 1 FROM therapy_source x WHERE x.therapy_id = td.therapy_id AND x.source_id = w.source_id);

-- As V027: every regimen holding the drug lists each warning (NOT_STATED where it had no band) as serious.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious)
SELECT DISTINCT td.therapy_id, w.side_effect_id, 'NOT_STATED', TRUE FROM therapy_drug td JOIN drug_warning w ON w.drug_id = td.drug_id
WHERE NOT EXISTS (SELECT 1 FROM therapy_side_effect x WHERE x.therapy_id = td.therapy_id AND x.side_effect_id = w.side_effect_id);
UPDATE therapy_side_effect SET serious = TRUE
WHERE serious = FALSE AND EXISTS (SELECT 1 FROM therapy_drug td JOIN drug_warning w ON w.drug_id = td.drug_id
  WHERE td.therapy_id = therapy_side_effect.therapy_id AND w.side_effect_id = therapy_side_effect.side_effect_id);
