-- Content: metastatic hormone receptor-positive, HER2-negative breast cancer:
-- endocrine (hormone) therapy and endocrine-combination targeted therapy.
-- Covers: ribociclib / palbociclib / abemaciclib with an aromatase inhibitor or with fulvestrant,
-- fulvestrant alone, elacestrant, imlunestrant, alpelisib + fulvestrant, capivasertib + fulvestrant,
-- inavolisib + palbociclib + fulvestrant, everolimus + exemestane.
-- Reviewed on 2026-11-23 by the hr-positive research helper. Research notes: docs/content-notes.md
-- Sources (FDA labels / approval records; all URLs were returned by the search tool):
--   Kisqali label (openFDA record, label revised 09/2024)  https://api.fda.gov/drug/label.json?search=openfda.brand_name%3A%22KISQALI%22
--   Ibrance label (openFDA record, revised 04/2025)         https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Palbociclib%22
--   Ibrance label PDF (revised 09/2023)                     https://www.accessdata.fda.gov/drugsatfda_docs/label/2023/207103s017s018lbl.pdf
--   Verzenio label (FDALabel SPL, effective 2025-08-25)     https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/be4bc0de-0fdc-4d46-8d25-be43c79e6a06/spl-doc?hl=VERZENIO
--   Faslodex label (openFDA record)                         https://api.fda.gov/drug/label.json?search=set_id%3A%2283d7a440-e904-4e36-afb5-cb02b1c919f7%22
--   Orserdu label (openFDA record; approved 2023-01-27)     https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Elacestrant%22
--   Inluriyo label PDF (approved 2025-09-25)                http://www.accessdata.fda.gov/drugsatfda_docs/label/2025/218881s000lbl.pdf
--   Piqray label PDF (2020) and openFDA record              http://www.accessdata.fda.gov/drugsatfda_docs/label/2020/212526s001lbl.pdf
--   Truqap label (openFDA record, revised 06/2026)          https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22capivasertib%22
--   ESMO news on FDA approval of capivasertib (2023-11-16)  https://esmo.org/oncology-news/fda-approves-capivasertib-with-fulvestrant-for-breast-cancer
--   Itovebi label (openFDA record, revised 04/2026)         https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22inavolisib%22
--   Afinitor label (openFDA record)                         https://api.fda.gov/drug/label.json?search=set_id%3A%222150f73a-179b-4afc-b8ce-67c85cc72f04%22
-- Portable SQL for H2 2.x and PostgreSQL: rows are looked up by stable keys, shared rows are guarded.


-- ============ Sources ============
-- checked 2026-11-23: advanced/metastatic indications for adults with an aromatase inhibitor (initial endocrine-based therapy) or fulvestrant (initial or after progression); label revised 09/2024 (day not shown), openFDA record updated 2026-10-07
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-kisqali-2024', 'https://api.fda.gov/drug/label.json?search=openfda.brand_name%3A%22KISQALI%22', 'KISQALI (ribociclib) tablets: US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2024-09-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-kisqali-2024');
-- checked 2026-11-23: palbociclib with an aromatase inhibitor (initial endocrine-based therapy) or fulvestrant (after endocrine therapy) in adults, and with inavolisib + fulvestrant; indications revised 04/2025 (day not shown)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-ibrance-2025', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Palbociclib%22', 'IBRANCE (palbociclib): US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2025-04-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-ibrance-2025');
-- checked 2026-11-23: palbociclib + aromatase inhibitor as initial endocrine-based therapy for adult patients (wording quoted from this label by moalmanac.org)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-ibrance-2023', 'https://www.accessdata.fda.gov/drugsatfda_docs/label/2023/207103s017s018lbl.pdf', 'IBRANCE (palbociclib) prescribing information, revised September 2023', 'U.S. Food and Drug Administration', DATE '2023-09-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-ibrance-2023');
-- checked 2026-11-23: abemaciclib with an aromatase inhibitor (initial endocrine-based therapy) or with fulvestrant (after endocrine therapy) in adults; warnings: diarrhoea, neutropenia, ILD, liver toxicity, blood clots
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-verzenio-2025', 'https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/be4bc0de-0fdc-4d46-8d25-be43c79e6a06/spl-doc?hl=VERZENIO', 'VERZENIO (abemaciclib) tablets: US prescribing information (FDALabel SPL document)', 'U.S. Food and Drug Administration', DATE '2025-08-25' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-verzenio-2025');
-- checked 2026-11-23: fulvestrant monotherapy in postmenopausal women (no prior endocrine therapy, HER2-negative; or after endocrine therapy) and combination uses; label revision date not shown, date is the openFDA record update
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-faslodex', 'https://api.fda.gov/drug/label.json?search=set_id%3A%2283d7a440-e904-4e36-afb5-cb02b1c919f7%22', 'FASLODEX (fulvestrant) injection: US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2026-09-22' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-faslodex');
-- checked 2026-11-23: elacestrant for postmenopausal women or adult men, ER+, HER2-, ESR1-mutated, after at least one line of endocrine therapy; date = FDA approval 2023-01-27 (no newer indication change found)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-orserdu', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Elacestrant%22', 'ORSERDU (elacestrant) tablets: US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2023-01-27' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-orserdu');
-- checked 2026-11-23: imlunestrant for adults, ER+, HER2-, ESR1-mutated, after at least one line of endocrine therapy; FDA approval 2025-09-25
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-inluriyo-2025', 'http://www.accessdata.fda.gov/drugsatfda_docs/label/2025/218881s000lbl.pdf', 'INLURIYO (imlunestrant) tablets: US prescribing information at approval (NDA 218881)', 'U.S. Food and Drug Administration', DATE '2025-09-25' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-inluriyo-2025');
-- checked 2026-11-23: alpelisib + fulvestrant for postmenopausal women and men, HR+, HER2-, PIK3CA-mutated, after an endocrine-based regimen
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-piqray-2020', 'http://www.accessdata.fda.gov/drugsatfda_docs/label/2020/212526s001lbl.pdf', 'PIQRAY (alpelisib) prescribing information (NDA 212526, supplement 1)', 'U.S. Food and Drug Administration', DATE '2020-09-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-piqray-2020');
-- checked 2026-11-23: current Piqray label record exists (record updated 2026-09-16); full text could not be read, date is the record update
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-piqray', 'https://api.fda.gov/drug/label.json?search=set_id%3A%22b20b4e18-7a4b-4500-a08f-06c6dab0ee5b%22', 'PIQRAY (alpelisib) tablets: US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2026-09-16' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-piqray');
-- checked 2026-11-23: capivasertib + fulvestrant for adults, HR+, HER2-, PIK3CA/AKT1/PTEN-altered, after endocrine therapy; label revised 06/2026 for a new prostate cancer use (day not shown)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-truqap-2026', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22capivasertib%22', 'TRUQAP (capivasertib) tablets: US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2026-06-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-truqap-2026');
-- checked 2026-11-23: FDA approval 2023-11-16 of capivasertib + fulvestrant and its exact conditions (CAPItello-291)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'esmo-news-fda-capivasertib-2023', 'https://esmo.org/oncology-news/fda-approves-capivasertib-with-fulvestrant-for-breast-cancer', 'FDA approves capivasertib with fulvestrant for breast cancer (ESMO Oncology News)', 'ESMO', DATE '2023-11-16' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'esmo-news-fda-capivasertib-2023');
-- checked 2026-11-23: inavolisib + palbociclib + fulvestrant for adults with endocrine-resistant, PIK3CA-mutated, HR+, HER2- disease after recurrence on or after adjuvant endocrine therapy; label revised 04/2026 (day not shown)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-itovebi-2026', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22inavolisib%22', 'ITOVEBI (inavolisib) tablets: US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2026-04-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-itovebi-2026');
-- checked 2026-11-23: everolimus + exemestane for postmenopausal women with advanced HR+, HER2- breast cancer after letrozole or anastrozole; label revision date not shown, date is the openFDA record update
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-afinitor', 'https://api.fda.gov/drug/label.json?search=set_id%3A%222150f73a-179b-4afc-b8ce-67c85cc72f04%22', 'AFINITOR (everolimus) tablets: US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2026-09-18' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-afinitor');

-- ============ Drugs and brand names (shared, guarded) ============
INSERT INTO drug (name) SELECT 'ribociclib' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'ribociclib');
INSERT INTO drug (name) SELECT 'palbociclib' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'palbociclib');
INSERT INTO drug (name) SELECT 'abemaciclib' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'abemaciclib');
INSERT INTO drug (name) SELECT 'letrozole' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'letrozole');
INSERT INTO drug (name) SELECT 'anastrozole' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'anastrozole');
INSERT INTO drug (name) SELECT 'exemestane' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'exemestane');
INSERT INTO drug (name) SELECT 'fulvestrant' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'fulvestrant');
INSERT INTO drug (name) SELECT 'elacestrant' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'elacestrant');
INSERT INTO drug (name) SELECT 'imlunestrant' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'imlunestrant');
INSERT INTO drug (name) SELECT 'alpelisib' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'alpelisib');
INSERT INTO drug (name) SELECT 'capivasertib' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'capivasertib');
INSERT INTO drug (name) SELECT 'inavolisib' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'inavolisib');
INSERT INTO drug (name) SELECT 'everolimus' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'everolimus');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Kisqali' FROM drug d WHERE d.name = 'ribociclib' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Kisqali');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Ibrance' FROM drug d WHERE d.name = 'palbociclib' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Ibrance');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Verzenio' FROM drug d WHERE d.name = 'abemaciclib' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Verzenio');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Verzenios' FROM drug d WHERE d.name = 'abemaciclib' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Verzenios');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Femara' FROM drug d WHERE d.name = 'letrozole' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Femara');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Arimidex' FROM drug d WHERE d.name = 'anastrozole' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Arimidex');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Aromasin' FROM drug d WHERE d.name = 'exemestane' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Aromasin');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Faslodex' FROM drug d WHERE d.name = 'fulvestrant' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Faslodex');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Orserdu' FROM drug d WHERE d.name = 'elacestrant' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Orserdu');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Inluriyo' FROM drug d WHERE d.name = 'imlunestrant' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Inluriyo');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Piqray' FROM drug d WHERE d.name = 'alpelisib' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Piqray');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Truqap' FROM drug d WHERE d.name = 'capivasertib' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Truqap');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Itovebi' FROM drug d WHERE d.name = 'inavolisib' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Itovebi');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Afinitor' FROM drug d WHERE d.name = 'everolimus' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Afinitor');

-- ============ Ribociclib with an aromatase inhibitor ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'ribociclib-aromatase-inhibitor', 'Ribociclib with an aromatase inhibitor', (SELECT id FROM drug_class WHERE slug = 'cdk4-6-inhibitor'), 'TARGETED_THERAPY',
 'Ribociclib is a targeted tablet. It is taken with a hormone tablet called an aromatase inhibitor, such as letrozole. It may be an option as the first hormone treatment once breast cancer has spread. Before menopause, and in men, an injection to stop sex hormones is added.',
 'CDK4 and CDK6 are proteins that cancer cells need to divide. Ribociclib blocks them, so the cells grow more slowly. The hormone medicine cuts the oestrogen signal that feeds the cancer.',
 'Tablets taken by mouth',
 'Ribociclib is taken once a day for 3 weeks, then stopped for 1 week. This 4-week cycle repeats. The hormone tablet is taken every day. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'ribociclib-aromatase-inhibitor' AND d.name = 'ribociclib';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 2 FROM therapy t, drug d WHERE t.slug = 'ribociclib-aromatase-inhibitor' AND d.name = 'letrozole';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 3 FROM therapy t, drug d WHERE t.slug = 'ribociclib-aromatase-inhibitor' AND d.name = 'anastrozole';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 4 FROM therapy t, drug d WHERE t.slug = 'ribociclib-aromatase-inhibitor' AND d.name = 'exemestane';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'ribociclib-aromatase-inhibitor' AND s.code = 'fda-label-kisqali-2024';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'ribociclib-aromatase-inhibitor' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'ribociclib-aromatase-inhibitor' AND e.slug = 'infection';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'ribociclib-aromatase-inhibitor' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'ribociclib-aromatase-inhibitor' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'ribociclib-aromatase-inhibitor' AND e.slug = 'hair-loss';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'ribociclib-aromatase-inhibitor' AND e.slug = 'liver-problems';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'ribociclib-aromatase-inhibitor' AND e.slug = 'heart-rhythm-changes';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'ribociclib-ai-first', t.id, 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'FIRST',
 'As the first hormone treatment once the cancer has spread. Before menopause, and in men, an injection to stop sex hormones is added.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'ribociclib-aromatase-inhibitor';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'ribociclib-ai-first' AND s.code = 'fda-label-kisqali-2024';

-- ============ Ribociclib with fulvestrant ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'ribociclib-fulvestrant', 'Ribociclib with fulvestrant', (SELECT id FROM drug_class WHERE slug = 'cdk4-6-inhibitor'), 'TARGETED_THERAPY',
 'Ribociclib is a targeted tablet. Here it is given with fulvestrant, a hormone injection. It may be an option as the first hormone treatment once breast cancer has spread. It may also be used when other hormone therapy has stopped working.',
 'CDK4 and CDK6 are proteins that cancer cells need to divide. Ribociclib blocks them. Fulvestrant makes the cancer cells break down their oestrogen receptor.',
 'Tablets taken by mouth, plus injections into a muscle (buttocks)',
 'Ribociclib is taken once a day for 3 weeks, then not for 1 week. This 4-week cycle repeats. Fulvestrant is two injections on days 1, 15 and 29, then once a month. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'ribociclib-fulvestrant' AND d.name = 'ribociclib';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 2 FROM therapy t, drug d WHERE t.slug = 'ribociclib-fulvestrant' AND d.name = 'fulvestrant';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'ribociclib-fulvestrant' AND s.code = 'fda-label-kisqali-2024';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'ribociclib-fulvestrant' AND s.code = 'fda-label-faslodex';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'ribociclib-fulvestrant' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'ribociclib-fulvestrant' AND e.slug = 'infection';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'ribociclib-fulvestrant' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'ribociclib-fulvestrant' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'ribociclib-fulvestrant' AND e.slug = 'liver-problems';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'ribociclib-fulvestrant' AND e.slug = 'heart-rhythm-changes';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'ribociclib-fulvestrant-first', t.id, 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'FIRST',
 'As the first hormone treatment once the cancer has spread. Before menopause, and in men, an injection to stop sex hormones is added.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'ribociclib-fulvestrant';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'ribociclib-fulvestrant-first' AND s.code = 'fda-label-kisqali-2024';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'ribociclib-fulvestrant-later', t.id, 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
 'When the cancer has grown on or after other hormone therapy. Before menopause, and in men, an injection to stop sex hormones is added.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'ribociclib-fulvestrant';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'ribociclib-fulvestrant-later' AND s.code = 'fda-label-kisqali-2024';

-- ============ Palbociclib with an aromatase inhibitor ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'palbociclib-aromatase-inhibitor', 'Palbociclib with an aromatase inhibitor', (SELECT id FROM drug_class WHERE slug = 'cdk4-6-inhibitor'), 'TARGETED_THERAPY',
 'Palbociclib is a targeted medicine. It is taken with a hormone tablet called an aromatase inhibitor, such as letrozole. It may be an option as the first hormone treatment once breast cancer has spread.',
 'CDK4 and CDK6 are proteins that cancer cells need to divide. Palbociclib blocks them, so the cells grow more slowly. The hormone medicine cuts the oestrogen signal that feeds the cancer.',
 'Tablets or capsules taken by mouth',
 'Palbociclib is taken once a day for 3 weeks, then stopped for 1 week. This 4-week cycle repeats. The hormone tablet is taken every day. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'palbociclib-aromatase-inhibitor' AND d.name = 'palbociclib';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 2 FROM therapy t, drug d WHERE t.slug = 'palbociclib-aromatase-inhibitor' AND d.name = 'letrozole';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 3 FROM therapy t, drug d WHERE t.slug = 'palbociclib-aromatase-inhibitor' AND d.name = 'anastrozole';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 4 FROM therapy t, drug d WHERE t.slug = 'palbociclib-aromatase-inhibitor' AND d.name = 'exemestane';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'palbociclib-aromatase-inhibitor' AND s.code = 'fda-label-ibrance-2025';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'palbociclib-aromatase-inhibitor' AND s.code = 'fda-label-ibrance-2023';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'palbociclib-aromatase-inhibitor' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'palbociclib-aromatase-inhibitor' AND e.slug = 'infection';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'palbociclib-aromatase-inhibitor' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'palbociclib-aromatase-inhibitor' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'palbociclib-aromatase-inhibitor' AND e.slug = 'mouth-sores';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'palbociclib-aromatase-inhibitor' AND e.slug = 'hair-loss';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'palbociclib-aromatase-inhibitor' AND e.slug = 'lung-inflammation';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'palbociclib-ai-first', t.id, 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'FIRST',
 'As the first hormone treatment once the cancer has spread, in adults.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'palbociclib-aromatase-inhibitor';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'palbociclib-ai-first' AND s.code = 'fda-label-ibrance-2025';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'palbociclib-ai-first' AND s.code = 'fda-label-ibrance-2023';

-- ============ Palbociclib with fulvestrant ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'palbociclib-fulvestrant', 'Palbociclib with fulvestrant', (SELECT id FROM drug_class WHERE slug = 'cdk4-6-inhibitor'), 'TARGETED_THERAPY',
 'Palbociclib is a targeted medicine. Here it is given with fulvestrant, a hormone injection. It may be an option when breast cancer has spread and has grown after hormone therapy.',
 'CDK4 and CDK6 are proteins that cancer cells need to divide. Palbociclib blocks them. Fulvestrant makes the cancer cells break down their oestrogen receptor.',
 'Tablets or capsules taken by mouth, plus injections into a muscle (buttocks)',
 'Palbociclib is taken once a day for 3 weeks, then not for 1 week. This 4-week cycle repeats. Fulvestrant is two injections on days 1, 15 and 29, then once a month. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'palbociclib-fulvestrant' AND d.name = 'palbociclib';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 2 FROM therapy t, drug d WHERE t.slug = 'palbociclib-fulvestrant' AND d.name = 'fulvestrant';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'palbociclib-fulvestrant' AND s.code = 'fda-label-ibrance-2025';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'palbociclib-fulvestrant' AND s.code = 'fda-label-faslodex';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'palbociclib-fulvestrant' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'palbociclib-fulvestrant' AND e.slug = 'infection';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'palbociclib-fulvestrant' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'palbociclib-fulvestrant' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'palbociclib-fulvestrant' AND e.slug = 'mouth-sores';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'palbociclib-fulvestrant' AND e.slug = 'lung-inflammation';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'palbociclib-fulvestrant-later', t.id, 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
 'When the cancer has grown after other hormone therapy. Before menopause, an injection to stop sex hormones is added.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'palbociclib-fulvestrant';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'palbociclib-fulvestrant-later' AND s.code = 'fda-label-ibrance-2025';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'palbociclib-fulvestrant-later' AND s.code = 'fda-label-faslodex';

-- ============ Abemaciclib with an aromatase inhibitor ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'abemaciclib-aromatase-inhibitor', 'Abemaciclib with an aromatase inhibitor', (SELECT id FROM drug_class WHERE slug = 'cdk4-6-inhibitor'), 'TARGETED_THERAPY',
 'Abemaciclib is a targeted tablet. It is taken with a hormone tablet called an aromatase inhibitor, such as letrozole. It may be an option as the first hormone treatment once breast cancer has spread.',
 'CDK4 and CDK6 are proteins that cancer cells need to divide. Abemaciclib blocks them, so the cells grow more slowly. The hormone medicine cuts the oestrogen signal that feeds the cancer.',
 'Tablets taken by mouth',
 'Abemaciclib is taken twice a day, every day, with no break. The hormone tablet is taken once a day. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'abemaciclib-aromatase-inhibitor' AND d.name = 'abemaciclib';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 2 FROM therapy t, drug d WHERE t.slug = 'abemaciclib-aromatase-inhibitor' AND d.name = 'letrozole';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 3 FROM therapy t, drug d WHERE t.slug = 'abemaciclib-aromatase-inhibitor' AND d.name = 'anastrozole';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 4 FROM therapy t, drug d WHERE t.slug = 'abemaciclib-aromatase-inhibitor' AND d.name = 'exemestane';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'abemaciclib-aromatase-inhibitor' AND s.code = 'fda-label-verzenio-2025';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'abemaciclib-aromatase-inhibitor' AND e.slug = 'diarrhoea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'abemaciclib-aromatase-inhibitor' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'abemaciclib-aromatase-inhibitor' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'abemaciclib-aromatase-inhibitor' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'abemaciclib-aromatase-inhibitor' AND e.slug = 'infection';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'abemaciclib-aromatase-inhibitor' AND e.slug = 'liver-problems';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'abemaciclib-aromatase-inhibitor' AND e.slug = 'blood-clots';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'abemaciclib-ai-first', t.id, 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'FIRST',
 'As the first hormone treatment once the cancer has spread, in adults.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'abemaciclib-aromatase-inhibitor';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'abemaciclib-ai-first' AND s.code = 'fda-label-verzenio-2025';

-- ============ Abemaciclib with fulvestrant ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'abemaciclib-fulvestrant', 'Abemaciclib with fulvestrant', (SELECT id FROM drug_class WHERE slug = 'cdk4-6-inhibitor'), 'TARGETED_THERAPY',
 'Abemaciclib is a targeted tablet. Here it is given with fulvestrant, a hormone injection. It may be an option when breast cancer has spread and has grown after hormone therapy.',
 'CDK4 and CDK6 are proteins that cancer cells need to divide. Abemaciclib blocks them. Fulvestrant makes the cancer cells break down their oestrogen receptor.',
 'Tablets taken by mouth, plus injections into a muscle (buttocks)',
 'Abemaciclib is taken twice a day, every day, with no break. Fulvestrant is two injections on days 1, 15 and 29, then once a month. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'abemaciclib-fulvestrant' AND d.name = 'abemaciclib';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 2 FROM therapy t, drug d WHERE t.slug = 'abemaciclib-fulvestrant' AND d.name = 'fulvestrant';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'abemaciclib-fulvestrant' AND s.code = 'fda-label-verzenio-2025';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'abemaciclib-fulvestrant' AND s.code = 'fda-label-faslodex';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'abemaciclib-fulvestrant' AND e.slug = 'diarrhoea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'abemaciclib-fulvestrant' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'abemaciclib-fulvestrant' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'abemaciclib-fulvestrant' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'abemaciclib-fulvestrant' AND e.slug = 'liver-problems';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'abemaciclib-fulvestrant' AND e.slug = 'blood-clots';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'abemaciclib-fulvestrant-later', t.id, 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
 'When the cancer has grown after other hormone therapy, in adults.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'abemaciclib-fulvestrant';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'abemaciclib-fulvestrant-later' AND s.code = 'fda-label-verzenio-2025';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'abemaciclib-fulvestrant-later' AND s.code = 'fda-label-faslodex';

-- ============ Fulvestrant ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'fulvestrant', 'Fulvestrant', (SELECT id FROM drug_class WHERE slug = 'serd'), 'HORMONE_THERAPY',
 'Fulvestrant is a hormone therapy given as an injection. It may be an option after menopause when breast cancer has spread. It can be the first hormone treatment. It can also be used when other hormone therapy has stopped working.',
 'Fulvestrant sticks to the oestrogen receptor on cancer cells. The cells then break the receptor down. So oestrogen can no longer make the cancer grow.',
 'Injection into a muscle (two injections, one in each buttock)',
 'Two injections on days 1, 15 and 29, then once a month. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'fulvestrant' AND d.name = 'fulvestrant';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'fulvestrant' AND s.code = 'fda-label-faslodex';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'fulvestrant' AND e.slug = 'injection-site-reaction';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'fulvestrant' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'fulvestrant' AND e.slug = 'bone-pain';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'fulvestrant' AND e.slug = 'joint-pain';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'fulvestrant' AND e.slug = 'hot-flushes';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'fulvestrant' AND e.slug = 'liver-problems';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'fulvestrant-first', t.id, 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'POST', NULL, 'FIRST',
 'After menopause, when no hormone therapy has been given before.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'fulvestrant';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'fulvestrant-first' AND s.code = 'fda-label-faslodex';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'fulvestrant-later', t.id, 'POSITIVE', TRUE, TRUE, TRUE, TRUE, 'POST', NULL, 'LATER',
 'After menopause, when the cancer has grown after other hormone therapy.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'fulvestrant';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'fulvestrant-later' AND s.code = 'fda-label-faslodex';

-- ============ Elacestrant ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'elacestrant', 'Elacestrant', (SELECT id FROM drug_class WHERE slug = 'serd'), 'HORMONE_THERAPY',
 'Elacestrant is a hormone therapy taken as a tablet. It is for breast cancer that has spread and has a change in the ESR1 gene. It may be an option after at least one other hormone therapy. It is for people after menopause and for men.',
 'Elacestrant attaches to the oestrogen receptor and makes the cell break it down. It still works when the receptor has an ESR1 change.',
 'Tablets taken by mouth',
 'One tablet once a day with food. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'elacestrant' AND d.name = 'elacestrant';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'elacestrant' AND s.code = 'fda-label-orserdu';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'elacestrant' AND e.slug = 'bone-pain';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'elacestrant' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'elacestrant' AND e.slug = 'vomiting';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'elacestrant' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'elacestrant' AND e.slug = 'high-blood-fats';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'elacestrant' AND e.slug = 'loss-of-appetite';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'elacestrant' AND e.slug = 'liver-problems';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'elacestrant-esr1-later', t.id, 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'POST', NULL, 'LATER',
 'After at least one hormone therapy, when the cancer has an ESR1 change. After menopause and in men.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'elacestrant';
INSERT INTO indication_biomarker (indication_id, biomarker_id) SELECT i.id, m.id FROM indication i, biomarker m WHERE i.code = 'elacestrant-esr1-later' AND m.code = 'ESR1';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'elacestrant-esr1-later' AND s.code = 'fda-label-orserdu';

-- ============ Imlunestrant ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'imlunestrant', 'Imlunestrant', (SELECT id FROM drug_class WHERE slug = 'serd'), 'HORMONE_THERAPY',
 'Imlunestrant is a hormone therapy taken as a tablet. It is for advanced breast cancer with a change in the ESR1 gene. It may be an option for adults after at least one earlier hormone therapy.',
 'Imlunestrant sticks to the oestrogen receptor, blocks it and helps the cell break it down. It still works when the receptor has an ESR1 change.',
 'Tablets taken by mouth',
 'Two tablets once a day on an empty stomach. Take them 2 hours after food, or 1 hour before food. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'imlunestrant' AND d.name = 'imlunestrant';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'imlunestrant' AND s.code = 'fda-label-inluriyo-2025';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'imlunestrant' AND e.slug = 'low-red-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'imlunestrant' AND e.slug = 'bone-pain';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'imlunestrant' AND e.slug = 'low-calcium';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'imlunestrant' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'imlunestrant' AND e.slug = 'diarrhoea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'imlunestrant' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'imlunestrant' AND e.slug = 'liver-problems';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'imlunestrant-esr1-later', t.id, 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
 'After at least one hormone therapy, when the cancer has an ESR1 change. For adults.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'imlunestrant';
INSERT INTO indication_biomarker (indication_id, biomarker_id) SELECT i.id, m.id FROM indication i, biomarker m WHERE i.code = 'imlunestrant-esr1-later' AND m.code = 'ESR1';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'imlunestrant-esr1-later' AND s.code = 'fda-label-inluriyo-2025';

-- ============ Alpelisib with fulvestrant ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'alpelisib-fulvestrant', 'Alpelisib with fulvestrant', (SELECT id FROM drug_class WHERE slug = 'pi3k-inhibitor'), 'TARGETED_THERAPY',
 'Alpelisib is a targeted tablet. It is given with fulvestrant, a hormone injection. It is for breast cancer that has spread and has a change in the PIK3CA gene. It may be an option after hormone therapy, after menopause and in men.',
 'A PIK3CA change keeps a growth signal switched on. Alpelisib blocks this signal. Fulvestrant makes the cancer cells break down their oestrogen receptor.',
 'Tablets taken by mouth, plus injections into a muscle (buttocks)',
 'Alpelisib is taken once a day with food. Fulvestrant is two injections on days 1, 15 and 29, then once a month. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'alpelisib-fulvestrant' AND d.name = 'alpelisib';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 2 FROM therapy t, drug d WHERE t.slug = 'alpelisib-fulvestrant' AND d.name = 'fulvestrant';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'alpelisib-fulvestrant' AND s.code = 'fda-label-piqray-2020';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'alpelisib-fulvestrant' AND s.code = 'fda-label-piqray';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'alpelisib-fulvestrant' AND e.slug = 'high-blood-sugar';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'alpelisib-fulvestrant' AND e.slug = 'diarrhoea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'alpelisib-fulvestrant' AND e.slug = 'rash';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'alpelisib-fulvestrant' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'alpelisib-fulvestrant' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'alpelisib-fulvestrant' AND e.slug = 'loss-of-appetite';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'alpelisib-fulvestrant' AND e.slug = 'mouth-sores';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'alpelisib-fulvestrant-pik3ca-later', t.id, 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'POST', NULL, 'LATER',
 'When the cancer has a PIK3CA change and grew on or after hormone therapy. After menopause and in men.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'alpelisib-fulvestrant';
INSERT INTO indication_biomarker (indication_id, biomarker_id) SELECT i.id, m.id FROM indication i, biomarker m WHERE i.code = 'alpelisib-fulvestrant-pik3ca-later' AND m.code = 'PIK3CA';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'alpelisib-fulvestrant-pik3ca-later' AND s.code = 'fda-label-piqray-2020';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'alpelisib-fulvestrant-pik3ca-later' AND s.code = 'fda-label-piqray';

-- ============ Capivasertib with fulvestrant ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'capivasertib-fulvestrant', 'Capivasertib with fulvestrant', (SELECT id FROM drug_class WHERE slug = 'akt-inhibitor'), 'TARGETED_THERAPY',
 'Capivasertib is a targeted tablet given with fulvestrant, a hormone injection. It is for breast cancer that has spread and has a PIK3CA, AKT1 or PTEN gene change. It may be an option when the cancer has grown after hormone therapy.',
 'Changes in PIK3CA, AKT1 or PTEN keep a growth signal switched on. Capivasertib blocks AKT, a key part of this signal. Fulvestrant makes the cancer cells break down their oestrogen receptor.',
 'Tablets taken by mouth, plus injections into a muscle (buttocks)',
 'Capivasertib is taken twice a day for 4 days, then not for 3 days, every week. Fulvestrant is two injections on days 1, 15 and 29, then once a month. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'capivasertib-fulvestrant' AND d.name = 'capivasertib';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 2 FROM therapy t, drug d WHERE t.slug = 'capivasertib-fulvestrant' AND d.name = 'fulvestrant';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'capivasertib-fulvestrant' AND s.code = 'fda-label-truqap-2026';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'capivasertib-fulvestrant' AND s.code = 'esmo-news-fda-capivasertib-2023';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'capivasertib-fulvestrant' AND e.slug = 'diarrhoea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'capivasertib-fulvestrant' AND e.slug = 'rash';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'capivasertib-fulvestrant' AND e.slug = 'high-blood-sugar';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'capivasertib-fulvestrant' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'capivasertib-fulvestrant' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'capivasertib-fulvestrant' AND e.slug = 'vomiting';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'capivasertib-fulvestrant' AND e.slug = 'mouth-sores';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'capivasertib-fulvestrant-pik3ca-later', t.id, 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
 'When the cancer has a PIK3CA change and has grown on hormone therapy. Or when it came back within a year of hormone therapy after surgery.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'capivasertib-fulvestrant';
INSERT INTO indication_biomarker (indication_id, biomarker_id) SELECT i.id, m.id FROM indication i, biomarker m WHERE i.code = 'capivasertib-fulvestrant-pik3ca-later' AND m.code = 'PIK3CA';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'capivasertib-fulvestrant-pik3ca-later' AND s.code = 'fda-label-truqap-2026';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'capivasertib-fulvestrant-pik3ca-later' AND s.code = 'esmo-news-fda-capivasertib-2023';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'capivasertib-fulvestrant-akt1-later', t.id, 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
 'When the cancer has a AKT1 change and has grown on hormone therapy. Or when it came back within a year of hormone therapy after surgery.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'capivasertib-fulvestrant';
INSERT INTO indication_biomarker (indication_id, biomarker_id) SELECT i.id, m.id FROM indication i, biomarker m WHERE i.code = 'capivasertib-fulvestrant-akt1-later' AND m.code = 'AKT1';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'capivasertib-fulvestrant-akt1-later' AND s.code = 'fda-label-truqap-2026';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'capivasertib-fulvestrant-akt1-later' AND s.code = 'esmo-news-fda-capivasertib-2023';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'capivasertib-fulvestrant-pten-later', t.id, 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
 'When the cancer has a PTEN change and has grown on hormone therapy. Or when it came back within a year of hormone therapy after surgery.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'capivasertib-fulvestrant';
INSERT INTO indication_biomarker (indication_id, biomarker_id) SELECT i.id, m.id FROM indication i, biomarker m WHERE i.code = 'capivasertib-fulvestrant-pten-later' AND m.code = 'PTEN';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'capivasertib-fulvestrant-pten-later' AND s.code = 'fda-label-truqap-2026';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'capivasertib-fulvestrant-pten-later' AND s.code = 'esmo-news-fda-capivasertib-2023';

-- ============ Inavolisib with palbociclib and fulvestrant ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'inavolisib-palbociclib-fulvestrant', 'Inavolisib with palbociclib and fulvestrant', (SELECT id FROM drug_class WHERE slug = 'pi3k-inhibitor'), 'TARGETED_THERAPY',
 'Inavolisib is a targeted tablet given with palbociclib and fulvestrant. It is for breast cancer that has spread and has a PIK3CA gene change. It may be an option if the cancer came back during or soon after hormone therapy given after surgery.',
 'A PIK3CA change keeps a growth signal switched on. Inavolisib blocks it. Palbociclib stops the cells dividing, and fulvestrant makes them break down their oestrogen receptor.',
 'Tablets taken by mouth, plus injections into a muscle (buttocks)',
 'Inavolisib is taken once a day. Palbociclib is taken once a day for 3 weeks, then stopped for 1 week. Fulvestrant is two injections on days 1, 15 and 29, then once a month. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'inavolisib-palbociclib-fulvestrant' AND d.name = 'inavolisib';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 2 FROM therapy t, drug d WHERE t.slug = 'inavolisib-palbociclib-fulvestrant' AND d.name = 'palbociclib';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 3 FROM therapy t, drug d WHERE t.slug = 'inavolisib-palbociclib-fulvestrant' AND d.name = 'fulvestrant';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'inavolisib-palbociclib-fulvestrant' AND s.code = 'fda-label-itovebi-2026';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'inavolisib-palbociclib-fulvestrant' AND s.code = 'fda-label-ibrance-2025';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'inavolisib-palbociclib-fulvestrant' AND e.slug = 'high-blood-sugar';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'inavolisib-palbociclib-fulvestrant' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'inavolisib-palbociclib-fulvestrant' AND e.slug = 'mouth-sores';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'inavolisib-palbociclib-fulvestrant' AND e.slug = 'diarrhoea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'inavolisib-palbociclib-fulvestrant' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'inavolisib-palbociclib-fulvestrant' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'inavolisib-palbociclib-fulvestrant' AND e.slug = 'low-platelets';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'inavolisib-palbociclib-fulvestrant-pik3ca-later', t.id, 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
 'When the cancer has a PIK3CA change. And it came back during, or soon after, hormone therapy that followed surgery.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'inavolisib-palbociclib-fulvestrant';
INSERT INTO indication_biomarker (indication_id, biomarker_id) SELECT i.id, m.id FROM indication i, biomarker m WHERE i.code = 'inavolisib-palbociclib-fulvestrant-pik3ca-later' AND m.code = 'PIK3CA';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'inavolisib-palbociclib-fulvestrant-pik3ca-later' AND s.code = 'fda-label-itovebi-2026';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'inavolisib-palbociclib-fulvestrant-pik3ca-later' AND s.code = 'fda-label-ibrance-2025';

-- ============ Everolimus with exemestane ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'everolimus-exemestane', 'Everolimus with exemestane', (SELECT id FROM drug_class WHERE slug = 'mtor-inhibitor'), 'TARGETED_THERAPY',
 'Everolimus is a targeted tablet. It is taken with exemestane, a hormone tablet. It may be an option after menopause. It is used when breast cancer has grown on other hormone tablets, letrozole or anastrozole.',
 'mTOR is a protein in a growth signal. It can help cancer resist hormone therapy. Everolimus blocks mTOR, and exemestane lowers oestrogen in the body.',
 'Tablets taken by mouth',
 'Both tablets are taken once a day, every day. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'everolimus-exemestane' AND d.name = 'everolimus';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 2 FROM therapy t, drug d WHERE t.slug = 'everolimus-exemestane' AND d.name = 'exemestane';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'everolimus-exemestane' AND s.code = 'fda-label-afinitor';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'everolimus-exemestane' AND e.slug = 'mouth-sores';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'everolimus-exemestane' AND e.slug = 'lung-inflammation';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'everolimus-exemestane' AND e.slug = 'infection';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'everolimus-exemestane' AND e.slug = 'rash';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'everolimus-exemestane' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'everolimus-exemestane' AND e.slug = 'diarrhoea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'everolimus-exemestane' AND e.slug = 'high-blood-sugar';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'everolimus-exemestane-later', t.id, 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'POST', NULL, 'LATER',
 'After menopause, when the cancer has grown after letrozole or anastrozole.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'everolimus-exemestane';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'everolimus-exemestane-later' AND s.code = 'fda-label-afinitor';
