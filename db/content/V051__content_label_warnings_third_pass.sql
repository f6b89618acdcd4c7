-- Label warnings, third pass (reviewed 2026-12-06): the boxed warnings of the four chemotherapy drugs that came in
-- with V014 and V023 (ixabepilone, pegylated liposomal doxorubicin, vinorelbine, carboplatin) and had no
-- drug_warning rows, so no regimen holding them said "boxed warning" or which test comes before starting. Each row
-- cites the drug's US label record already stored (api.fda.gov), read through the search tool's stored copy (the
-- start of each record, where the boxed warning is). Section 5 of these labels could not be read, so only the boxed
-- warnings are added; docs/content-notes.md lists the drugs still without label warning rows.
-- Portable SQL (H2 2.x and PostgreSQL).

-- checked 2026-12-06 (openFDA updated 2026-09-18): a generic doxorubicin hydrochloride liposome injection label,
--   the same boxed warning as DOXIL in full: assess the left ventricular function of the heart before starting,
--   during treatment and after it (the DOXIL record's copy breaks off in that sentence).
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-label-doxorubicin-liposome-2026', 'https://api.fda.gov/drug/label.json?search=set_id%3A%22f1a12eb5-5bdc-45f4-843e-0c971535b184%22',
       'Doxorubicin hydrochloride liposome injection: US prescribing information (openFDA label record)',
       'U.S. Food and Drug Administration', DATE '2026-09-18'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-doxorubicin-liposome-2026');

-- What the boxed warnings say (checked 2026-12-06):
-- vinorelbine (openFDA updated 2026-09-25): WARNING: MYELOSUPPRESSION: severe myelosuppression can lead to serious
--   infection, septic shock and death; lower the dose or hold it as the dose rules say.
-- carboplatin (openFDA updated 2026-09-16): bone marrow suppression, dose related and possibly severe, with infection
--   or bleeding; anaemia may build up and need transfusions; vomiting is frequent; anaphylactic-like reactions may
--   come within minutes of the injection.
-- DOXIL (openFDA updated 2026-09-18): WARNING: CARDIOMYOPATHY and INFUSION-RELATED REACTIONS.
-- IXEMPRA (openFDA updated 2026-06-02): WARNING: TOXICITY IN PATIENTS WITH HEPATIC IMPAIRMENT: with capecitabine it
--   must not be given when AST or ALT is above 2.5 times, or bilirubin above 1 times, the upper limit of normal,
--   because of a higher risk of toxicity and of death from neutropenia; so the row is the low white cell count, and
--   the test before starting is the liver blood test.
INSERT INTO drug_warning (drug_id, side_effect_id, boxed, test_before, source_id, reviewed_on)
SELECT d.id, e.id, w.boxed, w.test_before, s.id, DATE '2026-12-06'
FROM (VALUES
  ('vinorelbine', 'low-white-blood-cells', TRUE, CAST(NULL AS VARCHAR(600)), 'fda-label-vinorelbine-2026'),
  ('carboplatin', 'low-white-blood-cells', TRUE, NULL, 'fda-label-carboplatin-2026'),
  ('carboplatin', 'low-platelets', TRUE, NULL, 'fda-label-carboplatin-2026'),
  ('carboplatin', 'low-red-blood-cells', TRUE, NULL, 'fda-label-carboplatin-2026'),
  ('carboplatin', 'vomiting', TRUE, NULL, 'fda-label-carboplatin-2026'),
  ('carboplatin', 'allergic-reaction', TRUE, NULL, 'fda-label-carboplatin-2026'),
  ('pegylated liposomal doxorubicin', 'heart-problems', TRUE, 'A heart scan before starting, during treatment and after it.', 'fda-label-doxorubicin-liposome-2026'),
  ('pegylated liposomal doxorubicin', 'infusion-reaction', TRUE, NULL, 'fda-label-doxil-2026'),
  ('ixabepilone', 'low-white-blood-cells', TRUE, 'Blood tests of your liver before starting. With capecitabine, ixabepilone is not given if they are raised.', 'fda-label-ixempra-2026')
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
