-- Content: metastatic breast cancer - immunotherapy with chemotherapy for triple-negative breast cancer (TNBC),
-- TROP2 antibody-drug conjugates, PARP inhibitors and single-agent chemotherapy.
-- Covers: pembrolizumab with chemotherapy (TNBC, PD-L1 CPS >= 10), sacituzumab govitecan (TNBC later line,
-- TNBC first line when immunotherapy is not an option, HR-positive/HER2-negative later line),
-- sacituzumab govitecan with pembrolizumab (TNBC first line, PD-L1 CPS >= 10; FDA 24 June 2026),
-- datopotamab deruxtecan (HR-positive/HER2-negative later line; TNBC when immunotherapy is not an option,
-- FDA 22 May 2026), olaparib and talazoparib (germline BRCA1/BRCA2, HER2-negative), eribulin,
-- capecitabine (single agent) and paclitaxel.
-- Not included (see notes): atezolizumab with nab-paclitaxel (US indication withdrawn 2021; current EU status
-- not confirmed), olaparib for germline PALB2 (no NCCN/ESMO statement found), capecitabine with docetaxel.
-- Reviewed on 2026-11-23 by the tnbc-parp-adc research helper. Notes: docs/content-notes.md
-- Sources (all URLs were returned by the search tool or quoted in a returned page):
--   Keytruda label (openFDA record, updated 2026-10-22)   https://api.fda.gov/drug/label.json?search=id%3A%22228e1e3f-d207-481f-8e14-9fdcbd0470e9%22
--   Keytruda label PDF (revised 04/2025)                  https://www.accessdata.fda.gov/drugsatfda_docs/label/2025/125514s174lbl.pdf
--   FDA TNBC approval of pembrolizumab (2020-11-13)        https://maestrodatabase.com/blog/fda-grants-accelerated-approval-to-pembrolizumab-for-locally-recurrent-unresectable-or-metastatic-triple-negative-breast-cancer
--   Trodelvy label (openFDA record, updated 2026-07-18)    https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22sacituzumab%22
--   FDA regular approval, Trodelvy TNBC (2021-04-07)       https://maestrodatabase.com/blog/fda-grants-regular-approval-to-sacituzumab-govitecan-for-triple-negative-breast-cancer
--   FDA approval, Trodelvy HR+/HER2- (2023-02-03)          https://maestrodatabase.com/blog/fda-approves-sacituzumab-govitecan-hziy-for-hr-positive-breast-cancer
--   FDA first-line TNBC approvals, Trodelvy (2026-06-24)   https://ascopost.com/news/june-2026/fda-approves-sacituzumab-govitecan-hziy-as-monotherapy-and-in-combination-with-pembrolizumab-for-first-line-treatment-of-tnbc/
--   Datroway label PDF (supplement 3, 2026-06-02)          https://www.accessdata.fda.gov/drugsatfda_docs/label/2026/761394s003lbl.pdf
--   FDA approval, Datroway HR+/HER2- (2025-01-17)          https://www.cancerfax.com/resources/datopotamab-deruxtecan-dlnk-is-approved-by-the-usfda-for-unresectable-or-metastatic-hr-positive-her2-negative-breast-cancer
--   FDA approval, Datroway TNBC (2026-05-22)               https://ascopost.com/issues/june-25-2026/fda-approves-antibody-drug-conjugate-for-triple-negative-breast-cancer/
--   Lynparza label (openFDA record, updated 2026-06-02)    https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Olaparib%22
--   NICE TA1040 olaparib (2025)                            https://nice.org.uk/guidance/ta1040/chapter/1-Recommendations
--   ESMO news on FDA approval of talazoparib (2018)        https://www.esmo.org/Oncology-News/FDA-Approves-Talazoparib-for-gBRCAm-HER2-negative-Locally-Advanced-or-Metastatic-Breast-Cancer
--   NICE TA952 talazoparib (2024)                          https://www.nice.org.uk/guidance/TA952/chapter/1-recommendations
--   Halaven label (openFDA record, updated 2026-09-18)     https://api.fda.gov/drug/label.json?search=set_id%3A%2231ce4750-ded5-4a0b-95e9-f229fa6bc822%22
--   Xeloda label (DailyMed, indications revised 12/2022)   https://dailymed.nlm.nih.gov/dailymed/fda/fdaDrugXsl.cfm?setid=a1de8bba-3b1d-4c9d-ab8a-32d2c05e67c8&type=display
--   Xeloda label (openFDA record, updated 2026-09-18)      https://api.fda.gov/drug/label.json?search=set_id%3A%22e702d84d-7162-4751-bf37-d724cc7e45a5%22
--   Paclitaxel label (openFDA record, updated 2026-06-01)  https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22paclitaxel%22
-- Portable SQL for H2 2.x and PostgreSQL: rows are looked up by stable keys, shared rows are guarded.


-- ============ Sources ============
-- checked 2026-11-23: current Keytruda label record (indications revised 07/2026); same row as in agnostic-bone.sql, guarded
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-keytruda-2026', 'https://api.fda.gov/drug/label.json?search=id%3A%22228e1e3f-d207-481f-8e14-9fdcbd0470e9%22', 'KEYTRUDA (pembrolizumab) prescribing information, openFDA drug label record', 'U.S. Food and Drug Administration', DATE '2026-10-22' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-keytruda-2026');
-- checked 2026-11-23: Keytruda with chemotherapy for locally recurrent unresectable or metastatic TNBC with PD-L1 CPS >= 10 (FDA-approved test); KEYNOTE-355 chemotherapy was paclitaxel, paclitaxel protein-bound, or gemcitabine with carboplatin (label wording quoted by moalmanac.org, label revised 04/2025)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-keytruda-2025', 'https://www.accessdata.fda.gov/drugsatfda_docs/label/2025/125514s174lbl.pdf', 'KEYTRUDA (pembrolizumab) prescribing information, revised April 2025 (BLA 125514, supplement 174)', 'U.S. Food and Drug Administration', DATE '2025-04-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-keytruda-2025');
-- checked 2026-11-23: FDA approval on 13 Nov 2020 of pembrolizumab with chemotherapy for locally recurrent unresectable or metastatic TNBC, PD-L1 CPS >= 10, with the PD-L1 IHC 22C3 pharmDx companion test
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'maestro-fda-pembrolizumab-tnbc-2020', 'https://maestrodatabase.com/blog/fda-grants-accelerated-approval-to-pembrolizumab-for-locally-recurrent-unresectable-or-metastatic-triple-negative-breast-cancer', 'FDA grants accelerated approval to pembrolizumab for locally recurrent unresectable or metastatic triple negative breast cancer', 'Maestro Database (reproducing the FDA notice of 13 November 2020)', DATE '2020-11-13' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'maestro-fda-pembrolizumab-tnbc-2020');
-- checked 2026-11-23: current Trodelvy label record (updated 2026-07-18, after the June 2026 approvals); boxed warning for neutropenia and diarrhoea
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-trodelvy-2026', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22sacituzumab%22', 'TRODELVY (sacituzumab govitecan-hziy) prescribing information, openFDA drug label record', 'U.S. Food and Drug Administration', DATE '2026-07-18' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-trodelvy-2026');
-- checked 2026-11-23: FDA regular approval on 7 Apr 2021 for unresectable locally advanced or metastatic TNBC after two or more prior systemic therapies, at least one of them for metastatic disease
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'maestro-fda-sacituzumab-tnbc-2021', 'https://maestrodatabase.com/blog/fda-grants-regular-approval-to-sacituzumab-govitecan-for-triple-negative-breast-cancer', 'FDA grants regular approval to sacituzumab govitecan for triple-negative breast cancer', 'Maestro Database (reproducing the FDA notice of 7 April 2021)', DATE '2021-04-07' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'maestro-fda-sacituzumab-tnbc-2021');
-- checked 2026-11-23: FDA approval on 3 Feb 2023 for unresectable locally advanced or metastatic HR-positive, HER2-negative (IHC 0, IHC 1+ or IHC 2+/ISH-) breast cancer after endocrine-based therapy and at least two additional systemic therapies in the metastatic setting
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'maestro-fda-sacituzumab-hr-positive-2023', 'https://maestrodatabase.com/blog/fda-approves-sacituzumab-govitecan-hziy-for-hr-positive-breast-cancer', 'FDA approves sacituzumab govitecan-hziy for HR positive breast cancer', 'Maestro Database (reproducing the FDA notice of 3 February 2023)', DATE '2023-02-03' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'maestro-fda-sacituzumab-hr-positive-2023');
-- checked 2026-11-23: FDA approvals on 24 Jun 2026: sacituzumab govitecan alone, first line, unresectable locally advanced or metastatic TNBC not candidates for PD-1/PD-L1 therapy (ASCENT-03); and with pembrolizumab (Keytruda or Keytruda Qlex), first line, TNBC with PD-L1 CPS >= 10 by an FDA-authorized test (ASCENT-04/KEYNOTE-D19)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'ascopost-fda-sacituzumab-first-line-2026', 'https://ascopost.com/news/june-2026/fda-approves-sacituzumab-govitecan-hziy-as-monotherapy-and-in-combination-with-pembrolizumab-for-first-line-treatment-of-tnbc/', 'FDA approves sacituzumab govitecan-hziy as monotherapy and in combination with pembrolizumab for first-line treatment of TNBC', 'The ASCO Post', DATE '2026-06-24' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ascopost-fda-sacituzumab-first-line-2026');
-- checked 2026-11-23: Datroway label after supplement 3 (approved 2026-05-22, label posted 2026-06-02; listed in the openFDA Drugs@FDA record for BLA 761394); HR-positive/HER2-negative and TNBC indications
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-datroway-2026', 'https://www.accessdata.fda.gov/drugsatfda_docs/label/2026/761394s003lbl.pdf', 'DATROWAY (datopotamab deruxtecan-dlnk) prescribing information (BLA 761394, supplement 3)', 'U.S. Food and Drug Administration', DATE '2026-06-02' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-datroway-2026');
-- checked 2026-11-23: FDA approval on 17 Jan 2025 for unresectable or metastatic HR-positive, HER2-negative (IHC 0, IHC 1+ or IHC 2+/ISH-) breast cancer after endocrine-based therapy and chemotherapy for unresectable or metastatic disease (TROPION-Breast01)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'cancerfax-fda-datopotamab-hr-positive-2025', 'https://www.cancerfax.com/resources/datopotamab-deruxtecan-dlnk-is-approved-by-the-usfda-for-unresectable-or-metastatic-hr-positive-her2-negative-breast-cancer', 'Datopotamab deruxtecan-dlnk is approved by the USFDA for unresectable or metastatic HR-positive, HER2-negative breast cancer', 'CancerFax (reproducing the FDA notice of 17 January 2025)', DATE '2025-01-17' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'cancerfax-fda-datopotamab-hr-positive-2025');
-- checked 2026-11-23: FDA approval on 22 May 2026 for adults with unresectable or metastatic TNBC who are not candidates for PD-1/PD-L1 inhibitor therapy (TROPION-Breast02, untreated for advanced disease)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'ascopost-fda-datopotamab-tnbc-2026', 'https://ascopost.com/issues/june-25-2026/fda-approves-antibody-drug-conjugate-for-triple-negative-breast-cancer/', 'FDA approves antibody-drug conjugate for triple-negative breast cancer', 'The ASCO Post', DATE '2026-06-25' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ascopost-fda-datopotamab-tnbc-2026');
-- checked 2026-11-23: current Lynparza label record (updated 2026-06-02): gBRCAm, HER2-negative metastatic breast cancer after chemotherapy in the neoadjuvant, adjuvant or metastatic setting; HR-positive after prior endocrine therapy or unsuitable for it (wording quoted from the label by moalmanac.org)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-lynparza-2026', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Olaparib%22', 'LYNPARZA (olaparib) tablets prescribing information, openFDA drug label record', 'U.S. Food and Drug Administration', DATE '2026-06-02' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-lynparza-2026');
-- checked 2026-11-23: NICE recommends olaparib for HER2-negative locally advanced or metastatic breast cancer with germline BRCA1/BRCA2 after an anthracycline and a taxane, and endocrine therapy if HR-positive (final guidance February 2025; day not confirmed)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'nice-ta1040-olaparib-2025', 'https://nice.org.uk/guidance/ta1040/chapter/1-Recommendations', 'Olaparib for treating BRCA mutation-positive HER2-negative advanced breast cancer after chemotherapy (TA1040)', 'NICE', DATE '2025-02-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nice-ta1040-olaparib-2025');
-- checked 2026-11-23: FDA approval on 16 Oct 2018 of talazoparib for deleterious or suspected deleterious gBRCAm, HER2-negative locally advanced or metastatic breast cancer (companion test BRACAnalysis CDx)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'esmo-news-fda-talazoparib-2018', 'https://www.esmo.org/Oncology-News/FDA-Approves-Talazoparib-for-gBRCAm-HER2-negative-Locally-Advanced-or-Metastatic-Breast-Cancer', 'FDA approves talazoparib for gBRCAm HER2-negative locally advanced or metastatic breast cancer (ESMO Oncology News)', 'ESMO', DATE '2018-10-26' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'esmo-news-fda-talazoparib-2018');
-- checked 2026-11-23: NICE recommends talazoparib for HER2-negative locally advanced or metastatic breast cancer with germline BRCA1/BRCA2 after an anthracycline or a taxane (or both), and endocrine therapy if HR-positive (final guidance expected 21 Feb 2024)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'nice-ta952-talazoparib-2024', 'https://www.nice.org.uk/guidance/TA952/chapter/1-recommendations', 'Talazoparib for treating HER2-negative advanced breast cancer with germline BRCA mutations (TA952)', 'NICE', DATE '2024-02-21' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nice-ta952-talazoparib-2024');
-- checked 2026-11-23: Halaven label: metastatic breast cancer after at least two chemotherapy regimens for metastatic disease, prior anthracycline and taxane (adjuvant or metastatic); last label change 09/2021, date is the openFDA record update
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-halaven', 'https://api.fda.gov/drug/label.json?search=set_id%3A%2231ce4750-ded5-4a0b-95e9-f229fa6bc822%22', 'HALAVEN (eribulin mesylate) injection prescribing information, openFDA drug label record', 'U.S. Food and Drug Administration', DATE '2026-09-18' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-halaven');
-- checked 2026-11-23: Xeloda label, breast indications revised 12/2022: single agent for advanced or metastatic breast cancer if an anthracycline- or taxane-containing chemotherapy is not indicated
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'dailymed-label-xeloda-2022', 'https://dailymed.nlm.nih.gov/dailymed/fda/fdaDrugXsl.cfm?setid=a1de8bba-3b1d-4c9d-ab8a-32d2c05e67c8&type=display', 'XELODA (capecitabine) tablets prescribing information, DailyMed', 'U.S. National Library of Medicine (DailyMed)', DATE '2022-12-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'dailymed-label-xeloda-2022');
-- checked 2026-11-23: current Xeloda label record (updated 2026-09-18); boxed warning on complete DPD deficiency (test for DPYD variants) and bleeding with vitamin K antagonists
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-xeloda', 'https://api.fda.gov/drug/label.json?search=set_id%3A%22e702d84d-7162-4751-bf37-d724cc7e45a5%22', 'XELODA (capecitabine) tablets prescribing information, openFDA drug label record', 'U.S. Food and Drug Administration', DATE '2026-09-18' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-xeloda');
-- checked 2026-11-23: paclitaxel injection labels: breast cancer after failure of combination chemotherapy for metastatic disease or relapse within 6 months of adjuvant chemotherapy; boxed warning on hypersensitivity and neutropenia; date is the openFDA record update
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-paclitaxel', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22paclitaxel%22', 'Paclitaxel injection prescribing information, openFDA drug label records', 'U.S. Food and Drug Administration', DATE '2026-06-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-paclitaxel');

-- ============ Drugs and brand names (shared, guarded) ============
INSERT INTO drug (name) SELECT 'pembrolizumab' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'pembrolizumab');
INSERT INTO drug (name) SELECT 'paclitaxel' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'paclitaxel');
INSERT INTO drug (name) SELECT 'nab-paclitaxel' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'nab-paclitaxel');
INSERT INTO drug (name) SELECT 'gemcitabine' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'gemcitabine');
INSERT INTO drug (name) SELECT 'carboplatin' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'carboplatin');
INSERT INTO drug (name) SELECT 'sacituzumab govitecan' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'sacituzumab govitecan');
INSERT INTO drug (name) SELECT 'datopotamab deruxtecan' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'datopotamab deruxtecan');
INSERT INTO drug (name) SELECT 'olaparib' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'olaparib');
INSERT INTO drug (name) SELECT 'talazoparib' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'talazoparib');
INSERT INTO drug (name) SELECT 'eribulin' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'eribulin');
INSERT INTO drug (name) SELECT 'capecitabine' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'capecitabine');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Keytruda' FROM drug d WHERE d.name = 'pembrolizumab' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Keytruda');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Taxol' FROM drug d WHERE d.name = 'paclitaxel' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Taxol');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Abraxane' FROM drug d WHERE d.name = 'nab-paclitaxel' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Abraxane');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Gemzar' FROM drug d WHERE d.name = 'gemcitabine' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Gemzar');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Trodelvy' FROM drug d WHERE d.name = 'sacituzumab govitecan' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Trodelvy');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Datroway' FROM drug d WHERE d.name = 'datopotamab deruxtecan' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Datroway');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Lynparza' FROM drug d WHERE d.name = 'olaparib' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Lynparza');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Talzenna' FROM drug d WHERE d.name = 'talazoparib' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Talzenna');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Halaven' FROM drug d WHERE d.name = 'eribulin' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Halaven');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Xeloda' FROM drug d WHERE d.name = 'capecitabine' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Xeloda');

-- ============ New side effect (none in V002 fits; guarded) ============
INSERT INTO side_effect (slug, name, explanation) SELECT 'blood-cancer', 'New blood cancer (MDS or AML)', 'Rarely, the bone marrow can start to make faulty blood cells. This is a blood cancer called MDS or AML. Your blood is checked often to look for early signs.' WHERE NOT EXISTS (SELECT 1 FROM side_effect WHERE slug = 'blood-cancer');


-- ============ Pembrolizumab with chemotherapy (TNBC, PD-L1 CPS 10 or more) ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'pembrolizumab-chemotherapy', 'Pembrolizumab with chemotherapy', (SELECT id FROM drug_class WHERE slug = 'immune-checkpoint-inhibitor'), 'IMMUNOTHERAPY',
 'Pembrolizumab is an immunotherapy medicine given with chemotherapy. It may be an option for triple-negative breast cancer that has spread, or come back and cannot be removed. The cancer must test positive for PD-L1, with a score of 10 or more.',
 'Cancer cells can use a protein called PD-1 to switch off immune cells. Pembrolizumab blocks PD-1, so the immune system can attack the cancer. The chemotherapy kills fast-growing cancer cells.',
 'Drip into a vein (infusion)',
 'Pembrolizumab is a drip every 3 weeks or every 6 weeks. It can go on for up to 2 years, if it works and side effects are manageable. The chemotherapy is given on its own timetable. Your care team will plan this with you.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'pembrolizumab-chemotherapy' AND d.name = 'pembrolizumab';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 2 FROM therapy t, drug d WHERE t.slug = 'pembrolizumab-chemotherapy' AND d.name = 'paclitaxel';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 3 FROM therapy t, drug d WHERE t.slug = 'pembrolizumab-chemotherapy' AND d.name = 'nab-paclitaxel';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 4 FROM therapy t, drug d WHERE t.slug = 'pembrolizumab-chemotherapy' AND d.name = 'gemcitabine';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 5 FROM therapy t, drug d WHERE t.slug = 'pembrolizumab-chemotherapy' AND d.name = 'carboplatin';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'pembrolizumab-chemotherapy' AND s.code = 'fda-label-keytruda-2026';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'pembrolizumab-chemotherapy' AND s.code = 'fda-label-keytruda-2025';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'pembrolizumab-chemotherapy' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'pembrolizumab-chemotherapy' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'pembrolizumab-chemotherapy' AND e.slug = 'diarrhoea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'pembrolizumab-chemotherapy' AND e.slug = 'hair-loss';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'pembrolizumab-chemotherapy' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'pembrolizumab-chemotherapy' AND e.slug = 'immune-side-effects';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'pembrolizumab-chemotherapy-pd-l1-first', t.id, 'NEGATIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'FIRST',
 'As the first treatment for triple-negative cancer that has spread or come back. The PD-L1 test score must be 10 or more.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'pembrolizumab-chemotherapy';
INSERT INTO indication_biomarker (indication_id, biomarker_id) SELECT i.id, b.id FROM indication i, biomarker b WHERE i.code = 'pembrolizumab-chemotherapy-pd-l1-first' AND b.code = 'PD-L1';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'pembrolizumab-chemotherapy-pd-l1-first' AND s.code = 'fda-label-keytruda-2025';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'pembrolizumab-chemotherapy-pd-l1-first' AND s.code = 'maestro-fda-pembrolizumab-tnbc-2020';


-- ============ Sacituzumab govitecan ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'sacituzumab-govitecan', 'Sacituzumab govitecan', (SELECT id FROM drug_class WHERE slug = 'antibody-drug-conjugate'), 'ANTIBODY_DRUG_CONJUGATE',
 'This drug is an antibody joined to a chemotherapy drug. It may be used for triple-negative cancer, as a first treatment or after others. It may also be used when the cancer has hormone receptors but little HER2, after several treatments.',
 'The antibody finds a protein called TROP2 on the cancer cells. It carries the chemotherapy drug straight to them. This kills the cancer cells.',
 'Drip into a vein (infusion)',
 'A drip on day 1 and day 8 of a 3-week cycle. The cycle then repeats. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'sacituzumab-govitecan' AND d.name = 'sacituzumab govitecan';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'sacituzumab-govitecan' AND s.code = 'fda-label-trodelvy-2026';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'sacituzumab-govitecan' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'sacituzumab-govitecan' AND e.slug = 'diarrhoea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'sacituzumab-govitecan' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'sacituzumab-govitecan' AND e.slug = 'vomiting';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'sacituzumab-govitecan' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'sacituzumab-govitecan' AND e.slug = 'hair-loss';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'sacituzumab-govitecan' AND e.slug = 'low-red-blood-cells';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'sacituzumab-govitecan-tnbc-first', t.id, 'NEGATIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'FIRST',
 'As the first treatment for triple-negative cancer that has spread. It is used when immunotherapy (a PD-1 or PD-L1 medicine) is not suitable.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'sacituzumab-govitecan';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'sacituzumab-govitecan-tnbc-first' AND s.code = 'ascopost-fda-sacituzumab-first-line-2026';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'sacituzumab-govitecan-tnbc-first' AND s.code = 'fda-label-trodelvy-2026';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'sacituzumab-govitecan-tnbc-later', t.id, 'NEGATIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
 'For triple-negative cancer after two or more earlier treatments. At least one of them must have been for the spread cancer.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'sacituzumab-govitecan';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'sacituzumab-govitecan-tnbc-later' AND s.code = 'maestro-fda-sacituzumab-tnbc-2021';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'sacituzumab-govitecan-tnbc-later' AND s.code = 'fda-label-trodelvy-2026';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'sacituzumab-govitecan-hr-positive-later', t.id, 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
 'For hormone receptor-positive, HER2-negative cancer. It is used after hormone therapy and at least two other treatments for the spread cancer.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'sacituzumab-govitecan';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'sacituzumab-govitecan-hr-positive-later' AND s.code = 'maestro-fda-sacituzumab-hr-positive-2023';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'sacituzumab-govitecan-hr-positive-later' AND s.code = 'fda-label-trodelvy-2026';


-- ============ Sacituzumab govitecan with pembrolizumab (TNBC, PD-L1 CPS 10 or more; FDA June 2026) ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'sacituzumab-govitecan-pembrolizumab', 'Sacituzumab govitecan with pembrolizumab', (SELECT id FROM drug_class WHERE slug = 'antibody-drug-conjugate'), 'ANTIBODY_DRUG_CONJUGATE',
 'An antibody joined to a chemotherapy drug, given with pembrolizumab, an immunotherapy drug. It may be a first treatment for triple-negative cancer that has spread. The cancer must test positive for PD-L1, with a score of 10 or more.',
 'Sacituzumab govitecan finds a protein called TROP2 on cancer cells. It carries a chemotherapy drug to them. Pembrolizumab blocks PD-1, a brake on immune cells, so the immune system can attack the cancer.',
 'Drip into a vein (infusion). Pembrolizumab can also be an injection under the skin.',
 'Sacituzumab govitecan is a drip on day 1 and day 8 of a 3-week cycle. Pembrolizumab is given on its own timetable. Your care team will plan this with you. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'sacituzumab-govitecan-pembrolizumab' AND d.name = 'sacituzumab govitecan';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 2 FROM therapy t, drug d WHERE t.slug = 'sacituzumab-govitecan-pembrolizumab' AND d.name = 'pembrolizumab';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'sacituzumab-govitecan-pembrolizumab' AND s.code = 'fda-label-trodelvy-2026';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'sacituzumab-govitecan-pembrolizumab' AND s.code = 'ascopost-fda-sacituzumab-first-line-2026';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'sacituzumab-govitecan-pembrolizumab' AND s.code = 'fda-label-keytruda-2026';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'sacituzumab-govitecan-pembrolizumab' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'sacituzumab-govitecan-pembrolizumab' AND e.slug = 'diarrhoea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'sacituzumab-govitecan-pembrolizumab' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'sacituzumab-govitecan-pembrolizumab' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'sacituzumab-govitecan-pembrolizumab' AND e.slug = 'hair-loss';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'sacituzumab-govitecan-pembrolizumab' AND e.slug = 'immune-side-effects';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'sacituzumab-govitecan-pembrolizumab-pd-l1-first', t.id, 'NEGATIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'FIRST',
 'As the first treatment for triple-negative cancer that has spread and cannot be removed by surgery. The PD-L1 test score must be 10 or more.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'sacituzumab-govitecan-pembrolizumab';
INSERT INTO indication_biomarker (indication_id, biomarker_id) SELECT i.id, b.id FROM indication i, biomarker b WHERE i.code = 'sacituzumab-govitecan-pembrolizumab-pd-l1-first' AND b.code = 'PD-L1';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'sacituzumab-govitecan-pembrolizumab-pd-l1-first' AND s.code = 'ascopost-fda-sacituzumab-first-line-2026';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'sacituzumab-govitecan-pembrolizumab-pd-l1-first' AND s.code = 'fda-label-trodelvy-2026';


-- ============ Datopotamab deruxtecan ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'datopotamab-deruxtecan', 'Datopotamab deruxtecan', (SELECT id FROM drug_class WHERE slug = 'antibody-drug-conjugate'), 'ANTIBODY_DRUG_CONJUGATE',
 'This drug is an antibody joined to a chemotherapy drug. It may be used when the cancer has hormone receptors but little HER2. This is after hormone therapy and chemotherapy. It may also be used for triple-negative cancer if immunotherapy does not suit.',
 'The antibody finds a protein called TROP2 on the cancer cells. It carries the chemotherapy drug straight to them. This kills the cancer cells.',
 'Drip into a vein (infusion)',
 'A drip once every 3 weeks. Treatment goes on for as long as it works and side effects are manageable. Eye drops and mouth care are often used to help prevent side effects.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'datopotamab-deruxtecan' AND d.name = 'datopotamab deruxtecan';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'datopotamab-deruxtecan' AND s.code = 'fda-label-datroway-2026';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'datopotamab-deruxtecan' AND e.slug = 'mouth-sores';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'datopotamab-deruxtecan' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'datopotamab-deruxtecan' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'datopotamab-deruxtecan' AND e.slug = 'hair-loss';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'datopotamab-deruxtecan' AND e.slug = 'constipation';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'datopotamab-deruxtecan' AND e.slug = 'eye-problems';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'datopotamab-deruxtecan' AND e.slug = 'lung-inflammation';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'datopotamab-deruxtecan-hr-positive-later', t.id, 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
 'For hormone receptor-positive, HER2-negative cancer. It is used after hormone therapy, and after chemotherapy for the spread cancer.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'datopotamab-deruxtecan';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'datopotamab-deruxtecan-hr-positive-later' AND s.code = 'cancerfax-fda-datopotamab-hr-positive-2025';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'datopotamab-deruxtecan-hr-positive-later' AND s.code = 'fda-label-datroway-2026';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'datopotamab-deruxtecan-tnbc', t.id, 'NEGATIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'ANY',
 'For triple-negative cancer that has spread, when immunotherapy is not suitable. It was tested as the first treatment for the spread cancer.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'datopotamab-deruxtecan';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'datopotamab-deruxtecan-tnbc' AND s.code = 'ascopost-fda-datopotamab-tnbc-2026';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'datopotamab-deruxtecan-tnbc' AND s.code = 'fda-label-datroway-2026';


-- ============ Olaparib (germline BRCA1 or BRCA2, HER2-negative) ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'olaparib', 'Olaparib', (SELECT id FROM drug_class WHERE slug = 'parp-inhibitor'), 'PARP_INHIBITOR',
 'Olaparib is a targeted tablet called a PARP inhibitor. It may be an option for HER2-negative breast cancer that has spread. It is for people born with a change in the BRCA1 or BRCA2 gene. Chemotherapy must have been given first, before or after the cancer spread.',
 'Cancer cells with a faulty BRCA gene rely on a protein called PARP to fix their DNA. Olaparib blocks PARP. The cancer cells cannot repair the damage, so they die.',
 'Tablets taken by mouth',
 'Tablets twice a day, every day. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'olaparib' AND d.name = 'olaparib';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'olaparib' AND s.code = 'fda-label-lynparza-2026';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'olaparib' AND s.code = 'nice-ta1040-olaparib-2025';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'olaparib' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'olaparib' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'olaparib' AND e.slug = 'vomiting';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'olaparib' AND e.slug = 'low-red-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'olaparib' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'UNCOMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'olaparib' AND e.slug = 'lung-inflammation';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'UNCOMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'olaparib' AND e.slug = 'blood-cancer';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'olaparib-brca1', t.id, 'ANY', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'ANY',
 'For HER2-negative cancer with an inherited BRCA1 change. Chemotherapy must have been given first, before or after the cancer spread. Hormone receptor-positive cancer also needs hormone therapy first, unless it is not suitable.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'olaparib';
INSERT INTO indication_biomarker (indication_id, biomarker_id) SELECT i.id, b.id FROM indication i, biomarker b WHERE i.code = 'olaparib-brca1' AND b.code = 'BRCA1';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'olaparib-brca1' AND s.code = 'fda-label-lynparza-2026';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'olaparib-brca1' AND s.code = 'nice-ta1040-olaparib-2025';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'olaparib-brca2', t.id, 'ANY', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'ANY',
 'For HER2-negative cancer with an inherited BRCA2 change. Chemotherapy must have been given first, before or after the cancer spread. Hormone receptor-positive cancer also needs hormone therapy first, unless it is not suitable.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'olaparib';
INSERT INTO indication_biomarker (indication_id, biomarker_id) SELECT i.id, b.id FROM indication i, biomarker b WHERE i.code = 'olaparib-brca2' AND b.code = 'BRCA2';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'olaparib-brca2' AND s.code = 'fda-label-lynparza-2026';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'olaparib-brca2' AND s.code = 'nice-ta1040-olaparib-2025';


-- ============ Talazoparib (germline BRCA1 or BRCA2, HER2-negative) ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'talazoparib', 'Talazoparib', (SELECT id FROM drug_class WHERE slug = 'parp-inhibitor'), 'PARP_INHIBITOR',
 'Talazoparib is a targeted capsule called a PARP inhibitor. It may be an option for HER2-negative breast cancer that is advanced or has spread. It is for people born with a change in the BRCA1 or BRCA2 gene.',
 'Cancer cells with a faulty BRCA gene rely on a protein called PARP to fix their DNA. Talazoparib blocks PARP and traps it on the DNA. The cancer cells cannot repair the damage, so they die.',
 'Capsules taken by mouth',
 'Capsules once a day, every day. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'talazoparib' AND d.name = 'talazoparib';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'talazoparib' AND s.code = 'esmo-news-fda-talazoparib-2018';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'talazoparib' AND s.code = 'nice-ta952-talazoparib-2024';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'talazoparib' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'talazoparib' AND e.slug = 'low-red-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'talazoparib' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'talazoparib' AND e.slug = 'low-platelets';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'talazoparib' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'talazoparib' AND e.slug = 'hair-loss';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'UNCOMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'talazoparib' AND e.slug = 'blood-cancer';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'talazoparib-brca1', t.id, 'ANY', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'ANY',
 'For HER2-negative cancer that is advanced or has spread. It is for people with an inherited BRCA1 change.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'talazoparib';
INSERT INTO indication_biomarker (indication_id, biomarker_id) SELECT i.id, b.id FROM indication i, biomarker b WHERE i.code = 'talazoparib-brca1' AND b.code = 'BRCA1';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'talazoparib-brca1' AND s.code = 'esmo-news-fda-talazoparib-2018';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'talazoparib-brca2', t.id, 'ANY', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'ANY',
 'For HER2-negative cancer that is advanced or has spread. It is for people with an inherited BRCA2 change.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'talazoparib';
INSERT INTO indication_biomarker (indication_id, biomarker_id) SELECT i.id, b.id FROM indication i, biomarker b WHERE i.code = 'talazoparib-brca2' AND b.code = 'BRCA2';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'talazoparib-brca2' AND s.code = 'esmo-news-fda-talazoparib-2018';


-- ============ Eribulin ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'eribulin', 'Eribulin', (SELECT id FROM drug_class WHERE slug = 'chemotherapy'), 'CHEMOTHERAPY',
 'Eribulin is a chemotherapy drug. It may be an option for breast cancer that has spread. It is used after at least two other chemotherapy treatments for the spread cancer. These should have included an anthracycline and a taxane, two common types of chemotherapy.',
 'Eribulin stops the thin threads inside a cell that pull it apart when it divides. So the cancer cells cannot divide, and they die.',
 'Injection into a vein over a few minutes',
 'An injection on day 1 and day 8 of a 3-week cycle. The cycle then repeats. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'eribulin' AND d.name = 'eribulin';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'eribulin' AND s.code = 'fda-label-halaven';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'eribulin' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'eribulin' AND e.slug = 'low-red-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'eribulin' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'eribulin' AND e.slug = 'hair-loss';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'eribulin' AND e.slug = 'nerve-damage';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'eribulin' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'eribulin' AND e.slug = 'constipation';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'eribulin-later', t.id, 'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
 'After at least two chemotherapy treatments for the spread cancer. Earlier treatment should have included an anthracycline and a taxane.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'eribulin';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'eribulin-later' AND s.code = 'fda-label-halaven';


-- ============ Capecitabine (single agent) ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'capecitabine', 'Capecitabine', (SELECT id FROM drug_class WHERE slug = 'chemotherapy'), 'CHEMOTHERAPY',
 'Capecitabine is a chemotherapy tablet. It may be an option on its own for breast cancer that is advanced or has spread. It is used when an anthracycline or a taxane is not the right choice. These are two other common types of chemotherapy.',
 'The body changes capecitabine into a drug called 5-FU, mostly inside the cancer. 5-FU stops cancer cells from making new DNA, so they cannot grow.',
 'Tablets taken by mouth',
 'Tablets twice a day for 2 weeks, then 1 week off. This 3-week cycle repeats for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'capecitabine' AND d.name = 'capecitabine';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'capecitabine' AND s.code = 'dailymed-label-xeloda-2022';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'capecitabine' AND s.code = 'fda-label-xeloda';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'capecitabine' AND e.slug = 'hand-foot-syndrome';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'capecitabine' AND e.slug = 'diarrhoea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'capecitabine' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'capecitabine' AND e.slug = 'vomiting';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'capecitabine' AND e.slug = 'mouth-sores';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'capecitabine' AND e.slug = 'fatigue';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'capecitabine-single-agent', t.id, 'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', NULL, 'ANY',
 'On its own, for cancer that is advanced or has spread. It is used when an anthracycline or a taxane is not the right choice.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'capecitabine';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'capecitabine-single-agent' AND s.code = 'dailymed-label-xeloda-2022';


-- ============ Paclitaxel ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'paclitaxel', 'Paclitaxel', (SELECT id FROM drug_class WHERE slug = 'chemotherapy'), 'CHEMOTHERAPY',
 'Paclitaxel is a chemotherapy drug called a taxane. On its own, it may be an option for breast cancer that has spread. It is used after other chemotherapy stops working, or if the cancer came back soon after chemotherapy.',
 'Paclitaxel locks the thin threads inside a cell that help it divide. So the cancer cells cannot divide, and they die.',
 'Drip into a vein (infusion)',
 'A drip over about 3 hours, once every 3 weeks. You get medicines before each drip to help prevent an allergic reaction. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'paclitaxel' AND d.name = 'paclitaxel';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'paclitaxel' AND s.code = 'fda-label-paclitaxel';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'paclitaxel' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'paclitaxel' AND e.slug = 'infusion-reaction';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'paclitaxel' AND e.slug = 'hair-loss';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'paclitaxel' AND e.slug = 'nerve-damage';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'paclitaxel' AND e.slug = 'joint-pain';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'paclitaxel' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'paclitaxel' AND e.slug = 'diarrhoea';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'paclitaxel-later', t.id, 'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
 'When combination chemotherapy for the spread cancer has stopped working. Or when the cancer came back within 6 months of chemotherapy after surgery. Earlier treatment should have included an anthracycline, unless it was not suitable.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'paclitaxel';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'paclitaxel-later' AND s.code = 'fda-label-paclitaxel';
