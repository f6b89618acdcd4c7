-- Content: metastatic breast cancer - more therapies (second round).
-- Covers: tamoxifen alone; an aromatase inhibitor alone (letrozole, anastrozole, exemestane);
-- ovarian suppression with goserelin; gemcitabine with paclitaxel. With US approval rows.
-- Not included (see docs/research/more-therapies.md): vepdegestrant (FDA approval 2026-05-01 confirmed,
-- but the label's adverse reactions could not be read, and every therapy needs side effects), leuprorelin,
-- docetaxel, nab-paclitaxel, doxorubicin, epirubicin, vinorelbine, carboplatin, ixabepilone,
-- pegylated liposomal doxorubicin (not confirmed in the time available).
-- Reviewed on 2026-11-23 by the more-therapies research helper.
-- Sources (all URLs were returned by the search tool):
--   Tamoxifen tablets label (openFDA, updated 2026-09-25)  https://api.fda.gov/drug/label.json?search=set_id%3A%22509f8ba3-214d-aec8-e063-6294a90af498%22
--   Tamoxifen indications (label summary)                  https://www.cancertherapyadvisor.com/drug/tamoxifen/
--   Femara (letrozole) label (openFDA, updated 2026-10-21) https://api.fda.gov/drug/label.json?search=id%3A%2228456311-e797-457f-8a9e-54dca5a7a336%22
--   Anastrozole label (openFDA, updated 2026-09-18)        https://api.fda.gov/drug/label.json?search=set_id%3A%22ca16f8de-d9a5-4c6c-957b-ae28497b67ac%22
--   Aromasin (exemestane) label (openFDA, 2026-10-21)      https://api.fda.gov/drug/label.json?search=id%3A%22aacc35a2-0e82-4ba7-bec1-297802d4fa44%22
--   Zoladex 3.6 mg label (openFDA, updated 2026-06-02)     https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Goserelin%22
--   Goserelin monograph (ASHP via Drugs.com, 2024-01-01)   https://www.drugs.com./monograph/goserelin.html?references=1
--   Gemcitabine label (openFDA, updated 2026-09-23)        https://api.fda.gov/drug/label.json?search=set_id%3A%22d80176fe-3e8b-48be-87c2-9c603013b3fa%22

-- ============ Sources ============
-- checked 2026-11-23: tamoxifen tablets US label (boxed warning: womb cancer, stroke, lung clots); date = openFDA last_updated
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-tamoxifen-2026', 'https://api.fda.gov/drug/label.json?search=set_id%3A%22509f8ba3-214d-aec8-e063-6294a90af498%22', 'Tamoxifen citrate tablets: US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2026-09-25' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-tamoxifen-2026');
-- checked 2026-11-23: tamoxifen US indication "treatment of metastatic breast cancer in men and women" (summary of the US label); the page shows no date, so the date of the openFDA tamoxifen record is used
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'cancertherapyadvisor-tamoxifen', 'https://www.cancertherapyadvisor.com/drug/tamoxifen/', 'Tamoxifen: indications, dosage and warnings (Cancer Therapy Advisor drug summary of the US label)', 'Cancer Therapy Advisor', DATE '2026-09-25' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'cancertherapyadvisor-tamoxifen');
-- checked 2026-11-23: Femara indication 1.3 "first and second-line treatment of postmenopausal women with hormone receptor positive or unknown advanced breast cancer"; date = openFDA last_updated
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-femara-2026', 'https://api.fda.gov/drug/label.json?search=id%3A%2228456311-e797-457f-8a9e-54dca5a7a336%22', 'FEMARA (letrozole) tablets: US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2026-10-21' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-femara-2026');
-- checked 2026-11-23: anastrozole indications 1.2 first-line (HR-positive or unknown, postmenopausal) and 1.3 after tamoxifen; date = openFDA last_updated
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-anastrozole-2026', 'https://api.fda.gov/drug/label.json?search=set_id%3A%22ca16f8de-d9a5-4c6c-957b-ae28497b67ac%22', 'Anastrozole tablets: US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2026-09-18' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-anastrozole-2026');
-- checked 2026-11-23: Aromasin indication "advanced breast cancer in postmenopausal women whose disease has progressed following tamoxifen therapy"; date = openFDA last_updated
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-aromasin-2026', 'https://api.fda.gov/drug/label.json?search=id%3A%22aacc35a2-0e82-4ba7-bec1-297802d4fa44%22', 'AROMASIN (exemestane) tablets: US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2026-10-21' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-aromasin-2026');
-- checked 2026-11-23: Zoladex 3.6 mg US label (goserelin; prostate, endometriosis and breast uses; warnings changed 9/2025); the breast wording was cut off in the excerpt, see the monograph below; date = openFDA last_updated
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-zoladex-2026', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Goserelin%22', 'ZOLADEX (goserelin implant) 3.6 mg: US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2026-06-02' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-zoladex-2026');
-- checked 2026-11-23: goserelin US use "palliative treatment of advanced breast cancer in premenopausal and perimenopausal women" (ASHP monograph, reviewed 2024-01-01)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'drugs-com-goserelin-monograph-2024', 'https://www.drugs.com./monograph/goserelin.html?references=1', 'Goserelin (monograph), American Society of Health-System Pharmacists via Drugs.com', 'Drugs.com (ASHP)', DATE '2024-01-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'drugs-com-goserelin-monograph-2024');
-- checked 2026-11-23: gemcitabine indication 1.2 "in combination with paclitaxel, for first-line treatment of metastatic breast cancer after failure of prior anthracycline-containing adjuvant chemotherapy, unless anthracyclines were clinically contraindicated"; date = openFDA last_updated
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-gemcitabine-2026', 'https://api.fda.gov/drug/label.json?search=set_id%3A%22d80176fe-3e8b-48be-87c2-9c603013b3fa%22', 'Gemcitabine injection: US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2026-09-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-gemcitabine-2026');

-- ============ Drugs and brand names (guarded) ============
INSERT INTO drug (name) SELECT 'tamoxifen' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'tamoxifen');
INSERT INTO drug (name) SELECT 'goserelin' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'goserelin');
INSERT INTO drug (name) SELECT 'letrozole' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'letrozole');
INSERT INTO drug (name) SELECT 'anastrozole' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'anastrozole');
INSERT INTO drug (name) SELECT 'exemestane' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'exemestane');
INSERT INTO drug (name) SELECT 'gemcitabine' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'gemcitabine');
INSERT INTO drug (name) SELECT 'paclitaxel' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'paclitaxel');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Soltamox' FROM drug d WHERE d.name = 'tamoxifen' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Soltamox');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Nolvadex' FROM drug d WHERE d.name = 'tamoxifen' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Nolvadex');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Zoladex' FROM drug d WHERE d.name = 'goserelin' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Zoladex');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Femara' FROM drug d WHERE d.name = 'letrozole' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Femara');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Arimidex' FROM drug d WHERE d.name = 'anastrozole' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Arimidex');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Aromasin' FROM drug d WHERE d.name = 'exemestane' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Aromasin');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Gemzar' FROM drug d WHERE d.name = 'gemcitabine' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Gemzar');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Taxol' FROM drug d WHERE d.name = 'paclitaxel' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Taxol');

-- ============ New drug classes and side effect (none in V002 fits; guarded) ============
INSERT INTO drug_class (slug, name, summary) SELECT 'serm', 'Oestrogen receptor blockers (SERMs)', 'Tablets that sit on the oestrogen receptor of cancer cells. This stops oestrogen from making the cells grow. They work before and after menopause.' WHERE NOT EXISTS (SELECT 1 FROM drug_class WHERE slug = 'serm');
INSERT INTO drug_class (slug, name, summary) SELECT 'ovarian-suppression', 'Ovarian suppression', 'Medicines that stop the ovaries from making oestrogen for as long as they are used. This brings on a temporary menopause.' WHERE NOT EXISTS (SELECT 1 FROM drug_class WHERE slug = 'ovarian-suppression');
INSERT INTO side_effect (slug, name, explanation) SELECT 'womb-changes', 'Changes in the womb lining, including womb cancer', 'The lining of the womb can thicken. Rarely, a cancer of the womb can start. Tell your team about any bleeding from the vagina, or pain low in the tummy.' WHERE NOT EXISTS (SELECT 1 FROM side_effect WHERE slug = 'womb-changes');


-- ============ Tamoxifen ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'tamoxifen', 'Tamoxifen', (SELECT id FROM drug_class WHERE slug = 'serm'), 'HORMONE_THERAPY',
 'Tamoxifen is a hormone therapy taken as a tablet. It may be used when breast cancer has spread. It can be used by women before or after menopause. It can also be used by men.',
 'Tamoxifen sits on the oestrogen receptor of the cancer cells. This blocks oestrogen, so it cannot make the cancer grow.',
 'Tablets taken by mouth (a liquid is also made)',
 'Tablets once or twice a day, every day. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'tamoxifen' AND d.name = 'tamoxifen';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'tamoxifen' AND s.code = 'fda-label-tamoxifen-2026';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'tamoxifen' AND s.code = 'cancertherapyadvisor-tamoxifen';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'tamoxifen' AND e.slug = 'hot-flushes';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'tamoxifen' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'UNCOMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'tamoxifen' AND e.slug = 'blood-clots';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'UNCOMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'tamoxifen' AND e.slug = 'womb-changes';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'tamoxifen-metastatic-any', t.id, 'POSITIVE', TRUE, TRUE, TRUE, TRUE, 'ANY', NULL, 'ANY',
 'For breast cancer that has spread, in women and in men. It works best when the cancer has oestrogen receptors.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'tamoxifen';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'tamoxifen-metastatic-any' AND s.code = 'cancertherapyadvisor-tamoxifen';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'tamoxifen-metastatic-any' AND s.code = 'fda-label-tamoxifen-2026';
-- (An approval row was left out: only the 2026 label date was found, not the first approval date.)

-- ============ Aromatase inhibitor alone (letrozole, anastrozole, exemestane) ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'aromatase-inhibitor', 'An aromatase inhibitor on its own', (SELECT id FROM drug_class WHERE slug = 'aromatase-inhibitor'), 'HORMONE_THERAPY',
 'This is a hormone tablet for people after menopause. There are three drugs of this type. Two may be used as the first hormone treatment. All three may be used after tamoxifen stops working.',
 'After menopause, the body still makes a little oestrogen in fat and muscle. These drugs block the enzyme that makes it. With less oestrogen, the cancer may grow more slowly.',
 'Tablets taken by mouth',
 'One tablet a day. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'aromatase-inhibitor' AND d.name = 'letrozole';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 2 FROM therapy t, drug d WHERE t.slug = 'aromatase-inhibitor' AND d.name = 'anastrozole';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 3 FROM therapy t, drug d WHERE t.slug = 'aromatase-inhibitor' AND d.name = 'exemestane';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'aromatase-inhibitor' AND s.code = 'fda-label-femara-2026';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'aromatase-inhibitor' AND s.code = 'fda-label-anastrozole-2026';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'aromatase-inhibitor' AND s.code = 'fda-label-aromasin-2026';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'aromatase-inhibitor' AND e.slug = 'hot-flushes';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'aromatase-inhibitor' AND e.slug = 'joint-pain';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'aromatase-inhibitor' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'aromatase-inhibitor' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'aromatase-inhibitor' AND e.slug = 'high-blood-fats';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'aromatase-inhibitor-first', t.id, 'POSITIVE', TRUE, TRUE, TRUE, TRUE, 'POST', NULL, 'FIRST',
 'Letrozole or anastrozole, as the first treatment for cancer that has spread, in women after menopause. It is for hormone receptor-positive cancer, or when the receptor result is not known.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'aromatase-inhibitor';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'aromatase-inhibitor-first' AND s.code = 'fda-label-femara-2026';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'aromatase-inhibitor-first' AND s.code = 'fda-label-anastrozole-2026';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'aromatase-inhibitor-after-tamoxifen', t.id, 'POSITIVE', TRUE, TRUE, TRUE, TRUE, 'POST', NULL, 'LATER',
 'Letrozole, anastrozole or exemestane, in women after menopause, when the cancer has grown after tamoxifen.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'aromatase-inhibitor';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'aromatase-inhibitor-after-tamoxifen' AND s.code = 'fda-label-femara-2026';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'aromatase-inhibitor-after-tamoxifen' AND s.code = 'fda-label-anastrozole-2026';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'aromatase-inhibitor-after-tamoxifen' AND s.code = 'fda-label-aromasin-2026';
-- (An approval row was left out: only the 2026 label date was found, not the first approval date.)

-- ============ Ovarian suppression (goserelin) ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'ovarian-suppression', 'Ovarian suppression with goserelin', (SELECT id FROM drug_class WHERE slug = 'ovarian-suppression'), 'HORMONE_THERAPY',
 'Goserelin is a hormone therapy given as a small implant. It is for women who have not yet been through menopause. It stops the ovaries making oestrogen. It may be used when breast cancer has spread.',
 'Goserelin acts on a gland in the brain that controls the ovaries. The ovaries then stop making oestrogen. This brings on a temporary menopause, so there is less oestrogen to feed the cancer.',
 'Small implant put under the skin of the tummy with a needle',
 'One implant every 4 weeks. It is often given with another hormone tablet. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'ovarian-suppression' AND d.name = 'goserelin';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'ovarian-suppression' AND s.code = 'fda-label-zoladex-2026';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'ovarian-suppression' AND s.code = 'drugs-com-goserelin-monograph-2024';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'ovarian-suppression' AND e.slug = 'hot-flushes';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'ovarian-suppression' AND e.slug = 'headache';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'ovarian-suppression' AND e.slug = 'injection-site-reaction';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'ovarian-suppression-goserelin-pre', t.id, 'POSITIVE', TRUE, TRUE, TRUE, TRUE, 'PRE', NULL, 'ANY',
 'For advanced breast cancer in women who have not been through menopause, or are going through it. It is used to control the cancer, not to cure it.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'ovarian-suppression';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'ovarian-suppression-goserelin-pre' AND s.code = 'drugs-com-goserelin-monograph-2024';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'ovarian-suppression-goserelin-pre' AND s.code = 'fda-label-zoladex-2026';
-- (An approval row was left out: only the 2026 label date was found, not the first approval date.)

-- ============ Gemcitabine with paclitaxel ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'gemcitabine-paclitaxel', 'Gemcitabine with paclitaxel', (SELECT id FROM drug_class WHERE slug = 'chemotherapy'), 'CHEMOTHERAPY',
 'These are two chemotherapy drugs given together. They may be the first chemotherapy for cancer that has spread. They are for people who had another type of chemotherapy after surgery.',
 'Gemcitabine stops cancer cells from making new DNA. Paclitaxel locks the threads that help a cell divide. Together they stop the cancer cells from dividing, so they die.',
 'Drip into a vein (infusion)',
 'Both drugs on day 1 of a 3-week cycle, and gemcitabine again on day 8. The cycle repeats for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'gemcitabine-paclitaxel' AND d.name = 'gemcitabine';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 2 FROM therapy t, drug d WHERE t.slug = 'gemcitabine-paclitaxel' AND d.name = 'paclitaxel';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'gemcitabine-paclitaxel' AND s.code = 'fda-label-gemcitabine-2026';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'gemcitabine-paclitaxel' AND s.code = 'fda-label-paclitaxel';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'gemcitabine-paclitaxel' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'gemcitabine-paclitaxel' AND e.slug = 'low-red-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'gemcitabine-paclitaxel' AND e.slug = 'low-platelets';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'gemcitabine-paclitaxel' AND e.slug = 'liver-problems';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'gemcitabine-paclitaxel-first', t.id, 'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', NULL, 'FIRST',
 'As the first chemotherapy for cancer that has spread. Chemotherapy after surgery should have included an anthracycline, unless it was not suitable.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'gemcitabine-paclitaxel';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'gemcitabine-paclitaxel-first' AND s.code = 'fda-label-gemcitabine-2026';
-- (An approval row was left out: only the 2026 label date was found, not the first approval date.)
