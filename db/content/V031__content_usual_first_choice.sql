-- The usual first choice first, with the guideline that says so (reviewed 2026-12-06). ASCO's guidelines are read
-- on ASCO's own sites (ascopubs.org, the Journal of Clinical Oncology; ace.asco.org). Only what a guideline says is
-- set: everything else stays OTHER and is ordered after the preferred options and the test-matched ones.
-- Portable SQL (H2 2.x and PostgreSQL).

-- checked 2026-12-06: ASCO guideline update (Burstein et al., JCO 2021;39:3959): a non-steroidal aromatase inhibitor with a CDK4/6 inhibitor should be offered as first treatment for HR-positive, HER2-negative metastatic cancer (women after menopause; before menopause with ovarian suppression; men); later lines by biomarker (alpelisib for PIK3CA, olaparib or talazoparib for germline BRCA)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'asco-hr-positive-mbc-2021', 'https://ascopubs.org/doi/10.1200/JCO.21.01392', 'Endocrine treatment and targeted therapy for hormone receptor-positive, HER2-negative metastatic breast cancer: ASCO guideline update', 'American Society of Clinical Oncology', DATE '2021-07-29' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'asco-hr-positive-mbc-2021');
-- checked 2026-12-06: ASCO guideline update (Giordano et al., JCO 2022;40:2612): HER2-targeted combinations first; trastuzumab, pertuzumab and a taxane as first treatment; endocrine therapy alone only for highly selected ER-positive, HER2-positive patients; trastuzumab deruxtecan as second treatment
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'asco-her2-positive-mbc-2022', 'https://ascopubs.org/doi/10.1200/JCO.22.00519', 'Systemic therapy for advanced HER2-positive breast cancer: ASCO guideline update', 'American Society of Clinical Oncology', DATE '2022-05-31' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'asco-her2-positive-mbc-2022');
-- checked 2026-12-06: ASCO guideline on chemotherapy and targeted therapy for HER2-negative metastatic cancer that is endocrine-pretreated or HR-negative (2021, rapid updates 2022 and 2023): immune checkpoint inhibitor with chemotherapy first for PD-L1-positive triple-negative cancer; single-agent rather than combination chemotherapy, combinations only for symptomatic or life-threatening disease; trastuzumab deruxtecan for HER2-low after chemotherapy
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'asco-her2-negative-chemo-2021', 'https://ace.asco.org/guidelines/9781', 'Chemotherapy and targeted therapy for HER2-negative metastatic breast cancer that is endocrine-pretreated or hormone receptor-negative: ASCO guideline (with 2022 and 2023 rapid updates)', 'American Society of Clinical Oncology', DATE '2023-07-19' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'asco-her2-negative-chemo-2021');

-- ============ Usually offered first ============
UPDATE indication SET preference = 'PREFERRED', preference_source_id = (SELECT id FROM source WHERE code = 'asco-hr-positive-mbc-2021'), reviewed_on = DATE '2026-12-06'
WHERE code IN ('ribociclib-ai-first', 'palbociclib-ai-first', 'abemaciclib-ai-first');
UPDATE indication SET preference = 'PREFERRED', preference_source_id = (SELECT id FROM source WHERE code = 'asco-her2-positive-mbc-2022'), reviewed_on = DATE '2026-12-06'
WHERE code IN ('pertuzumab-trastuzumab-docetaxel-her2pos-first', 'trastuzumab-deruxtecan-her2pos-later');
UPDATE indication SET preference = 'PREFERRED', preference_source_id = (SELECT id FROM source WHERE code = 'asco-her2-negative-chemo-2021'), reviewed_on = DATE '2026-12-06'
WHERE code IN ('pembrolizumab-chemotherapy-pd-l1-first', 'trastuzumab-deruxtecan-her2low-after-chemo');

-- ============ For some people only ============
-- Combination chemotherapy first: for symptomatic or life-threatening disease; single drugs are usual.
UPDATE indication SET preference = 'SOME_PEOPLE', preference_source_id = (SELECT id FROM source WHERE code = 'asco-her2-negative-chemo-2021'), reviewed_on = DATE '2026-12-06',
 conditions = 'As the first chemo for cancer that has spread. It is mostly for cancer that grows fast or causes many symptoms. Chemo after surgery should have included an anthracycline, unless it was not suitable.'
WHERE code = 'gemcitabine-paclitaxel-first';
-- Lapatinib with letrozole: hormone therapy with a HER2 drug, for selected people with HR-positive, HER2-positive cancer.
UPDATE indication SET preference = 'SOME_PEOPLE', preference_source_id = (SELECT id FROM source WHERE code = 'asco-her2-positive-mbc-2022'), reviewed_on = DATE '2026-12-06'
WHERE code = 'lapatinib-letrozole-hrpos-her2pos';

-- Hormone therapy alone for HER2-positive cancer: only for highly selected people (ASCO 2022). The shared rows
-- now cover HER2-negative cancer; HER2-positive cancer gets its own rows, marked for some people.
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on, sex, preference, preference_source_id)
SELECT i.code || '-her2pos', i.therapy_id, 'POSITIVE', TRUE, FALSE, FALSE, FALSE, i.menopause, NULL, i.line,
 'Only for some people with HER2-positive cancer who cannot have a HER2 drug. Most people first have treatment that includes a HER2 drug.',
 DATE '2026-12-06', i.sex, 'SOME_PEOPLE', (SELECT id FROM source WHERE code = 'asco-her2-positive-mbc-2022')
FROM indication i WHERE i.code IN ('tamoxifen-metastatic-any', 'aromatase-inhibitor-first', 'aromatase-inhibitor-after-tamoxifen', 'fulvestrant-later');
INSERT INTO indication_source (indication_id, source_id)
SELECT n.id, x.source_id FROM indication n JOIN indication o ON n.code = o.code || '-her2pos' JOIN indication_source x ON x.indication_id = o.id;
UPDATE indication SET her2_positive = FALSE, reviewed_on = DATE '2026-12-06'
WHERE code IN ('tamoxifen-metastatic-any', 'aromatase-inhibitor-first', 'aromatase-inhibitor-after-tamoxifen', 'fulvestrant-later');

-- Aromatase inhibitors alone are used in men too (with a GnRH agent, ASCO male breast cancer guideline): the
-- wording no longer says "women".
UPDATE indication SET conditions = 'Letrozole or anastrozole, as the first treatment for cancer that has spread. It is for women after menopause, and for men.'
WHERE code = 'aromatase-inhibitor-first';
UPDATE indication SET conditions = 'Letrozole, anastrozole or exemestane, when the cancer has grown after tamoxifen. It is for women after menopause, and for men.'
WHERE code = 'aromatase-inhibitor-after-tamoxifen';
