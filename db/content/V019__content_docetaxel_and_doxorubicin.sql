-- Content: metastatic breast cancer - chemotherapy, part 3 (single drugs).
-- Covers: docetaxel on its own (US label: after earlier chemotherapy has failed) and doxorubicin on its own
-- (US label lists metastatic breast cancer).
-- Not included (see docs/research/chemo-3.md): epirubicin (US label is adjuvant only; no ESMO/NCCN text found),
-- pegylated liposomal doxorubicin (EU-only use; no breast side-effect rates seen), vinorelbine (US label is lung
-- cancer only; no ESMO/NCCN/ASCO text found), carboplatin (the ASCO guideline found does not name it), and the
-- rate of docetaxel drip reactions (only the severe rate was seen). No approval rows: no exact FDA decision date
-- was found for docetaxel (May 1996) or doxorubicin (1974).
-- Reviewed on 2026-11-23. Rates were taken from the FDA labels; third-party copies were not kept as sources.
-- Sources (all URLs were returned by the search tool):
--   Docetaxel label (openFDA, updated 2026-09-18)         https://api.fda.gov/drug/label.json?search=set_id%3A%2281686d37-a13f-46e2-b439-a84eb1433634%22
--   Docetaxel label, Cipla (fda.report copy, rev. 11/2019) https://fda.report/DailyMed/230104b9-368f-453f-b1eb-c69cfbcad7ad
--   Doxorubicin label (openFDA, updated 2026-09-18)        https://api.fda.gov/drug/label.json?search=set_id%3A%225f71f79a-4f14-472d-b982-e28c3ce8f972%22
--   Doxorubicin label, Pfizer (DailyMed, updated 2025-03-31) https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=d31d7f58-66d0-4826-b6b5-5914c031965f&version=1
--   Doxorubicin highlights, Pfizer                         https://pfizermedicalinformation.com/doxorubicin/highlights
--   Doxorubicin adverse reactions, Pfizer (Table 2)        https://www.pfizermedicalinformation.hn/en-us/doxorubicin/adverse-reactions
-- Portable SQL for H2 2.x and PostgreSQL: rows are looked up by stable keys, shared rows are guarded.

-- ============ Sources ============
-- checked 2026-11-23: current docetaxel label record (last_updated 2026-09-18); boxed warning: toxic deaths, liver toxicity, neutropenia, hypersensitivity reactions and fluid retention
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-docetaxel-2026', 'https://api.fda.gov/drug/label.json?search=set_id%3A%2281686d37-a13f-46e2-b439-a84eb1433634%22', 'Docetaxel Injection: US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2026-09-18' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-docetaxel-2026');
-- checked 2026-11-23: docetaxel label highlights (revised 11/2019, day not shown): IV over 1 hour every 3 weeks; premedicate with oral corticosteroids; most common adverse reactions across all indications include infections, neutropenia, anaemia, hypersensitivity, neuropathy, fluid retention, asthenia, nausea, alopecia
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-report-docetaxel-cipla-2019', 'https://fda.report/DailyMed/230104b9-368f-453f-b1eb-c69cfbcad7ad', 'Docetaxel injection (Cipla): US prescribing information, revised November 2019 (copy of the DailyMed label)', 'FDA.report (copy of U.S. Food and Drug Administration labeling)', DATE '2019-11-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-report-docetaxel-cipla-2019');
-- checked 2026-11-23: current doxorubicin label record (last_updated 2026-09-18); boxed warning: cardiomyopathy 1% to 20% at cumulative doses of 300 to 500 mg/m2 every 3 weeks, secondary AML/MDS, extravasation, severe myelosuppression
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-doxorubicin-2026', 'https://api.fda.gov/drug/label.json?search=set_id%3A%225f71f79a-4f14-472d-b982-e28c3ce8f972%22', 'Doxorubicin Hydrochloride for Injection: US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2026-09-18' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-doxorubicin-2026');
-- checked 2026-11-23: Pfizer doxorubicin label on DailyMed (updated 2025-03-31): boxed warning on cardiomyopathy (1% to 20% at 300 to 500 mg/m2), secondary AML/MDS, extravasation and severe myelosuppression
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'dailymed-doxorubicin-pfizer-2025', 'https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=d31d7f58-66d0-4826-b6b5-5914c031965f&version=1', 'DOXORUBICIN HYDROCHLORIDE injection (Pfizer): US prescribing information on DailyMed', 'U.S. National Library of Medicine (DailyMed)', DATE '2025-03-31' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'dailymed-doxorubicin-pfizer-2025');
-- checked 2026-11-23: Pfizer doxorubicin highlights: initial US approval 1974; indicated in adjuvant breast cancer and for the treatment of metastatic breast cancer (among other cancers); the page shows no date, so the date of the Pfizer DailyMed label is used
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'pfizer-doxorubicin-highlights', 'https://pfizermedicalinformation.com/doxorubicin/highlights', 'DOXORUBICIN (doxorubicin hydrochloride) injection: highlights of prescribing information', 'Pfizer Medical Information', DATE '2025-03-31' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'pfizer-doxorubicin-highlights');
-- checked 2026-11-23: Pfizer doxorubicin label section 6, Table 2 (doxorubicin with cyclophosphamide, n=1492): alopecia 92%, vomiting 34% to 37%, grade 3 leukopenia 3.4%, shock or sepsis 2%, systemic infection 2%, symptomatic heart dysfunction 0.1%; the page shows no date, so the date of the Pfizer DailyMed label is used
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'pfizer-doxorubicin-adverse-reactions', 'https://www.pfizermedicalinformation.hn/en-us/doxorubicin/adverse-reactions', 'DOXORUBICIN (doxorubicin hydrochloride): adverse reactions (label section 6)', 'Pfizer Medical Information', DATE '2025-03-31' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'pfizer-doxorubicin-adverse-reactions');

-- ============ Drugs and brand names (guarded) ============
INSERT INTO drug (name) SELECT 'docetaxel' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'docetaxel');
INSERT INTO drug (name) SELECT 'doxorubicin' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'doxorubicin');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Taxotere' FROM drug d WHERE d.name = 'docetaxel' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Taxotere');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Adriamycin' FROM drug d WHERE d.name = 'doxorubicin' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Adriamycin');

-- ============ Docetaxel on its own ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'docetaxel', 'Docetaxel', (SELECT id FROM drug_class WHERE slug = 'chemotherapy'), 'CHEMOTHERAPY',
 'Docetaxel is a chemotherapy drug called a taxane. It may be used on its own when breast cancer has spread. It is for cancer that grew after other chemotherapy.',
 'This drug locks the thin threads that a cell uses to split in two. The cancer cell cannot divide, so it dies.',
 'Drip into a vein (infusion) over 1 hour',
 'One drip every 3 weeks. You take steroid tablets for a few days around each drip. They lower the risk of an allergic reaction and of fluid build-up. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'docetaxel' AND d.name = 'docetaxel';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'docetaxel' AND s.code = 'fda-label-docetaxel-2026';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'docetaxel' AND s.code = 'fda-report-docetaxel-cipla-2019';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'docetaxel' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'docetaxel' AND e.slug = 'low-red-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'docetaxel' AND e.slug = 'swelling';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'docetaxel' AND e.slug = 'fatigue';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'docetaxel-later', t.id, 'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
 'On its own, when the cancer has spread or grown nearby. It is used after other chemotherapy has stopped working.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'docetaxel';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'docetaxel-later' AND s.code = 'fda-label-docetaxel-2026';
-- (No approval row: FDA approval for breast cancer was in May 1996, but no source gave the exact day.)

-- ============ Doxorubicin on its own ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'doxorubicin', 'Doxorubicin', (SELECT id FROM drug_class WHERE slug = 'chemotherapy'), 'CHEMOTHERAPY',
 'Doxorubicin is a chemotherapy drug called an anthracycline. It may be used when breast cancer has spread. It can harm the heart. So there is a limit on the total dose.',
 'This drug gets in between the two strands of DNA in a cell. It also blocks a protein the cell needs to copy its DNA. The cancer cell cannot divide, so it dies.',
 'Injection into a vein, through a drip line',
 'On its own, it is most often given once every 3 weeks. There is a limit on how much a person can have in their life. This is because of the risk to the heart. Your heart is checked before, during and after treatment.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'doxorubicin' AND d.name = 'doxorubicin';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'doxorubicin' AND s.code = 'fda-label-doxorubicin-2026';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'doxorubicin' AND s.code = 'dailymed-doxorubicin-pfizer-2025';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'doxorubicin' AND s.code = 'pfizer-doxorubicin-highlights';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'doxorubicin' AND s.code = 'pfizer-doxorubicin-adverse-reactions';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'doxorubicin' AND e.slug = 'heart-problems';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'doxorubicin' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'doxorubicin' AND e.slug = 'infection';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'doxorubicin' AND e.slug = 'hair-loss';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'doxorubicin' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'doxorubicin' AND e.slug = 'vomiting';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'doxorubicin' AND e.slug = 'mouth-sores';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'doxorubicin-any', t.id, 'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', NULL, 'ANY',
 'For breast cancer that has spread. The label does not limit it to one type of breast cancer. It does not say at what point in treatment it is used.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'doxorubicin';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'doxorubicin-any' AND s.code = 'pfizer-doxorubicin-highlights';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'doxorubicin-any' AND s.code = 'dailymed-doxorubicin-pfizer-2025';
-- (No approval row: the label gives only the year of first US approval, 1974, not the date.)

