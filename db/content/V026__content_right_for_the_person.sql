-- Clinical safety II: every option right for the person who asked. Reviewed 2026-12-06.
-- Research notes: docs/research/regimens-for-the-person.md, docs/research/label-warnings-2026.md,
-- docs/research/labels-2026-approvals.md, docs/research/approvals-eu-nice-2026.md. Corrections: docs/content-notes.md.
-- 1. Companions: before menopause an aromatase inhibitor or fulvestrant comes with ovarian suppression; in men an
--    aromatase inhibitor comes with a GnRH agent. Stand-alone ovarian suppression is no longer an option.
-- 2. Who a label is for by sex: everolimus with exemestane is for women only.
-- 3. HER2-positive: no chemotherapy-only option as a first treatment.
-- 4. Inavolisib's triplet is a first treatment for the spread cancer; gedatolisib needs no PIK3CA mutation.
-- 5. Label warnings per drug (drug_warning), listed on every regimen that holds the drug.
-- Portable SQL (H2 2.x and PostgreSQL).

-- ============ Sources (publisher pages only) ============
-- Label records already stored and used below: fda-label-xeloda (boxed: complete DPD deficiency, test for DPYD
-- variants before the first dose; bleeding with warfarin), fda-label-kadcyla-2026 (boxed: liver, heart, pregnancy),
-- fda-label-perjeta-2026 (boxed: heart, pregnancy), fda-label-lapatinib-2026 (boxed: liver), fda-label-trodelvy-2026
-- (boxed: neutropenia, diarrhoea), fda-label-paclitaxel (boxed: severe allergic reactions in 2 to 4%, low
-- neutrophils), fda-label-abraxane-2026 (boxed: severe myelosuppression). Re-read 2026-12-06.
-- checked 2026-12-06: EMA recommends testing for DPD deficiency before starting capecitabine, fluorouracil or tegafur; not with complete deficiency; lower starting dose may be considered with partial deficiency (recommendation of 30 April 2020)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'ema-dpd-testing-2020', 'https://www.ema.europa.eu/en/news/ema-recommendations-dpd-testing-prior-treatment-fluorouracil-capecitabine-tegafur-flucytosine', 'EMA recommendations on DPD testing prior to treatment with fluorouracil, capecitabine, tegafur and flucytosine', 'European Medicines Agency', DATE '2020-04-30' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ema-dpd-testing-2020');
-- checked 2026-12-06: boxed warning: cardiomyopathy, infusion reactions, embryo-fetal toxicity, pulmonary toxicity; date is the openFDA record update
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-herceptin-2026', 'https://api.fda.gov/drug/label.json?search=openfda.brand_name%3A%22HERCEPTIN%22', 'HERCEPTIN (trastuzumab): US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2026-08-28' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-herceptin-2026');
-- checked 2026-12-06: label supplement of 15 Feb 2024: boxed ILD/pneumonitis (12%, fatal 1.0%) and embryo-fetal toxicity; warnings: neutropenia (65%), fall in LVEF (3.9%)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-srlc-enhertu-2024', 'https://www.accessdata.fda.gov/scripts/cder/safetylabelingchanges/index.cfm?DrugNameID=2390&event=searchdetail.page', 'ENHERTU (fam-trastuzumab deruxtecan-nxki): FDA safety-related labeling changes, supplement of 15 February 2024', 'U.S. Food and Drug Administration', DATE '2024-02-15' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-srlc-enhertu-2024');
-- checked 2026-12-06: FDA added a warning of rare but severe lung inflammation (ILD/pneumonitis) to the labels of palbociclib, ribociclib and abemaciclib (13 Sep 2019)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-cdk46-ild-2019', 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-warns-about-rare-severe-lung-inflammation-ibrance-kisqali-and-verzenio-breast-cancer', 'FDA warns about rare but severe lung inflammation with Ibrance, Kisqali and Verzenio for breast cancer', 'U.S. Food and Drug Administration', DATE '2019-09-13' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-cdk46-ild-2019');
-- checked 2026-12-06: boxed warning: left ventricular dysfunction and embryo-fetal toxicity; date is the openFDA record update
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-margenza-2026', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Margetuximab-Cmkb%22', 'MARGENZA (margetuximab-cmkb): US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2026-06-03' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-margenza-2026');

-- ============ New side effects ============
INSERT INTO side_effect (slug, name, explanation) SELECT 'dpd-deficiency', 'Severe reactions if your body lacks the DPD enzyme',
 'DPD is an enzyme that breaks down capecitabine. Some people have little or none of it because of their genes. Then the drug builds up and can cause very severe, even fatal, side effects. A blood test for DPYD gene changes before the first dose shows who is at risk.'
 WHERE NOT EXISTS (SELECT 1 FROM side_effect WHERE slug = 'dpd-deficiency');
INSERT INTO side_effect (slug, name, explanation) SELECT 'bleeding-with-warfarin', 'Bleeding if you take warfarin',
 'This drug can make warfarin and similar blood thinners work too strongly. That raises the risk of bleeding. Your blood clotting is checked more often. Tell your team about every medicine you take.'
 WHERE NOT EXISTS (SELECT 1 FROM side_effect WHERE slug = 'bleeding-with-warfarin');
INSERT INTO side_effect (slug, name, explanation) SELECT 'harm-in-pregnancy', 'Harm to an unborn baby',
 'This drug can harm a baby in the womb. Use reliable birth control during treatment and for some months after. Ask your team how long. Tell them at once if you might be pregnant.'
 WHERE NOT EXISTS (SELECT 1 FROM side_effect WHERE slug = 'harm-in-pregnancy');

-- ============ 1. Companions ============
-- Before menopause: the Kisqali label asks for an LHRH agonist with an aromatase inhibitor or fulvestrant in women
-- before or around menopause. Regimens with these drugs and no menopause limit get it (ribociclib, palbociclib and
-- abemaciclib combinations, capivasertib and inavolisib with fulvestrant).
INSERT INTO drug_companion (drug_id, person, companion_drug_id, source_id, reviewed_on)
SELECT d.id, 'PREMENOPAUSAL', c.id, s.id, DATE '2026-12-06' FROM drug d, drug c, source s
WHERE d.name IN ('letrozole', 'anastrozole', 'exemestane', 'fulvestrant') AND c.name IN ('goserelin', 'leuprorelin')
  AND s.code = 'fda-label-kisqali-2024';
-- In men: ASCO's male breast cancer guideline gives an aromatase inhibitor only with a GnRH agonist.
INSERT INTO drug_companion (drug_id, person, companion_drug_id, source_id, reviewed_on)
SELECT d.id, 'MALE', c.id, s.id, DATE '2026-12-06' FROM drug d, drug c, source s
WHERE d.name IN ('letrozole', 'anastrozole', 'exemestane') AND c.name IN ('goserelin', 'leuprorelin')
  AND s.code = 'asco-male-breast-cancer-2020';

-- Ovarian suppression alone is never a treatment for spread cancer: it comes with the hormone drug it enables.
-- The therapy pages stay (they describe goserelin and leuprorelin); the stand-alone options go.
DELETE FROM indication_source WHERE indication_id IN (SELECT id FROM indication WHERE code IN ('ovarian-suppression-goserelin-pre', 'ovarian-suppression-leuprorelin-pre'));
DELETE FROM indication_biomarker WHERE indication_id IN (SELECT id FROM indication WHERE code IN ('ovarian-suppression-goserelin-pre', 'ovarian-suppression-leuprorelin-pre'));
DELETE FROM indication WHERE code IN ('ovarian-suppression-goserelin-pre', 'ovarian-suppression-leuprorelin-pre');

-- Hormone drugs whose US labels name postmenopausal women only are used in men by the ASCO guideline (an aromatase
-- inhibitor with a GnRH agonist, or fulvestrant): the guideline becomes a source of those rows.
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s
WHERE i.code IN ('aromatase-inhibitor-first', 'aromatase-inhibitor-after-tamoxifen', 'fulvestrant-first', 'fulvestrant-later')
  AND s.code = 'asco-male-breast-cancer-2020'
  AND NOT EXISTS (SELECT 1 FROM indication_source x WHERE x.indication_id = i.id AND x.source_id = s.id);

-- ============ 2. Who a label is for by sex ============
-- The Afinitor label: postmenopausal women with advanced HR-positive, HER2-negative breast cancer.
UPDATE indication SET sex = 'FEMALE', reviewed_on = DATE '2026-12-06' WHERE code = 'everolimus-exemestane-later';

-- ============ 3. HER2-positive: chemotherapy first comes with a HER2 drug ============
-- A first (or any-line) chemotherapy row without a HER2 drug no longer reaches HER2-positive cancer: there the
-- HER2 regimens (pertuzumab, trastuzumab and a taxane; tucatinib, lapatinib or margetuximab with chemotherapy)
-- hold the chemotherapy.
UPDATE indication SET her2_positive = FALSE, reviewed_on = DATE '2026-12-06'
WHERE code IN ('gemcitabine-paclitaxel-first', 'capecitabine-single-agent', 'doxorubicin-any',
               'pegylated-liposomal-doxorubicin-heart-risk', 'vinorelbine-after-anthracycline');

-- ============ 4. Lines and biomarkers ============
-- The Itovebi label: after the cancer came back during or after hormone therapy given after surgery, so it is the
-- first treatment for the spread cancer (INAVO120 enrolled people with no treatment yet for advanced disease).
UPDATE indication SET code = 'inavolisib-palbociclib-fulvestrant-pik3ca-first', line = 'FIRST',
 conditions = 'As the first treatment once the cancer has spread. It is for cancer that came back during hormone therapy after surgery, or within a year of finishing it.',
 reviewed_on = DATE '2026-12-06'
WHERE code = 'inavolisib-palbociclib-fulvestrant-pik3ca-later';

-- Gedatolisib (recent approval): for cancer in which no PIK3CA mutation was found; a PIK3CA mutation rules it out.
UPDATE recent_approval SET absent_biomarker_id = (SELECT id FROM biomarker WHERE code = 'PIK3CA'), reviewed_on = DATE '2026-12-06'
WHERE slug = 'gedatolisib';

-- ============ 5. Label warnings (boxed warnings and warnings and precautions) ============
-- Only warnings read on the publisher's page are listed; section 5 of most labels could not be read here
-- (docs/research/label-warnings-2026.md), so this list will grow as labels are read in full.
INSERT INTO drug_warning (drug_id, side_effect_id, boxed, test_before, source_id, reviewed_on)
SELECT d.id, e.id, w.boxed, w.test_before, s.id, DATE '2026-12-06'
FROM (VALUES
  ('capecitabine', 'dpd-deficiency', TRUE, 'A blood test for changes in the DPYD gene, before the first dose, unless treatment cannot wait. It shows whether your body can break the drug down.', 'fda-label-xeloda'),
  ('capecitabine', 'bleeding-with-warfarin', TRUE, CAST(NULL AS VARCHAR(600)), 'fda-label-xeloda'),
  ('trastuzumab', 'heart-problems', TRUE, 'A heart scan (echocardiogram or MUGA) before starting, and every few months during treatment.', 'fda-label-herceptin-2026'),
  ('trastuzumab', 'infusion-reaction', TRUE, NULL, 'fda-label-herceptin-2026'),
  ('trastuzumab', 'harm-in-pregnancy', TRUE, 'A pregnancy test before starting, if you could become pregnant.', 'fda-label-herceptin-2026'),
  ('trastuzumab', 'lung-inflammation', TRUE, NULL, 'fda-label-herceptin-2026'),
  ('pertuzumab', 'heart-problems', TRUE, 'A heart scan (echocardiogram or MUGA) before starting, and every few months during treatment.', 'fda-label-perjeta-2026'),
  ('pertuzumab', 'harm-in-pregnancy', TRUE, 'A pregnancy test before starting, if you could become pregnant.', 'fda-label-perjeta-2026'),
  ('trastuzumab emtansine', 'liver-problems', TRUE, 'Blood tests of your liver before each dose.', 'fda-label-kadcyla-2026'),
  ('trastuzumab emtansine', 'heart-problems', TRUE, 'A heart scan (echocardiogram or MUGA) before starting, and every few months during treatment.', 'fda-label-kadcyla-2026'),
  ('trastuzumab emtansine', 'harm-in-pregnancy', TRUE, 'A pregnancy test before starting, if you could become pregnant.', 'fda-label-kadcyla-2026'),
  ('trastuzumab deruxtecan', 'lung-inflammation', TRUE, NULL, 'fda-srlc-enhertu-2024'),
  ('trastuzumab deruxtecan', 'harm-in-pregnancy', TRUE, 'A pregnancy test before starting, if you could become pregnant.', 'fda-srlc-enhertu-2024'),
  ('trastuzumab deruxtecan', 'low-white-blood-cells', FALSE, NULL, 'fda-srlc-enhertu-2024'),
  ('trastuzumab deruxtecan', 'heart-problems', FALSE, 'A heart scan (echocardiogram or MUGA) before starting, and during treatment.', 'fda-srlc-enhertu-2024'),
  ('ribociclib', 'lung-inflammation', FALSE, NULL, 'fda-cdk46-ild-2019'),
  ('palbociclib', 'lung-inflammation', FALSE, NULL, 'fda-cdk46-ild-2019'),
  ('abemaciclib', 'lung-inflammation', FALSE, NULL, 'fda-cdk46-ild-2019'),
  ('lapatinib', 'liver-problems', TRUE, 'Blood tests of your liver before starting and during treatment.', 'fda-label-lapatinib-2026'),
  ('margetuximab', 'heart-problems', TRUE, 'A heart scan (echocardiogram or MUGA) before starting, and during treatment.', 'fda-label-margenza-2026'),
  ('margetuximab', 'harm-in-pregnancy', TRUE, 'A pregnancy test before starting, if you could become pregnant.', 'fda-label-margenza-2026'),
  ('sacituzumab govitecan', 'low-white-blood-cells', TRUE, 'A blood count before each dose.', 'fda-label-trodelvy-2026'),
  ('sacituzumab govitecan', 'diarrhoea', TRUE, NULL, 'fda-label-trodelvy-2026'),
  ('paclitaxel', 'infusion-reaction', TRUE, NULL, 'fda-label-paclitaxel'),
  ('paclitaxel', 'low-white-blood-cells', TRUE, 'A blood count before each dose.', 'fda-label-paclitaxel'),
  ('nab-paclitaxel', 'low-white-blood-cells', TRUE, 'A blood count before each dose.', 'fda-label-abraxane-2026')
) AS w (drug, effect, boxed, test_before, source)
JOIN drug d ON d.name = w.drug
JOIN side_effect e ON e.slug = w.effect
JOIN source s ON s.code = w.source;

-- Every regimen lists the warnings of each of its drugs. Where a rate was read on a publisher page it is used;
-- otherwise the warning is listed as NOT_STATED ("a warning on the label") rather than given a guessed band.
-- Enhertu: fall in heart pumping in 3.9% (common).
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious)
SELECT DISTINCT td.therapy_id, e.id, 'COMMON', TRUE FROM therapy_drug td JOIN drug d ON d.id = td.drug_id, side_effect e
WHERE d.name = 'trastuzumab deruxtecan' AND e.slug = 'heart-problems'
  AND NOT EXISTS (SELECT 1 FROM therapy_side_effect x WHERE x.therapy_id = td.therapy_id AND x.side_effect_id = e.id);
-- Paclitaxel: the same band as on the paclitaxel page, in every regimen that holds it.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious)
SELECT DISTINCT td.therapy_id, e.id, 'VERY_COMMON', TRUE FROM therapy_drug td JOIN drug d ON d.id = td.drug_id, side_effect e
WHERE d.name = 'paclitaxel' AND e.slug = 'infusion-reaction'
  AND NOT EXISTS (SELECT 1 FROM therapy_side_effect x WHERE x.therapy_id = td.therapy_id AND x.side_effect_id = e.id);
-- The rest, rate not read.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious)
SELECT DISTINCT td.therapy_id, w.side_effect_id, 'NOT_STATED', TRUE FROM therapy_drug td JOIN drug_warning w ON w.drug_id = td.drug_id
WHERE NOT EXISTS (SELECT 1 FROM therapy_side_effect x WHERE x.therapy_id = td.therapy_id AND x.side_effect_id = w.side_effect_id);
-- A label warning is serious wherever it is listed.
UPDATE therapy_side_effect SET serious = TRUE
WHERE serious = FALSE AND EXISTS (SELECT 1 FROM therapy_drug td JOIN drug_warning w ON w.drug_id = td.drug_id
  WHERE td.therapy_id = therapy_side_effect.therapy_id AND w.side_effect_id = therapy_side_effect.side_effect_id);

-- Hair loss and nerve damage, very common with paclitaxel and docetaxel, were missing from two regimens.
-- Gemzar label (breast cancer table, gemcitabine with paclitaxel): hair loss and sensory nerve damage in well over
-- 1 in 10; docetaxel label: hair loss and nerve damage among its most common reactions.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious)
SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e
WHERE t.slug IN ('gemcitabine-paclitaxel', 'docetaxel') AND e.slug IN ('hair-loss', 'nerve-damage')
  AND NOT EXISTS (SELECT 1 FROM therapy_side_effect x WHERE x.therapy_id = t.id AND x.side_effect_id = e.id);

-- Pembrolizumab's immune side effects: one band in every regimen that holds it. In the triple-negative trial of
-- pembrolizumab with chemotherapy (KEYNOTE-355) about a quarter of people had an immune side effect, so very common.
UPDATE therapy_side_effect SET frequency = 'VERY_COMMON', serious = TRUE
WHERE side_effect_id = (SELECT id FROM side_effect WHERE slug = 'immune-side-effects')
  AND therapy_id IN (SELECT td.therapy_id FROM therapy_drug td JOIN drug d ON d.id = td.drug_id WHERE d.name = 'pembrolizumab');

-- ============ 6. Abemaciclib on its own ============
-- The Verzenio label (FDALabel, effective 2025-08-25): adults with HR-positive, HER2-negative advanced or
-- metastatic cancer that grew after hormone therapy and after chemotherapy given for the spread cancer; 200 mg
-- twice a day. Side effects: the label's single-drug study (MONARCH 1) and its warnings.
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'abemaciclib', 'Abemaciclib on its own', (SELECT id FROM drug_class WHERE slug = 'cdk4-6-inhibitor'), 'TARGETED_THERAPY',
 'Abemaciclib is a targeted tablet. Here it is taken on its own, without a hormone drug. It may be an option when the cancer has grown after hormone therapy and after chemotherapy for the spread cancer.',
 'CDK4 and CDK6 are proteins that cancer cells need to divide. Abemaciclib blocks them, so the cells grow more slowly.',
 'Tablets taken by mouth',
 'Abemaciclib is taken twice a day, every day, at a higher dose than when it is taken with hormone therapy. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-12-06' WHERE NOT EXISTS (SELECT 1 FROM therapy WHERE slug = 'abemaciclib');
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'abemaciclib' AND d.name = 'abemaciclib';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'abemaciclib' AND s.code IN ('fda-label-verzenio-2025', 'fda-cdk46-ild-2019');
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious)
SELECT t.id, e.id, v.frequency, v.serious FROM therapy t, side_effect e, (VALUES
  ('diarrhoea', 'VERY_COMMON', TRUE), ('fatigue', 'VERY_COMMON', FALSE), ('nausea', 'VERY_COMMON', FALSE),
  ('loss-of-appetite', 'VERY_COMMON', FALSE), ('vomiting', 'VERY_COMMON', FALSE),
  ('low-white-blood-cells', 'VERY_COMMON', TRUE), ('infection', 'VERY_COMMON', FALSE),
  ('low-red-blood-cells', 'VERY_COMMON', FALSE), ('low-platelets', 'VERY_COMMON', FALSE),
  ('headache', 'VERY_COMMON', FALSE), ('liver-problems', 'NOT_STATED', TRUE), ('blood-clots', 'NOT_STATED', TRUE),
  ('lung-inflammation', 'NOT_STATED', TRUE)
) AS v (effect, frequency, serious)
WHERE t.slug = 'abemaciclib' AND e.slug = v.effect;
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'abemaciclib-alone-later', t.id, 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
 'When the cancer has grown after hormone therapy, and after chemotherapy given for the spread cancer. This is for adults.', DATE '2026-12-06' FROM therapy t WHERE t.slug = 'abemaciclib';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'abemaciclib-alone-later' AND s.code = 'fda-label-verzenio-2025';
