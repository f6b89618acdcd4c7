-- Content re-check, November 2026: corrections and one addition on top of V002-V014.
-- Covers:
--   1. Vepdegestrant (FDA 1 May 2026): NOT added. Its approval and indication are confirmed, but no returned
--      source showed the label's adverse reactions or warnings, and every therapy needs sourced side effects.
--   2. Leuprorelin (Prostap): added as a second drug of the existing 'ovarian-suppression' therapy, with its own
--      indication row sourced to the UK licence (emc SmPC) and the Scottish Medicines Consortium advice.
--      The therapy's name and patient text are updated to cover both drugs. No approval rows (no FDA breast use,
--      no EMA or NICE decision; SMC is not one of the app's regions).
--   3a. Dostarlimab dMMR solid tumours: withdrawal NOT confirmed. The newest dated official copy of the US label
--      (DailyMed, updated 1 Aug 2024) still lists it. Rows kept; the DailyMed copy is added as a source. The
--      statements to use if the withdrawal is confirmed are at the end, commented out.
--   3b. Sacituzumab govitecan first-line TNBC (alone, and with pembrolizumab) and datopotamab deruxtecan TNBC:
--      line and PD-1/PD-L1 wording confirmed against the FDA notices; conditions text corrected to include
--      "unresectable locally advanced" disease. Lines unchanged (FIRST, FIRST, ANY).
--   3c. Pembrolizumab with chemotherapy, immune side effects: no overall rate for KEYNOTE-355 found in the
--      label text that could be read. Frequency left as COMMON (see notes).
-- Reviewed 2026-11-23 by the recheck-2026 research helper. Notes: /work/research/recheck-2026-notes.md
-- Sources (all URLs were returned by the search tool):
--   SMC advice SMC2320, leuprorelin (Prostap DCS), 2021-02-08
--     https://scottishmedicines.org.uk/medicines-advice/leuprorelin-acetate-prostap-dcs-abb-smc2320
--   Prostap SR DCS 3.75 mg SmPC on emc (last updated 2024-07-10)   https://medicines.org.uk/emc/product/4650/smpc
--   DailyMed Jemperli label (updated 2024-08-01)   https://dailymed.nlm.nih.gov/dailymed/search.cfm?label=all&query=Dostarlimab
--   ASCO Post, FDA notice of 24 Jun 2026 (sacituzumab govitecan first line), already stored as
--     'ascopost-fda-sacituzumab-first-line-2026'
--   ASCO Post, FDA notice of 22 May 2026 (datopotamab deruxtecan TNBC), already stored as
--     'ascopost-fda-datopotamab-tnbc-2026'
-- Portable SQL for H2 2.x and PostgreSQL: rows are looked up by stable keys, shared rows are guarded.


-- ============ Sources ============
-- checked 2026-11-23: SMC accepts leuprorelin acetate (Prostap DCS) "as treatment in pre- and perimenopausal women with advanced breast cancer suitable for hormonal manipulation"; advice published 8 Feb 2021
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'smc-2320-leuprorelin-prostap-2021', 'https://scottishmedicines.org.uk/medicines-advice/leuprorelin-acetate-prostap-dcs-abb-smc2320', 'Leuprorelin acetate (Prostap DCS) for pre- and perimenopausal women with advanced breast cancer suitable for hormonal manipulation (SMC2320)', 'Scottish Medicines Consortium', DATE '2021-02-08' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'smc-2320-leuprorelin-prostap-2021');
-- checked 2026-11-23: UK licence (SmPC) of Prostap SR DCS 3.75 mg, leuprorelin acetate, Takeda UK; last updated on emc 10 Jul 2024. The excerpt read stops inside section 4.1; the breast cancer uses (hormone-responsive advanced breast cancer in pre- and perimenopausal women) are stated in the emc patient leaflet of the same product (https://www.medicines.org.uk/emc/medicine/24673, undated) and in the SMC advice above
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'emc-smpc-prostap-sr-dcs-2024', 'https://medicines.org.uk/emc/product/4650/smpc', 'PROSTAP SR DCS 3.75 mg (leuprorelin acetate): Summary of Product Characteristics (UK)', 'Takeda UK Ltd (electronic medicines compendium)', DATE '2024-07-10' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'emc-smpc-prostap-sr-dcs-2024');
-- checked 2026-11-23: DailyMed JEMPERLI label, updated 1 Aug 2024 (all-comers endometrial cancer with chemotherapy added); section 1.2, dMMR recurrent or advanced solid tumours, single agent, accelerated approval, is still listed. This is the newest dated official copy found; no withdrawal notice found
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'dailymed-label-jemperli-2024', 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?label=all&query=Dostarlimab', 'JEMPERLI (dostarlimab) injection: drug label information, updated 1 August 2024', 'U.S. National Library of Medicine (DailyMed)', DATE '2024-08-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'dailymed-label-jemperli-2024');


-- ============ 2. Leuprorelin: second drug of the ovarian suppression therapy ============
INSERT INTO drug (name) SELECT 'leuprorelin' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'leuprorelin');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Prostap' FROM drug d WHERE d.name = 'leuprorelin' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Prostap');

INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 2 FROM therapy t, drug d WHERE t.slug = 'ovarian-suppression' AND d.name = 'leuprorelin' AND NOT EXISTS (SELECT 1 FROM therapy_drug x WHERE x.therapy_id = t.id AND x.drug_id = d.id);

-- The therapy was written for goserelin only; its name and patient text now cover both drugs.
UPDATE therapy SET
  name = 'Ovarian suppression (goserelin or leuprorelin)',
  summary = 'This treatment stops the ovaries making oestrogen for a while. It is for women who have not been through menopause. It may be used when breast cancer has spread. Goserelin is a small implant. Leuprorelin is an injection.',
  how_it_works = 'Both drugs act on a gland in the brain that controls the ovaries. The ovaries then stop making oestrogen. This brings on a short-term menopause, so there is less oestrogen to feed the cancer.',
  route = 'Goserelin is a small implant put under the skin of the tummy with a needle. Leuprorelin is an injection.',
  schedule = 'Goserelin is one implant every 4 weeks. Leuprorelin is one injection each month, or each 3 months. This depends on the type. Another hormone medicine is often given too. Treatment goes on for as long as it works and side effects are manageable.',
  reviewed_on = DATE '2026-11-23'
WHERE slug = 'ovarian-suppression';

INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'ovarian-suppression' AND s.code = 'emc-smpc-prostap-sr-dcs-2024' AND NOT EXISTS (SELECT 1 FROM therapy_source x WHERE x.therapy_id = t.id AND x.source_id = s.id);
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'ovarian-suppression' AND s.code = 'smc-2320-leuprorelin-prostap-2021' AND NOT EXISTS (SELECT 1 FROM therapy_source x WHERE x.therapy_id = t.id AND x.source_id = s.id);

-- Same situation as the goserelin row (hormone-responsive, pre- and perimenopausal, advanced), one row per drug
-- because the sources differ: goserelin is FDA-labelled for this, leuprorelin is UK-licensed only.
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'ovarian-suppression-leuprorelin-pre', t.id, 'POSITIVE', TRUE, TRUE, TRUE, TRUE, 'PRE', NULL, 'ANY',
 'Leuprorelin, for advanced breast cancer that is sensitive to hormones, in women before or around menopause. It is licensed for this use in the UK.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'ovarian-suppression' AND NOT EXISTS (SELECT 1 FROM indication x WHERE x.code = 'ovarian-suppression-leuprorelin-pre');
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'ovarian-suppression-leuprorelin-pre' AND s.code = 'smc-2320-leuprorelin-prostap-2021';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'ovarian-suppression-leuprorelin-pre' AND s.code = 'emc-smpc-prostap-sr-dcs-2024';
-- Side effects: the therapy keeps its goserelin-label rows (hot flushes very common; headache and injection-site
-- reactions common). Prostap's own frequency table (SmPC 4.8) could not be read; see notes.


-- ============ 3a. Dostarlimab: newest dated label copy added; rows kept ============
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'dostarlimab' AND s.code = 'dailymed-label-jemperli-2024' AND NOT EXISTS (SELECT 1 FROM therapy_source x WHERE x.therapy_id = t.id AND x.source_id = s.id);
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'dostarlimab-dmmr-later' AND s.code = 'dailymed-label-jemperli-2024' AND NOT EXISTS (SELECT 1 FROM indication_source x WHERE x.indication_id = i.id AND x.source_id = s.id);


-- ============ 3b. First-line TNBC wording (FDA notices of 22 May and 24 Jun 2026) ============
-- Sacituzumab govitecan alone: "first-line treatment of adults with unresectable locally advanced or metastatic
-- TNBC who are not candidates for PD-1 or PD-L1 inhibitor-based therapy". Line FIRST is right; the text missed
-- the "unresectable locally advanced" part.
UPDATE indication SET conditions = 'As the first treatment for triple-negative cancer that has spread. Or it has grown nearby and cannot be removed by surgery. It is for people who cannot have immunotherapy (a PD-1 or PD-L1 medicine).', reviewed_on = DATE '2026-11-23'
WHERE code = 'sacituzumab-govitecan-tnbc-first';
-- With pembrolizumab (Keytruda or Keytruda Qlex): "first-line treatment of adults with unresectable locally
-- advanced or metastatic TNBC whose tumors express PD-L1 (CPS >= 10) as determined by an FDA-authorized test".
-- The old text said "has spread AND cannot be removed"; the label says either.
UPDATE indication SET conditions = 'As the first treatment for triple-negative cancer that has spread. Or it has grown nearby and cannot be removed by surgery. The PD-L1 test score must be 10 or more.', reviewed_on = DATE '2026-11-23'
WHERE code = 'sacituzumab-govitecan-pembrolizumab-pd-l1-first';
-- Datopotamab deruxtecan: "adult patients with unresectable or metastatic TNBC who are not candidates for PD-1/PD-L1
-- inhibitor therapy". The indication names no line (the trial, TROPION-Breast02, was in untreated advanced disease),
-- so line stays ANY; the text now includes unresectable disease.
UPDATE indication SET conditions = 'For triple-negative cancer that has spread or cannot be removed by surgery. It is used when immunotherapy (a PD-1 or PD-L1 medicine) is not suitable. It was tested as the first treatment for the spread cancer.', reviewed_on = DATE '2026-11-23'
WHERE code = 'datopotamab-deruxtecan-tnbc';


-- ============ 3c. Pembrolizumab with chemotherapy: no change ============
-- The immune side effects row stays COMMON: no overall KEYNOTE-355 rate was found in the label text that could be read.


-- ============ If the dostarlimab solid-tumour withdrawal is confirmed later (NOT run now) ============
-- The schema has no status on indication rows, so the option only stops showing when its rows are deleted
-- (children first, because of the foreign keys). The approval row can then say WITHDRAWN. Both are needed.
-- DELETE FROM indication_source WHERE indication_id = (SELECT id FROM indication WHERE code = 'dostarlimab-dmmr-later');
-- DELETE FROM indication_biomarker WHERE indication_id = (SELECT id FROM indication WHERE code = 'dostarlimab-dmmr-later');
-- DELETE FROM indication WHERE code = 'dostarlimab-dmmr-later';
-- UPDATE approval SET status = 'WITHDRAWN', decided_on = DATE '<withdrawal date from the source>',
--   note = '<one plain sentence>', source_id = (SELECT id FROM source WHERE code = '<new source code>'),
--   reviewed_on = DATE '<review date>'
--   WHERE region = 'US_FDA' AND therapy_id = (SELECT id FROM therapy WHERE slug = 'dostarlimab');
-- and update the 'dostarlimab' therapy summary, which says it can be used for breast cancer in the US.
