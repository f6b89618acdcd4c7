-- HER2-positive regimens that were missing, and the ESR1 test page. Reviewed 2026-12-06.
-- 1. Trastuzumab with paclitaxel: the Herceptin label's first-line use for metastatic HER2-positive cancer (for
--    people who have not had chemotherapy for it); used when pertuzumab is not.
-- 2. Lapatinib with letrozole: the lapatinib label's use for postmenopausal women with hormone receptor-positive,
--    HER2-positive metastatic cancer for whom hormone therapy is suitable. Its most common side effects in the
--    label (20% or more with letrozole) are diarrhoea, rash, nausea and tiredness.
-- Each regimen's side effects come from its drugs: the paclitaxel page's rows, and every label warning of every
-- drug (drug_warning), so the same drug says the same thing wherever it is used.
-- Left out: trastuzumab with an aromatase inhibitor (an EU use; the Herceptin EPAR could not be read here) and
-- HER2 drugs with hormone therapy as maintenance (PATINA: label not readable, still a recent approval).
-- 3. ESR1: the gene can change during treatment; blood tests may be repeated during the first treatment with an
--    aromatase inhibitor and a CDK4/6 inhibitor (the use camizestrant's accelerated approval rests on).
-- Portable SQL (H2 2.x and PostgreSQL).

-- ============ Trastuzumab with paclitaxel ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
SELECT 'trastuzumab-paclitaxel', 'Trastuzumab with paclitaxel', (SELECT id FROM drug_class WHERE slug = 'her2-antibody'), 'HER2_TARGETED',
 'Trastuzumab is a HER2 drug. Here it is given with paclitaxel, a chemotherapy drug. It may be a first treatment for HER2-positive cancer that has spread. It is used when pertuzumab is not given.',
 'Trastuzumab is an antibody that sticks to the HER2 protein on cancer cells. It blocks their growth signals and helps the immune system find them. Paclitaxel kills cancer cells that are dividing.',
 'Drips into a vein (infusions)',
 'Trastuzumab is given every week or every 3 weeks. Paclitaxel is given for a set number of cycles and then often stopped. Trastuzumab usually carries on for as long as it works and side effects are manageable.',
 DATE '2026-12-06' WHERE NOT EXISTS (SELECT 1 FROM therapy WHERE slug = 'trastuzumab-paclitaxel');
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'trastuzumab-paclitaxel' AND d.name = 'trastuzumab';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 2 FROM therapy t, drug d WHERE t.slug = 'trastuzumab-paclitaxel' AND d.name = 'paclitaxel';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'trastuzumab-paclitaxel' AND s.code IN ('fda-label-herceptin-2026', 'fda-label-paclitaxel');
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious)
SELECT t.id, p.side_effect_id, p.frequency, p.serious FROM therapy t, therapy_side_effect p
WHERE t.slug = 'trastuzumab-paclitaxel' AND p.therapy_id = (SELECT id FROM therapy WHERE slug = 'paclitaxel');
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'trastuzumab-paclitaxel-her2pos-first', t.id, 'ANY', TRUE, FALSE, FALSE, FALSE, 'ANY', NULL, 'FIRST',
 'As the first treatment for HER2-positive cancer that has spread, if no chemotherapy has been given for it yet. It is used when pertuzumab is not.', DATE '2026-12-06' FROM therapy t WHERE t.slug = 'trastuzumab-paclitaxel';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'trastuzumab-paclitaxel-her2pos-first' AND s.code = 'fda-label-herceptin-2026';

-- ============ Lapatinib with letrozole ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
SELECT 'lapatinib-letrozole', 'Lapatinib with letrozole', (SELECT id FROM drug_class WHERE slug = 'her2-tyrosine-kinase-inhibitor'), 'HER2_TARGETED',
 'Lapatinib is a HER2 tablet. Here it is taken with letrozole, a hormone tablet. It is for women after menopause. The cancer must be HER2-positive and have hormone receptors. It may suit those for whom hormone drugs are a better fit than chemo.',
 'Lapatinib blocks the HER2 signal from inside the cancer cell. Letrozole lowers the amount of oestrogen the body makes after menopause.',
 'Tablets taken by mouth',
 'Both tablets are taken once a day, every day. Lapatinib is taken on an empty stomach. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-12-06' WHERE NOT EXISTS (SELECT 1 FROM therapy WHERE slug = 'lapatinib-letrozole');
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'lapatinib-letrozole' AND d.name = 'lapatinib';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 2 FROM therapy t, drug d WHERE t.slug = 'lapatinib-letrozole' AND d.name = 'letrozole';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'lapatinib-letrozole' AND s.code IN ('fda-label-lapatinib-2026', 'fda-label-femara-2026');
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious)
SELECT t.id, e.id, v.frequency, v.serious FROM therapy t, side_effect e, (VALUES
  ('diarrhoea', 'VERY_COMMON', TRUE), ('rash', 'VERY_COMMON', FALSE), ('nausea', 'VERY_COMMON', FALSE),
  ('fatigue', 'VERY_COMMON', FALSE)
) AS v (effect, frequency, serious)
WHERE t.slug = 'lapatinib-letrozole' AND e.slug = v.effect;
-- The lapatinib label names postmenopausal women, so men and women before menopause are not shown this use.
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on, sex) SELECT 'lapatinib-letrozole-hrpos-her2pos', t.id, 'POSITIVE', TRUE, FALSE, FALSE, FALSE, 'POST', NULL, 'ANY',
 'For women after menopause. The cancer has hormone receptors and is HER2-positive. Hormone drugs must suit them.', DATE '2026-12-06', 'FEMALE' FROM therapy t WHERE t.slug = 'lapatinib-letrozole';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'lapatinib-letrozole-hrpos-her2pos' AND s.code = 'fda-label-lapatinib-2026';

-- Every label warning of every drug of the new regimens (rates not read: NOT_STATED), and warnings are serious.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious)
SELECT DISTINCT td.therapy_id, w.side_effect_id, 'NOT_STATED', TRUE FROM therapy_drug td JOIN drug_warning w ON w.drug_id = td.drug_id
WHERE NOT EXISTS (SELECT 1 FROM therapy_side_effect x WHERE x.therapy_id = td.therapy_id AND x.side_effect_id = w.side_effect_id);
UPDATE therapy_side_effect SET serious = TRUE
WHERE serious = FALSE AND EXISTS (SELECT 1 FROM therapy_drug td JOIN drug_warning w ON w.drug_id = td.drug_id
  WHERE td.therapy_id = therapy_side_effect.therapy_id AND w.side_effect_id = therapy_side_effect.side_effect_id);

-- ============ ESR1: testing during treatment ============
UPDATE biomarker SET how_tested = 'Usually a blood test for cancer DNA (ctDNA). The gene can change during treatment. So the test may be done again when the cancer grows on hormone drugs. Some people have it every few months during their first treatment. The aim is to find a change before scans show growth.'
WHERE code = 'ESR1';

-- Entrectinib in the EU: the age range has changed since 2020 (a 2024 committee opinion extends it to young
-- children; the Commission's decision day was not found), so the note no longer states an age.
UPDATE approval SET note = 'Approved in the EU in July 2020, with conditions, for solid cancers with an NTRK gene fusion.', reviewed_on = DATE '2026-12-06'
WHERE region = 'EU_EMA' AND therapy_id = (SELECT id FROM therapy WHERE slug = 'entrectinib');

-- The EMA also asks for a DPD test before capecitabine: every capecitabine regimen cites its recommendation.
INSERT INTO therapy_source (therapy_id, source_id)
SELECT DISTINCT td.therapy_id, s.id FROM therapy_drug td JOIN drug d ON d.id = td.drug_id, source s
WHERE d.name = 'capecitabine' AND s.code = 'ema-dpd-testing-2020'
  AND NOT EXISTS (SELECT 1 FROM therapy_source x WHERE x.therapy_id = td.therapy_id AND x.source_id = s.id);
