-- Tumour-agnostic (biomarker-led) therapies and bone-strengthening therapies that apply to metastatic
-- (stage IV) breast cancer.
-- Covers: pembrolizumab on its own for MSI-high/dMMR and for TMB-high solid tumours; dostarlimab for dMMR
-- solid tumours; larotrectinib, entrectinib and repotrectinib for NTRK gene fusion solid tumours;
-- selpercatinib for RET fusion solid tumours; dabrafenib with trametinib for BRAF V600E solid tumours;
-- zoledronic acid and denosumab (Xgeva 120 mg) for bone metastases.
-- Reviewed 2026-11-23 (helper "agnostic-bone"). Details, EMA/NICE differences and gaps:
--   docs/content-notes.md
-- Sources:
--   openFDA Keytruda label (data updated 2026-10-22): https://api.fda.gov/drug/label.json?search=id%3A%22228e1e3f-d207-481f-8e14-9fdcbd0470e9%22
--   Keytruda MSI-H/dMMR full approval (2023): https://www.clinicaloncology.com/Solid-Tumors/Article/04-23/Keytruda-Granted-Full-Approval-for-MSI-H-dMMR-Solid-Tumors/69909
--   FDA TMB-H accelerated approval (2020), as reproduced: https://maestrodatabase.com/blog/fda-approves-pembrolizumab-for-adults-and-children-with-tmb-h-solid-tumours
--   FDA dostarlimab dMMR solid tumours approval (2021): https://www.fda.gov/drugs/resources-information-approved-drugs/fda-grants-accelerated-approval-dostarlimab-gxly-dmmr-advanced-solid-tumors
--   Jemperli label (copy, 2024 or later): https://www.guidelinecentral.com/drug/095eab9f-545a-4f12-bfb7-19477fb901a5/Jemperli/
--   ASCO Post on dostarlimab approval (2021): https://ascopost.com/issues/september-25-2021/fda-grants-accelerated-approval-to-dostarlimab-gxly-for-dmmr-advanced-solid-tumors
--   openFDA Vitrakvi label: https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Larotrectinib%22
--   Vitrakvi full approval (2025): https://epocrates.com/online/article/vitrakvi-granted-full-approval-for-ntrk-gene-fusion-positive-solid-tumors
--   openFDA Rozlytrek label: https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22entrectinib%22
--   Rozlytrek paediatric expansion (2023): https://www.clinicaloncology.com/Solid-Tumors/Article/10-23/FDA-Expands-Pediatric-Indication-for-Rozlytrek-and-Approves-New-Pellet-Formulation/71847
--   openFDA Augtyro label: https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22repotrectinib%22
--   FDA repotrectinib NTRK approval (2024), as reported by ONS: https://voice.ons.org/news-and-views/fda-grants-accelerated-approval-to-repotrectinib-for-adult-and-pediatric-patients
--   openFDA Retevmo label: https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Selpercatinib%22
--   FDA selpercatinib RET solid tumours approval (2022), as reproduced: https://maestrodatabase.com/blog/fda-approves-selpercatinib-for-locally-advanced-or-metastatic-ret-fusion-positive-solid-tumours
--   Retevmo paediatric expansion (2024): https://www.clinicaloncology.com/Solid-Tumors/Article/05-24/Retevmo-Approved-for-Pediatric-Patients-with-RET-altered-Metastatic-Thyroid-Cancer-or-Solid-Tumors/73933
--   openFDA Tafinlar label: https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22dabrafenib%22
--   openFDA Mekinist label: https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Trametinib%22
--   ASCO Post on dabrafenib + trametinib BRAF V600E approval (2022): https://ascopost.com/issues/july-10-2022/dabrafenib-plus-trametinib-receives-fda-approval-for-braf-v600e-mutated-solid-tumors
--   openFDA zoledronic acid 4 mg label: https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22zoledronic+acid%22
--   openFDA Xgeva label: https://api.fda.gov/drug/label.json?search=set_id%3A%22628f0998-1206-4001-aeee-18133aa9f3bf%22
--   ASCO-CCO bone-modifying agents in metastatic breast cancer, 2017 update: https://guidelinecentral.com/guideline/7420

-- ---------------------------------------------------------------------------------------------------
-- Sources
-- ---------------------------------------------------------------------------------------------------

-- checked 2026-11-23: current Keytruda label (openFDA record, data updated 2026-10-22; indications revised 07/2026): single agent for MSI-H/dMMR solid tumours and for TMB-H (>=10 mut/Mb) solid tumours that progressed after prior treatment with no satisfactory alternative
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-label-keytruda-2026', 'https://api.fda.gov/drug/label.json?search=id%3A%22228e1e3f-d207-481f-8e14-9fdcbd0470e9%22',
       'KEYTRUDA (pembrolizumab) prescribing information, openFDA drug label record',
       'U.S. Food and Drug Administration', DATE '2026-10-22'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-keytruda-2026');

-- checked 2026-11-23: FDA converted the MSI-H/dMMR solid tumour indication (adult and paediatric, after prior treatment, no satisfactory alternative) from accelerated to full approval (reported 3 April 2023)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'clinicaloncology-keytruda-msi-h-full-approval-2023',
       'https://www.clinicaloncology.com/Solid-Tumors/Article/04-23/Keytruda-Granted-Full-Approval-for-MSI-H-dMMR-Solid-Tumors/69909',
       'Keytruda granted full approval for MSI-H/dMMR solid tumors',
       'Clinical Oncology News', DATE '2023-04-03'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'clinicaloncology-keytruda-msi-h-full-approval-2023');

-- checked 2026-11-23: FDA accelerated approval (16 June 2020) of pembrolizumab for adult and paediatric TMB-H (>=10 mut/Mb) solid tumours after prior treatment with no satisfactory alternative; text of the FDA notice reproduced by Maestro Database
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'maestro-fda-pembrolizumab-tmb-h-2020',
       'https://maestrodatabase.com/blog/fda-approves-pembrolizumab-for-adults-and-children-with-tmb-h-solid-tumours',
       'FDA approves pembrolizumab for adults and children with TMB-H solid tumours',
       'Maestro Database (reproducing the FDA notice of 16 June 2020)', DATE '2020-06-17'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'maestro-fda-pembrolizumab-tmb-h-2020');

-- checked 2026-11-23: FDA accelerated approval (17 Aug 2021) of dostarlimab for adults with dMMR recurrent or advanced solid tumours that progressed on or after prior treatment with no satisfactory alternative (URL quoted by a returned page)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-approval-dostarlimab-dmmr-solid-tumors-2021',
       'https://www.fda.gov/drugs/resources-information-approved-drugs/fda-grants-accelerated-approval-dostarlimab-gxly-dmmr-advanced-solid-tumors',
       'FDA grants accelerated approval to dostarlimab-gxly for dMMR advanced solid tumors',
       'U.S. Food and Drug Administration', DATE '2021-08-17'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-approval-dostarlimab-dmmr-solid-tumors-2021');

-- checked 2026-11-23: Jemperli label copy that already includes the 1 Aug 2024 all-comers endometrial cancer indication; section 1.2 still lists dMMR recurrent or advanced solid tumours (single agent, accelerated approval). Date = earliest possible revision date of this copy.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'guidelinecentral-label-jemperli-2024',
       'https://www.guidelinecentral.com/drug/095eab9f-545a-4f12-bfb7-19477fb901a5/Jemperli/',
       'JEMPERLI (dostarlimab-gxly) prescribing information (copy of the FDA label)',
       'Guideline Central (copy of the FDA label)', DATE '2024-08-01'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'guidelinecentral-label-jemperli-2024');

-- checked 2026-11-23: GARNET trial data behind the dMMR solid tumour approval; most common adverse reactions (>=20%) fatigue/asthenia, anaemia, diarrhoea, nausea; dosing 500 mg every 3 weeks for doses 1-4 then 1,000 mg every 6 weeks
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'ascopost-dostarlimab-dmmr-solid-tumors-2021',
       'https://ascopost.com/issues/september-25-2021/fda-grants-accelerated-approval-to-dostarlimab-gxly-for-dmmr-advanced-solid-tumors',
       'FDA grants accelerated approval to dostarlimab-gxly for dMMR advanced solid tumors',
       'The ASCO Post', DATE '2021-09-25'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ascopost-dostarlimab-dmmr-solid-tumors-2021');

-- checked 2026-11-23: current Vitrakvi label (openFDA record, data updated 2026-06-02; indications revised 4/2025): adult and paediatric NTRK gene fusion solid tumours, metastatic or where surgery would cause severe morbidity, no satisfactory alternative or progressed after treatment
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-label-vitrakvi-2026', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Larotrectinib%22',
       'VITRAKVI (larotrectinib) prescribing information, openFDA drug label record',
       'U.S. Food and Drug Administration', DATE '2026-06-02'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-vitrakvi-2026');

-- checked 2026-11-23: FDA granted full (traditional) approval to larotrectinib for NTRK gene fusion solid tumours in April 2025; most common adverse reactions and serious risks (CNS effects, fractures, hepatotoxicity)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'epocrates-vitrakvi-full-approval-2025',
       'https://epocrates.com/online/article/vitrakvi-granted-full-approval-for-ntrk-gene-fusion-positive-solid-tumors',
       'Vitrakvi granted full approval for NTRK gene fusion-positive solid tumors',
       'epocrates', DATE '2025-04-14'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'epocrates-vitrakvi-full-approval-2025');

-- checked 2026-11-23: current Rozlytrek label (openFDA record, data updated 2026-07-18; last indication change 10/2023): NTRK gene fusion solid tumours in adults and children older than 1 month, accelerated approval
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-label-rozlytrek-2026', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22entrectinib%22',
       'ROZLYTREK (entrectinib) prescribing information, openFDA drug label record',
       'U.S. Food and Drug Administration', DATE '2026-07-18'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-rozlytrek-2026');

-- checked 2026-11-23: Oct 2023 accelerated approval of entrectinib for children older than 1 month with NTRK fusion solid tumours (no known acquired resistance mutation; metastatic or surgery would cause severe morbidity; progressed after treatment or no satisfactory standard therapy)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'clinicaloncology-rozlytrek-pediatric-2023',
       'https://www.clinicaloncology.com/Solid-Tumors/Article/10-23/FDA-Expands-Pediatric-Indication-for-Rozlytrek-and-Approves-New-Pellet-Formulation/71847',
       'FDA expands pediatric indication for Rozlytrek and approves new pellet formulation',
       'Clinical Oncology News', DATE '2023-10-24'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'clinicaloncology-rozlytrek-pediatric-2023');

-- checked 2026-11-23: current Augtyro label (openFDA record, data updated 2026-07-18; NTRK indication 1.2 added 06/2024)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-label-augtyro-2026', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22repotrectinib%22',
       'AUGTYRO (repotrectinib) prescribing information, openFDA drug label record',
       'U.S. Food and Drug Administration', DATE '2026-07-18'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-augtyro-2026');

-- checked 2026-11-23: FDA accelerated approval on 13 June 2024 of repotrectinib for people aged 12 and older with NTRK fusion solid tumours (locally advanced or metastatic or surgery would cause severe morbidity; progressed after treatment or no satisfactory alternative); ARs >20%; dose 160 mg daily x14 days then twice daily. Date = approval date reported in the article.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'ons-fda-repotrectinib-ntrk-2024',
       'https://voice.ons.org/news-and-views/fda-grants-accelerated-approval-to-repotrectinib-for-adult-and-pediatric-patients',
       'FDA grants accelerated approval to repotrectinib for adult and pediatric patients with NTRK gene fusion-positive solid tumors',
       'Oncology Nursing Society (ONS Voice)', DATE '2024-06-13'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ons-fda-repotrectinib-ntrk-2024');

-- checked 2026-11-23: current Retevmo label (openFDA record, data updated 2026-06-02): RET fusion-positive solid tumours indication
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-label-retevmo-2026', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Selpercatinib%22',
       'RETEVMO (selpercatinib) prescribing information, openFDA drug label record',
       'U.S. Food and Drug Administration', DATE '2026-06-02'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-retevmo-2026');

-- checked 2026-11-23: FDA accelerated approval (21 Sep 2022) of selpercatinib for adults with locally advanced or metastatic RET fusion solid tumours that progressed on or after prior systemic treatment or with no satisfactory alternative; text reproduced by Maestro Database
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'maestro-fda-selpercatinib-ret-solid-tumours-2022',
       'https://maestrodatabase.com/blog/fda-approves-selpercatinib-for-locally-advanced-or-metastatic-ret-fusion-positive-solid-tumours',
       'FDA approves selpercatinib for locally advanced or metastatic RET fusion-positive solid tumours',
       'Maestro Database (reproducing the FDA notice of 21 September 2022)', DATE '2022-09-21'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'maestro-fda-selpercatinib-ret-solid-tumours-2022');

-- checked 2026-11-23: May 2024 accelerated approval extending selpercatinib RET-altered indications, including solid tumours, to children aged 2 years and older
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'clinicaloncology-retevmo-pediatric-2024',
       'https://www.clinicaloncology.com/Solid-Tumors/Article/05-24/Retevmo-Approved-for-Pediatric-Patients-with-RET-altered-Metastatic-Thyroid-Cancer-or-Solid-Tumors/73933',
       'Retevmo approved for pediatric patients with RET-altered metastatic thyroid cancer or solid tumors',
       'Clinical Oncology News', DATE '2024-05-30'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'clinicaloncology-retevmo-pediatric-2024');

-- checked 2026-11-23: current Tafinlar label (openFDA record, data updated 2026-07-18; last change 4/2025, uveitis warning)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-label-tafinlar-2026', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22dabrafenib%22',
       'TAFINLAR (dabrafenib) prescribing information, openFDA drug label record',
       'U.S. Food and Drug Administration', DATE '2026-07-18'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-tafinlar-2026');

-- checked 2026-11-23: current Mekinist label (openFDA record, data updated 2026-06-02; last change 5/2026, warnings)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-label-mekinist-2026', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Trametinib%22',
       'MEKINIST (trametinib) prescribing information, openFDA drug label record',
       'U.S. Food and Drug Administration', DATE '2026-06-02'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-mekinist-2026');

-- checked 2026-11-23: FDA accelerated approval (June 2022) of dabrafenib + trametinib for unresectable or metastatic BRAF V600E solid tumours that progressed after prior treatment with no satisfactory alternative (not for colorectal cancer)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'ascopost-dabrafenib-trametinib-braf-solid-tumors-2022',
       'https://ascopost.com/issues/july-10-2022/dabrafenib-plus-trametinib-receives-fda-approval-for-braf-v600e-mutated-solid-tumors',
       'Dabrafenib plus trametinib receives FDA approval for BRAF V600E-mutated solid tumors',
       'The ASCO Post', DATE '2022-07-10'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ascopost-dabrafenib-trametinib-braf-solid-tumors-2022');

-- checked 2026-11-23: zoledronic acid injection 4 mg label (openFDA record, data updated 2026-06-01): patients with documented bone metastases from solid tumours, in conjunction with standard antineoplastic therapy; hypercalcaemia of malignancy
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-label-zoledronic-acid-oncology-2026', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22zoledronic+acid%22',
       'Zoledronic acid injection (4 mg, oncology) prescribing information, openFDA drug label record',
       'U.S. Food and Drug Administration', DATE '2026-06-01'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-zoledronic-acid-oncology-2026');

-- checked 2026-11-23: current Xgeva label (openFDA record, data updated 2026-09-18; last change 05/2025): prevention of skeletal-related events in patients with multiple myeloma and bone metastases from solid tumours
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-label-xgeva-2026', 'https://api.fda.gov/drug/label.json?search=set_id%3A%22628f0998-1206-4001-aeee-18133aa9f3bf%22',
       'XGEVA (denosumab) prescribing information, openFDA drug label record',
       'U.S. Food and Drug Administration', DATE '2026-09-18'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-xgeva-2026');

-- checked 2026-11-23: ASCO-CCO focused update (J Clin Oncol 2017;35:3978-86): bone-modifying agents for breast cancer with bone metastases; denosumab 120 mg every 4 weeks, zoledronic acid 4 mg every 12 weeks or every 3-4 weeks; analgesic effect modest, not to be used alone for bone pain
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'asco-cco-bone-modifying-agents-mbc-2017', 'https://guidelinecentral.com/guideline/7420',
       'Role of bone-modifying agents in metastatic breast cancer: ASCO-Cancer Care Ontario focused guideline update',
       'American Society of Clinical Oncology and Cancer Care Ontario', DATE '2017-12-10'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'asco-cco-bone-modifying-agents-mbc-2017');

-- ---------------------------------------------------------------------------------------------------
-- Drugs and brand names (shared with other helpers: guarded; 'pembrolizumab' is also used by
-- the 'pembrolizumab-chemotherapy' therapy of another helper)
-- ---------------------------------------------------------------------------------------------------

INSERT INTO drug (name) SELECT 'pembrolizumab' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'pembrolizumab');
INSERT INTO drug (name) SELECT 'dostarlimab' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'dostarlimab');
INSERT INTO drug (name) SELECT 'larotrectinib' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'larotrectinib');
INSERT INTO drug (name) SELECT 'entrectinib' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'entrectinib');
INSERT INTO drug (name) SELECT 'repotrectinib' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'repotrectinib');
INSERT INTO drug (name) SELECT 'selpercatinib' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'selpercatinib');
INSERT INTO drug (name) SELECT 'dabrafenib' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'dabrafenib');
INSERT INTO drug (name) SELECT 'trametinib' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'trametinib');
INSERT INTO drug (name) SELECT 'zoledronic acid' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'zoledronic acid');
INSERT INTO drug (name) SELECT 'denosumab' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'denosumab');

INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Keytruda' FROM drug d WHERE d.name = 'pembrolizumab'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Keytruda');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Jemperli' FROM drug d WHERE d.name = 'dostarlimab'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Jemperli');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Vitrakvi' FROM drug d WHERE d.name = 'larotrectinib'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Vitrakvi');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Rozlytrek' FROM drug d WHERE d.name = 'entrectinib'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Rozlytrek');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Augtyro' FROM drug d WHERE d.name = 'repotrectinib'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Augtyro');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Retevmo' FROM drug d WHERE d.name = 'selpercatinib'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Retevmo');
-- EU/UK brand name of selpercatinib
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Retsevmo' FROM drug d WHERE d.name = 'selpercatinib'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Retsevmo');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Tafinlar' FROM drug d WHERE d.name = 'dabrafenib'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Tafinlar');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Mekinist' FROM drug d WHERE d.name = 'trametinib'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Mekinist');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Zometa' FROM drug d WHERE d.name = 'zoledronic acid'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Zometa');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Xgeva' FROM drug d WHERE d.name = 'denosumab'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Xgeva');
-- US biosimilars of Xgeva (120 mg) seen in openFDA label records with the same indication
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Wyost' FROM drug d WHERE d.name = 'denosumab'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Wyost');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Osenvelt' FROM drug d WHERE d.name = 'denosumab'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Osenvelt');

-- ---------------------------------------------------------------------------------------------------
-- New side effects (none in V002 fits; guarded in case another helper adds the same slug)
-- ---------------------------------------------------------------------------------------------------

INSERT INTO side_effect (slug, name, explanation)
SELECT 'dizziness', 'Dizziness', 'Feeling light-headed, unsteady or off balance. It can make driving or using machines less safe.'
WHERE NOT EXISTS (SELECT 1 FROM side_effect WHERE slug = 'dizziness');
INSERT INTO side_effect (slug, name, explanation)
SELECT 'taste-changes', 'Changes in taste', 'Food may taste different, bland or metallic.'
WHERE NOT EXISTS (SELECT 1 FROM side_effect WHERE slug = 'taste-changes');
INSERT INTO side_effect (slug, name, explanation)
SELECT 'thinking-problems', 'Problems with memory or thinking', 'Trouble with memory, focus or finding words. Some people feel confused. Tell your team if you notice this.'
WHERE NOT EXISTS (SELECT 1 FROM side_effect WHERE slug = 'thinking-problems');
INSERT INTO side_effect (slug, name, explanation)
SELECT 'broken-bones', 'Broken bones (fractures)', 'Bones may break more easily than usual, sometimes after only a small fall or knock.'
WHERE NOT EXISTS (SELECT 1 FROM side_effect WHERE slug = 'broken-bones');
INSERT INTO side_effect (slug, name, explanation)
SELECT 'high-blood-pressure', 'High blood pressure (hypertension)', 'Blood pressure goes higher than normal. It often causes no signs, so it is checked during treatment.'
WHERE NOT EXISTS (SELECT 1 FROM side_effect WHERE slug = 'high-blood-pressure');
INSERT INTO side_effect (slug, name, explanation)
SELECT 'swelling', 'Swelling (oedema)', 'Fluid builds up in the body. It is often seen in the ankles, legs, hands or face.'
WHERE NOT EXISTS (SELECT 1 FROM side_effect WHERE slug = 'swelling');
INSERT INTO side_effect (slug, name, explanation)
SELECT 'dry-mouth', 'Dry mouth', 'The mouth feels dry or sticky. It can make eating and talking harder.'
WHERE NOT EXISTS (SELECT 1 FROM side_effect WHERE slug = 'dry-mouth');
INSERT INTO side_effect (slug, name, explanation)
SELECT 'bleeding', 'Bleeding', 'Nosebleeds, bruising or other bleeding. Heavy bleeding, or blood in vomit or poo, needs help at once.'
WHERE NOT EXISTS (SELECT 1 FROM side_effect WHERE slug = 'bleeding');
INSERT INTO side_effect (slug, name, explanation)
SELECT 'flu-like-symptoms', 'Flu-like symptoms', 'Fever, chills and aches for a day or two after a dose. It is most common after the first dose.'
WHERE NOT EXISTS (SELECT 1 FROM side_effect WHERE slug = 'flu-like-symptoms');

-- ---------------------------------------------------------------------------------------------------
-- 1. Pembrolizumab on its own (MSI-high / dMMR and TMB-high solid tumours)
-- ---------------------------------------------------------------------------------------------------

INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
SELECT 'pembrolizumab-msi-h-tmb-h', 'Pembrolizumab on its own (MSI-high, dMMR or TMB-high cancer)',
       (SELECT id FROM drug_class WHERE slug = 'immune-checkpoint-inhibitor'), 'IMMUNOTHERAPY',
       'Pembrolizumab is an immunotherapy drug. Here it is given on its own, without chemotherapy. It can be used for any solid cancer, including breast cancer, with certain test results. These are MSI-high, dMMR or TMB-high. These results are rare in breast cancer.',
       'Cancer cells can use a brake on immune cells, called PD-1, to hide. Pembrolizumab blocks this brake. This helps the immune system find and attack the cancer.',
       'Drip into a vein (infusion)',
       'Once every 3 weeks or once every 6 weeks. Each drip takes about 30 minutes. It goes on for up to 2 years, while it works and side effects are manageable.',
       DATE '2026-11-23';

INSERT INTO therapy_drug (therapy_id, drug_id, position) VALUES
  ((SELECT id FROM therapy WHERE slug = 'pembrolizumab-msi-h-tmb-h'), (SELECT id FROM drug WHERE name = 'pembrolizumab'), 1);

INSERT INTO therapy_source (therapy_id, source_id) VALUES
  ((SELECT id FROM therapy WHERE slug = 'pembrolizumab-msi-h-tmb-h'), (SELECT id FROM source WHERE code = 'fda-label-keytruda-2026')),
  ((SELECT id FROM therapy WHERE slug = 'pembrolizumab-msi-h-tmb-h'), (SELECT id FROM source WHERE code = 'clinicaloncology-keytruda-msi-h-full-approval-2023')),
  ((SELECT id FROM therapy WHERE slug = 'pembrolizumab-msi-h-tmb-h'), (SELECT id FROM source WHERE code = 'maestro-fda-pembrolizumab-tmb-h-2020'));

INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
SELECT 'pembrolizumab-msi-h-tmb-h-msi-h-later', (SELECT id FROM therapy WHERE slug = 'pembrolizumab-msi-h-tmb-h'),
       'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
       'For cancer that has spread or cannot be removed by surgery. A test on the tumour must show it is MSI-high or dMMR. It is used after earlier treatment has stopped working, when there is no other good option. It is approved for adults and children.',
       DATE '2026-11-23';

INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
SELECT 'pembrolizumab-msi-h-tmb-h-tmb-h-later', (SELECT id FROM therapy WHERE slug = 'pembrolizumab-msi-h-tmb-h'),
       'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
       'For cancer that has spread or cannot be removed by surgery. An approved test must show 10 or more gene changes per million DNA letters (TMB-high). It is used after earlier treatment has stopped working, when there is no other good option. In the US this use has early (accelerated) approval.',
       DATE '2026-11-23';

INSERT INTO indication_biomarker (indication_id, biomarker_id) VALUES
  ((SELECT id FROM indication WHERE code = 'pembrolizumab-msi-h-tmb-h-msi-h-later'), (SELECT id FROM biomarker WHERE code = 'MSI-H')),
  ((SELECT id FROM indication WHERE code = 'pembrolizumab-msi-h-tmb-h-tmb-h-later'), (SELECT id FROM biomarker WHERE code = 'TMB-H'));

INSERT INTO indication_source (indication_id, source_id) VALUES
  ((SELECT id FROM indication WHERE code = 'pembrolizumab-msi-h-tmb-h-msi-h-later'), (SELECT id FROM source WHERE code = 'fda-label-keytruda-2026')),
  ((SELECT id FROM indication WHERE code = 'pembrolizumab-msi-h-tmb-h-msi-h-later'), (SELECT id FROM source WHERE code = 'clinicaloncology-keytruda-msi-h-full-approval-2023')),
  ((SELECT id FROM indication WHERE code = 'pembrolizumab-msi-h-tmb-h-tmb-h-later'), (SELECT id FROM source WHERE code = 'fda-label-keytruda-2026')),
  ((SELECT id FROM indication WHERE code = 'pembrolizumab-msi-h-tmb-h-tmb-h-later'), (SELECT id FROM source WHERE code = 'maestro-fda-pembrolizumab-tmb-h-2020'));

-- Keytruda label, single agent: most common (>=20%) fatigue, musculoskeletal pain, rash, diarrhoea, pyrexia,
-- cough, decreased appetite, pruritus, dyspnoea, constipation, nausea, hypothyroidism. EU SmPC (MSD UK):
-- hypothyroidism very common, pneumonitis common, infusion-related reaction common. Pneumonitis 3.4% (keytruda.com).
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) VALUES
  ((SELECT id FROM therapy WHERE slug = 'pembrolizumab-msi-h-tmb-h'), (SELECT id FROM side_effect WHERE slug = 'fatigue'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'pembrolizumab-msi-h-tmb-h'), (SELECT id FROM side_effect WHERE slug = 'joint-pain'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'pembrolizumab-msi-h-tmb-h'), (SELECT id FROM side_effect WHERE slug = 'rash'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'pembrolizumab-msi-h-tmb-h'), (SELECT id FROM side_effect WHERE slug = 'diarrhoea'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'pembrolizumab-msi-h-tmb-h'), (SELECT id FROM side_effect WHERE slug = 'immune-side-effects'), 'VERY_COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'pembrolizumab-msi-h-tmb-h'), (SELECT id FROM side_effect WHERE slug = 'lung-inflammation'), 'COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'pembrolizumab-msi-h-tmb-h'), (SELECT id FROM side_effect WHERE slug = 'infusion-reaction'), 'COMMON', TRUE);

-- ---------------------------------------------------------------------------------------------------
-- 2. Dostarlimab (dMMR solid tumours)
-- ---------------------------------------------------------------------------------------------------

INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
SELECT 'dostarlimab', 'Dostarlimab',
       (SELECT id FROM drug_class WHERE slug = 'immune-checkpoint-inhibitor'), 'IMMUNOTHERAPY',
       'Dostarlimab is an immunotherapy drug given on its own. It is mainly used for womb (endometrial) cancer. In the US it can also be used for other solid cancers, including breast cancer. A test must show the cancer is dMMR. This is rare in breast cancer.',
       'Cancer cells can use a brake on immune cells, called PD-1, to hide. Dostarlimab blocks this brake. This helps the immune system find and attack the cancer.',
       'Drip into a vein (infusion)',
       'The first 4 doses are given every 3 weeks. After that, a larger dose is given every 6 weeks. Each drip takes about 30 minutes. It goes on while it works and side effects are manageable.',
       DATE '2026-11-23';

INSERT INTO therapy_drug (therapy_id, drug_id, position) VALUES
  ((SELECT id FROM therapy WHERE slug = 'dostarlimab'), (SELECT id FROM drug WHERE name = 'dostarlimab'), 1);

INSERT INTO therapy_source (therapy_id, source_id) VALUES
  ((SELECT id FROM therapy WHERE slug = 'dostarlimab'), (SELECT id FROM source WHERE code = 'guidelinecentral-label-jemperli-2024')),
  ((SELECT id FROM therapy WHERE slug = 'dostarlimab'), (SELECT id FROM source WHERE code = 'fda-approval-dostarlimab-dmmr-solid-tumors-2021')),
  ((SELECT id FROM therapy WHERE slug = 'dostarlimab'), (SELECT id FROM source WHERE code = 'ascopost-dostarlimab-dmmr-solid-tumors-2021'));

-- The label names dMMR only (not MSI-H); the shared biomarker row 'MSI-H' is "MSI-high or dMMR".
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
SELECT 'dostarlimab-dmmr-later', (SELECT id FROM therapy WHERE slug = 'dostarlimab'),
       'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
       'For adults whose cancer has come back or is advanced. An approved test on the tumour must show it is dMMR. It is used after earlier treatment has stopped working, when there is no other good option. In the US this use has early (accelerated) approval.',
       DATE '2026-11-23';

INSERT INTO indication_biomarker (indication_id, biomarker_id) VALUES
  ((SELECT id FROM indication WHERE code = 'dostarlimab-dmmr-later'), (SELECT id FROM biomarker WHERE code = 'MSI-H'));

INSERT INTO indication_source (indication_id, source_id) VALUES
  ((SELECT id FROM indication WHERE code = 'dostarlimab-dmmr-later'), (SELECT id FROM source WHERE code = 'guidelinecentral-label-jemperli-2024')),
  ((SELECT id FROM indication WHERE code = 'dostarlimab-dmmr-later'), (SELECT id FROM source WHERE code = 'fda-approval-dostarlimab-dmmr-solid-tumors-2021'));

-- dMMR solid tumour pool (GARNET): most common (>=20%) fatigue/asthenia, anaemia, diarrhoea, nausea; immune-mediated
-- reactions (pneumonitis, colitis, hepatitis, endocrinopathies, nephritis, skin) are a label warning.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) VALUES
  ((SELECT id FROM therapy WHERE slug = 'dostarlimab'), (SELECT id FROM side_effect WHERE slug = 'fatigue'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'dostarlimab'), (SELECT id FROM side_effect WHERE slug = 'low-red-blood-cells'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'dostarlimab'), (SELECT id FROM side_effect WHERE slug = 'diarrhoea'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'dostarlimab'), (SELECT id FROM side_effect WHERE slug = 'nausea'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'dostarlimab'), (SELECT id FROM side_effect WHERE slug = 'immune-side-effects'), 'COMMON', TRUE);

-- ---------------------------------------------------------------------------------------------------
-- 3a. Larotrectinib (NTRK gene fusion solid tumours)
-- ---------------------------------------------------------------------------------------------------

INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
SELECT 'larotrectinib', 'Larotrectinib',
       (SELECT id FROM drug_class WHERE slug = 'trk-inhibitor'), 'TUMOUR_AGNOSTIC',
       'Larotrectinib is a targeted drug for solid cancers that have an NTRK gene fusion. It can be used wherever in the body the cancer started, including the breast. NTRK fusions are very rare in breast cancer. A gene test on the tumour finds them.',
       'An NTRK gene fusion makes a faulty TRK protein. This protein keeps telling the cell to grow. Larotrectinib blocks the faulty protein, which can shrink the cancer or slow it down.',
       'Capsules or a liquid taken by mouth',
       'Twice a day, every day. It goes on while it works and side effects are manageable.',
       DATE '2026-11-23';

INSERT INTO therapy_drug (therapy_id, drug_id, position) VALUES
  ((SELECT id FROM therapy WHERE slug = 'larotrectinib'), (SELECT id FROM drug WHERE name = 'larotrectinib'), 1);

INSERT INTO therapy_source (therapy_id, source_id) VALUES
  ((SELECT id FROM therapy WHERE slug = 'larotrectinib'), (SELECT id FROM source WHERE code = 'fda-label-vitrakvi-2026')),
  ((SELECT id FROM therapy WHERE slug = 'larotrectinib'), (SELECT id FROM source WHERE code = 'epocrates-vitrakvi-full-approval-2025'));

-- Label: "no satisfactory alternative treatments OR progressed following treatment", so earlier treatment is not
-- strictly required: line ANY.
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
SELECT 'larotrectinib-ntrk-any', (SELECT id FROM therapy WHERE slug = 'larotrectinib'),
       'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', NULL, 'ANY',
       'For cancer that has spread, or where surgery would cause serious harm. A test must show an NTRK gene fusion, with no known resistance change. It is used when other treatment has stopped working. It can also be used when there is no other good option. It is approved for adults and children.',
       DATE '2026-11-23';

INSERT INTO indication_biomarker (indication_id, biomarker_id) VALUES
  ((SELECT id FROM indication WHERE code = 'larotrectinib-ntrk-any'), (SELECT id FROM biomarker WHERE code = 'NTRK'));

INSERT INTO indication_source (indication_id, source_id) VALUES
  ((SELECT id FROM indication WHERE code = 'larotrectinib-ntrk-any'), (SELECT id FROM source WHERE code = 'fda-label-vitrakvi-2026')),
  ((SELECT id FROM indication WHERE code = 'larotrectinib-ntrk-any'), (SELECT id FROM source WHERE code = 'epocrates-vitrakvi-full-approval-2025'));

-- Vitrakvi label (2025): most common (>=20%) raised AST/ALT, anaemia, fatigue, vomiting, cough, constipation, pyrexia,
-- diarrhoea, nausea, abdominal pain, dizziness, rash; serious risks: CNS effects, skeletal fractures, hepatotoxicity.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) VALUES
  ((SELECT id FROM therapy WHERE slug = 'larotrectinib'), (SELECT id FROM side_effect WHERE slug = 'liver-problems'), 'VERY_COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'larotrectinib'), (SELECT id FROM side_effect WHERE slug = 'fatigue'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'larotrectinib'), (SELECT id FROM side_effect WHERE slug = 'low-red-blood-cells'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'larotrectinib'), (SELECT id FROM side_effect WHERE slug = 'vomiting'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'larotrectinib'), (SELECT id FROM side_effect WHERE slug = 'constipation'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'larotrectinib'), (SELECT id FROM side_effect WHERE slug = 'dizziness'), 'VERY_COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'larotrectinib'), (SELECT id FROM side_effect WHERE slug = 'broken-bones'), 'COMMON', TRUE);

-- ---------------------------------------------------------------------------------------------------
-- 3b. Entrectinib (NTRK gene fusion solid tumours)
-- ---------------------------------------------------------------------------------------------------

INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
SELECT 'entrectinib', 'Entrectinib',
       (SELECT id FROM drug_class WHERE slug = 'trk-inhibitor'), 'TUMOUR_AGNOSTIC',
       'Entrectinib is a targeted drug for solid cancers that have an NTRK gene fusion. It can be used wherever in the body the cancer started, including the breast. NTRK fusions are very rare in breast cancer. A gene test on the tumour finds them.',
       'An NTRK gene fusion makes a faulty TRK protein that keeps telling the cell to grow. Entrectinib blocks this protein. This can shrink the cancer or slow it down.',
       'Capsules taken by mouth (children may have small pellets)',
       'Once a day, every day. It goes on while it works and side effects are manageable.',
       DATE '2026-11-23';

INSERT INTO therapy_drug (therapy_id, drug_id, position) VALUES
  ((SELECT id FROM therapy WHERE slug = 'entrectinib'), (SELECT id FROM drug WHERE name = 'entrectinib'), 1);

INSERT INTO therapy_source (therapy_id, source_id) VALUES
  ((SELECT id FROM therapy WHERE slug = 'entrectinib'), (SELECT id FROM source WHERE code = 'fda-label-rozlytrek-2026')),
  ((SELECT id FROM therapy WHERE slug = 'entrectinib'), (SELECT id FROM source WHERE code = 'clinicaloncology-rozlytrek-pediatric-2023'));

INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
SELECT 'entrectinib-ntrk-any', (SELECT id FROM therapy WHERE slug = 'entrectinib'),
       'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', NULL, 'ANY',
       'For cancer that has spread, or where surgery would cause serious harm. An approved test must show an NTRK gene fusion, with no known resistance change. It is used when other treatment has stopped working. It can also be used when there is no other good option. In the US this use has early (accelerated) approval.',
       DATE '2026-11-23';

INSERT INTO indication_biomarker (indication_id, biomarker_id) VALUES
  ((SELECT id FROM indication WHERE code = 'entrectinib-ntrk-any'), (SELECT id FROM biomarker WHERE code = 'NTRK'));

INSERT INTO indication_source (indication_id, source_id) VALUES
  ((SELECT id FROM indication WHERE code = 'entrectinib-ntrk-any'), (SELECT id FROM source WHERE code = 'fda-label-rozlytrek-2026')),
  ((SELECT id FROM indication WHERE code = 'entrectinib-ntrk-any'), (SELECT id FROM source WHERE code = 'clinicaloncology-rozlytrek-pediatric-2023'));

-- Rozlytrek label: common effects fatigue, constipation, dysgeusia, oedema, dizziness, diarrhoea, nausea;
-- warnings: congestive heart failure 3.4%, CNS effects incl. cognitive impairment 27%.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) VALUES
  ((SELECT id FROM therapy WHERE slug = 'entrectinib'), (SELECT id FROM side_effect WHERE slug = 'fatigue'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'entrectinib'), (SELECT id FROM side_effect WHERE slug = 'constipation'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'entrectinib'), (SELECT id FROM side_effect WHERE slug = 'taste-changes'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'entrectinib'), (SELECT id FROM side_effect WHERE slug = 'swelling'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'entrectinib'), (SELECT id FROM side_effect WHERE slug = 'dizziness'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'entrectinib'), (SELECT id FROM side_effect WHERE slug = 'thinking-problems'), 'VERY_COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'entrectinib'), (SELECT id FROM side_effect WHERE slug = 'heart-problems'), 'COMMON', TRUE);

-- ---------------------------------------------------------------------------------------------------
-- 3c. Repotrectinib (NTRK gene fusion solid tumours; FDA 13 June 2024)
-- ---------------------------------------------------------------------------------------------------

INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
SELECT 'repotrectinib', 'Repotrectinib',
       (SELECT id FROM drug_class WHERE slug = 'trk-inhibitor'), 'TUMOUR_AGNOSTIC',
       'Repotrectinib is a targeted drug for solid cancers that have an NTRK gene fusion. It can be used wherever in the body the cancer started, including the breast. It may work even after another TRK drug has stopped working. It was approved for this use in the US in June 2024.',
       'An NTRK gene fusion makes a faulty TRK protein that keeps telling the cell to grow. Repotrectinib blocks this protein. It may also block some changed forms of TRK that resist older drugs.',
       'Capsules taken by mouth',
       'Once a day for the first 2 weeks, then twice a day. It goes on while it works and side effects are manageable.',
       DATE '2026-11-23';

INSERT INTO therapy_drug (therapy_id, drug_id, position) VALUES
  ((SELECT id FROM therapy WHERE slug = 'repotrectinib'), (SELECT id FROM drug WHERE name = 'repotrectinib'), 1);

INSERT INTO therapy_source (therapy_id, source_id) VALUES
  ((SELECT id FROM therapy WHERE slug = 'repotrectinib'), (SELECT id FROM source WHERE code = 'fda-label-augtyro-2026')),
  ((SELECT id FROM therapy WHERE slug = 'repotrectinib'), (SELECT id FROM source WHERE code = 'ons-fda-repotrectinib-ntrk-2024'));

INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
SELECT 'repotrectinib-ntrk-any', (SELECT id FROM therapy WHERE slug = 'repotrectinib'),
       'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', NULL, 'ANY',
       'For people aged 12 and over. The cancer has spread or grown nearby, or surgery would cause serious harm. A test must show an NTRK gene fusion. It is used when other treatment has stopped working. It can also be used when there is no other good option. In the US this use has early (accelerated) approval.',
       DATE '2026-11-23';

INSERT INTO indication_biomarker (indication_id, biomarker_id) VALUES
  ((SELECT id FROM indication WHERE code = 'repotrectinib-ntrk-any'), (SELECT id FROM biomarker WHERE code = 'NTRK'));

INSERT INTO indication_source (indication_id, source_id) VALUES
  ((SELECT id FROM indication WHERE code = 'repotrectinib-ntrk-any'), (SELECT id FROM source WHERE code = 'fda-label-augtyro-2026')),
  ((SELECT id FROM indication WHERE code = 'repotrectinib-ntrk-any'), (SELECT id FROM source WHERE code = 'ons-fda-repotrectinib-ntrk-2024'));

-- TRIDENT-1 NTRK cohorts: most common (>20%) dizziness, dysgeusia, peripheral neuropathy, constipation, dyspnoea,
-- fatigue, ataxia, cognitive impairment, muscular weakness, nausea.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) VALUES
  ((SELECT id FROM therapy WHERE slug = 'repotrectinib'), (SELECT id FROM side_effect WHERE slug = 'dizziness'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'repotrectinib'), (SELECT id FROM side_effect WHERE slug = 'taste-changes'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'repotrectinib'), (SELECT id FROM side_effect WHERE slug = 'nerve-damage'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'repotrectinib'), (SELECT id FROM side_effect WHERE slug = 'constipation'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'repotrectinib'), (SELECT id FROM side_effect WHERE slug = 'fatigue'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'repotrectinib'), (SELECT id FROM side_effect WHERE slug = 'thinking-problems'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'repotrectinib'), (SELECT id FROM side_effect WHERE slug = 'nausea'), 'VERY_COMMON', FALSE);

-- ---------------------------------------------------------------------------------------------------
-- 4. Selpercatinib (RET fusion-positive solid tumours)
-- ---------------------------------------------------------------------------------------------------

INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
SELECT 'selpercatinib', 'Selpercatinib',
       (SELECT id FROM drug_class WHERE slug = 'ret-inhibitor'), 'TUMOUR_AGNOSTIC',
       'Selpercatinib is a targeted drug for cancers with a RET gene fusion. It is mainly used for some lung and thyroid cancers. In the US it can also be used for other solid cancers with a RET fusion. This includes breast cancer. RET fusions are very rare in breast cancer.',
       'A RET gene fusion makes a faulty RET protein that keeps telling the cell to grow. Selpercatinib blocks this protein. This can shrink the cancer or slow it down.',
       'Capsules or tablets taken by mouth',
       'Twice a day, every day. The dose depends on body weight. It goes on while it works and side effects are manageable.',
       DATE '2026-11-23';

INSERT INTO therapy_drug (therapy_id, drug_id, position) VALUES
  ((SELECT id FROM therapy WHERE slug = 'selpercatinib'), (SELECT id FROM drug WHERE name = 'selpercatinib'), 1);

INSERT INTO therapy_source (therapy_id, source_id) VALUES
  ((SELECT id FROM therapy WHERE slug = 'selpercatinib'), (SELECT id FROM source WHERE code = 'fda-label-retevmo-2026')),
  ((SELECT id FROM therapy WHERE slug = 'selpercatinib'), (SELECT id FROM source WHERE code = 'maestro-fda-selpercatinib-ret-solid-tumours-2022')),
  ((SELECT id FROM therapy WHERE slug = 'selpercatinib'), (SELECT id FROM source WHERE code = 'clinicaloncology-retevmo-pediatric-2024'));

-- Label: "progressed on or following prior systemic treatment OR no satisfactory alternative": line ANY.
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
SELECT 'selpercatinib-ret-any', (SELECT id FROM therapy WHERE slug = 'selpercatinib'),
       'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', NULL, 'ANY',
       'For cancer with a RET gene fusion that has spread or grown nearby. It is used when earlier medicine has stopped working. It can also be used when there is no other good option. It is approved for adults and children aged 2 and over. In the US this use has early (accelerated) approval.',
       DATE '2026-11-23';

INSERT INTO indication_biomarker (indication_id, biomarker_id) VALUES
  ((SELECT id FROM indication WHERE code = 'selpercatinib-ret-any'), (SELECT id FROM biomarker WHERE code = 'RET'));

INSERT INTO indication_source (indication_id, source_id) VALUES
  ((SELECT id FROM indication WHERE code = 'selpercatinib-ret-any'), (SELECT id FROM source WHERE code = 'fda-label-retevmo-2026')),
  ((SELECT id FROM indication WHERE code = 'selpercatinib-ret-any'), (SELECT id FROM source WHERE code = 'maestro-fda-selpercatinib-ret-solid-tumours-2022')),
  ((SELECT id FROM indication WHERE code = 'selpercatinib-ret-any'), (SELECT id FROM source WHERE code = 'clinicaloncology-retevmo-pediatric-2024'));

-- LIBRETTO-001 (n=702, Retevmo label table): dry mouth 39%, diarrhoea 37%, hypertension 35%, fatigue 35%,
-- oedema 35%, raised AST/ALT >=25% (hepatotoxicity warning), QT prolongation 17% (warning).
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) VALUES
  ((SELECT id FROM therapy WHERE slug = 'selpercatinib'), (SELECT id FROM side_effect WHERE slug = 'dry-mouth'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'selpercatinib'), (SELECT id FROM side_effect WHERE slug = 'diarrhoea'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'selpercatinib'), (SELECT id FROM side_effect WHERE slug = 'high-blood-pressure'), 'VERY_COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'selpercatinib'), (SELECT id FROM side_effect WHERE slug = 'fatigue'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'selpercatinib'), (SELECT id FROM side_effect WHERE slug = 'swelling'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'selpercatinib'), (SELECT id FROM side_effect WHERE slug = 'liver-problems'), 'VERY_COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'selpercatinib'), (SELECT id FROM side_effect WHERE slug = 'heart-rhythm-changes'), 'VERY_COMMON', TRUE);

-- ---------------------------------------------------------------------------------------------------
-- 5. Dabrafenib with trametinib (BRAF V600E solid tumours)
-- ---------------------------------------------------------------------------------------------------

INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
SELECT 'dabrafenib-trametinib', 'Dabrafenib with trametinib',
       (SELECT id FROM drug_class WHERE slug = 'braf-mek-inhibitor'), 'TUMOUR_AGNOSTIC',
       'Dabrafenib and trametinib are two targeted drugs taken together. They are used for solid cancers with a BRAF V600E gene change. This includes breast cancer, although this change is very rare there. They are not used for bowel cancer.',
       'The BRAF V600E change keeps a growth signal switched on. Dabrafenib blocks the faulty BRAF protein. Trametinib blocks MEK, the next step in the same signal.',
       'Dabrafenib capsules and trametinib tablets, taken by mouth',
       'Dabrafenib twice a day and trametinib once a day, every day. They go on while they work and side effects are manageable.',
       DATE '2026-11-23';

INSERT INTO therapy_drug (therapy_id, drug_id, position) VALUES
  ((SELECT id FROM therapy WHERE slug = 'dabrafenib-trametinib'), (SELECT id FROM drug WHERE name = 'dabrafenib'), 1),
  ((SELECT id FROM therapy WHERE slug = 'dabrafenib-trametinib'), (SELECT id FROM drug WHERE name = 'trametinib'), 2);

INSERT INTO therapy_source (therapy_id, source_id) VALUES
  ((SELECT id FROM therapy WHERE slug = 'dabrafenib-trametinib'), (SELECT id FROM source WHERE code = 'fda-label-tafinlar-2026')),
  ((SELECT id FROM therapy WHERE slug = 'dabrafenib-trametinib'), (SELECT id FROM source WHERE code = 'fda-label-mekinist-2026')),
  ((SELECT id FROM therapy WHERE slug = 'dabrafenib-trametinib'), (SELECT id FROM source WHERE code = 'ascopost-dabrafenib-trametinib-braf-solid-tumors-2022'));

INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
SELECT 'dabrafenib-trametinib-braf-v600e-later', (SELECT id FROM therapy WHERE slug = 'dabrafenib-trametinib'),
       'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
       'For cancer with a BRAF V600E gene change. The cancer has spread or cannot be removed by surgery. It is used after earlier treatment has stopped working, when there is no other good option. It is approved for adults and children. In the US this use has early (accelerated) approval.',
       DATE '2026-11-23';

INSERT INTO indication_biomarker (indication_id, biomarker_id) VALUES
  ((SELECT id FROM indication WHERE code = 'dabrafenib-trametinib-braf-v600e-later'), (SELECT id FROM biomarker WHERE code = 'BRAF-V600E'));

INSERT INTO indication_source (indication_id, source_id) VALUES
  ((SELECT id FROM indication WHERE code = 'dabrafenib-trametinib-braf-v600e-later'), (SELECT id FROM source WHERE code = 'fda-label-tafinlar-2026')),
  ((SELECT id FROM indication WHERE code = 'dabrafenib-trametinib-braf-v600e-later'), (SELECT id FROM source WHERE code = 'fda-label-mekinist-2026')),
  ((SELECT id FROM indication WHERE code = 'dabrafenib-trametinib-braf-v600e-later'), (SELECT id FROM source WHERE code = 'ascopost-dabrafenib-trametinib-braf-solid-tumors-2022'));

-- Tafinlar/Mekinist labels, BRAF V600E solid tumours: most common (>=20%) pyrexia, fatigue, chills, peripheral oedema,
-- nausea, constipation, vomiting, diarrhoea, rash, headache, haemorrhage, cough, myalgia, arthralgia.
-- Serious febrile reactions and haemorrhage are label warnings.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) VALUES
  ((SELECT id FROM therapy WHERE slug = 'dabrafenib-trametinib'), (SELECT id FROM side_effect WHERE slug = 'fever'), 'VERY_COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'dabrafenib-trametinib'), (SELECT id FROM side_effect WHERE slug = 'fatigue'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'dabrafenib-trametinib'), (SELECT id FROM side_effect WHERE slug = 'nausea'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'dabrafenib-trametinib'), (SELECT id FROM side_effect WHERE slug = 'rash'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'dabrafenib-trametinib'), (SELECT id FROM side_effect WHERE slug = 'swelling'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'dabrafenib-trametinib'), (SELECT id FROM side_effect WHERE slug = 'diarrhoea'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'dabrafenib-trametinib'), (SELECT id FROM side_effect WHERE slug = 'bleeding'), 'VERY_COMMON', TRUE);

-- ---------------------------------------------------------------------------------------------------
-- 6. Zoledronic acid (bone metastases)
-- ---------------------------------------------------------------------------------------------------

INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
SELECT 'zoledronic-acid', 'Zoledronic acid',
       (SELECT id FROM drug_class WHERE slug = 'bone-strengthening'), 'BONE_HEALTH',
       'Zoledronic acid is a bone-strengthening drug called a bisphosphonate. It is used when breast cancer has spread to the bones. It lowers the risk of broken bones and other bone problems. It is given alongside cancer treatment, not instead of it.',
       'Cancer in the bone makes bone-eating cells, called osteoclasts, too active. Zoledronic acid slows these cells down. This helps to keep the bones stronger.',
       'Drip into a vein (infusion)',
       'A 15-minute drip every 3 to 4 weeks, as on the label. Guidelines say a drip every 12 weeks is also an option. A blood test checks the kidneys before each dose. Calcium and vitamin D are usually taken each day too.',
       DATE '2026-11-23';

INSERT INTO therapy_drug (therapy_id, drug_id, position) VALUES
  ((SELECT id FROM therapy WHERE slug = 'zoledronic-acid'), (SELECT id FROM drug WHERE name = 'zoledronic acid'), 1);

INSERT INTO therapy_source (therapy_id, source_id) VALUES
  ((SELECT id FROM therapy WHERE slug = 'zoledronic-acid'), (SELECT id FROM source WHERE code = 'fda-label-zoledronic-acid-oncology-2026')),
  ((SELECT id FROM therapy WHERE slug = 'zoledronic-acid'), (SELECT id FROM source WHERE code = 'asco-cco-bone-modifying-agents-mbc-2017'));

INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
SELECT 'zoledronic-acid-bone-any', (SELECT id FROM therapy WHERE slug = 'zoledronic-acid'),
       'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', 'BONE', 'ANY',
       'When breast cancer has spread to the bones, at any stage of treatment. It is given together with other cancer treatment. Hormone receptor and HER2 status do not matter.',
       DATE '2026-11-23';

INSERT INTO indication_source (indication_id, source_id) VALUES
  ((SELECT id FROM indication WHERE code = 'zoledronic-acid-bone-any'), (SELECT id FROM source WHERE code = 'fda-label-zoledronic-acid-oncology-2026')),
  ((SELECT id FROM indication WHERE code = 'zoledronic-acid-bone-any'), (SELECT id FROM source WHERE code = 'asco-cco-bone-modifying-agents-mbc-2017'));

-- EU Zometa product information (via secondary copy): flu-like syndrome ~9%, bone pain 9.1%, fever 7.2%, nausea 5.8%,
-- low calcium ~3%, impaired kidney function 2.3%. US label warnings: renal toxicity, osteonecrosis of the jaw,
-- hypocalcaemia. ONJ prevalence ~2% in breast cancer on IV antiresorptives (systematic review, see notes).
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) VALUES
  ((SELECT id FROM therapy WHERE slug = 'zoledronic-acid'), (SELECT id FROM side_effect WHERE slug = 'flu-like-symptoms'), 'COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'zoledronic-acid'), (SELECT id FROM side_effect WHERE slug = 'bone-pain'), 'COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'zoledronic-acid'), (SELECT id FROM side_effect WHERE slug = 'fever'), 'COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'zoledronic-acid'), (SELECT id FROM side_effect WHERE slug = 'nausea'), 'COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'zoledronic-acid'), (SELECT id FROM side_effect WHERE slug = 'kidney-problems'), 'COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'zoledronic-acid'), (SELECT id FROM side_effect WHERE slug = 'low-calcium'), 'COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'zoledronic-acid'), (SELECT id FROM side_effect WHERE slug = 'jaw-bone-damage'), 'COMMON', TRUE);

-- ---------------------------------------------------------------------------------------------------
-- 7. Denosumab 120 mg (Xgeva) (bone metastases)
-- ---------------------------------------------------------------------------------------------------

INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
SELECT 'denosumab', 'Denosumab (Xgeva)',
       (SELECT id FROM drug_class WHERE slug = 'bone-strengthening'), 'BONE_HEALTH',
       'Denosumab (Xgeva) is a bone-strengthening injection. It is used when breast cancer has spread to the bones. It lowers the risk of broken bones and other bone problems. A lower-dose form (Prolia) is used for thin bones and is a different treatment.',
       'Denosumab is an antibody. It blocks a protein called RANKL that bone-eating cells (osteoclasts) need to work. This slows down bone damage.',
       'Injection under the skin',
       'One injection every 4 weeks. Calcium and vitamin D are usually taken each day too. They help prevent low calcium levels. It goes on for as long as your care team advises.',
       DATE '2026-11-23';

INSERT INTO therapy_drug (therapy_id, drug_id, position) VALUES
  ((SELECT id FROM therapy WHERE slug = 'denosumab'), (SELECT id FROM drug WHERE name = 'denosumab'), 1);

INSERT INTO therapy_source (therapy_id, source_id) VALUES
  ((SELECT id FROM therapy WHERE slug = 'denosumab'), (SELECT id FROM source WHERE code = 'fda-label-xgeva-2026')),
  ((SELECT id FROM therapy WHERE slug = 'denosumab'), (SELECT id FROM source WHERE code = 'asco-cco-bone-modifying-agents-mbc-2017'));

INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
SELECT 'denosumab-bone-any', (SELECT id FROM therapy WHERE slug = 'denosumab'),
       'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', 'BONE', 'ANY',
       'When breast cancer has spread to the bones, at any stage of treatment. It helps prevent broken bones and other bone problems. Hormone receptor and HER2 status do not matter.',
       DATE '2026-11-23';

INSERT INTO indication_source (indication_id, source_id) VALUES
  ((SELECT id FROM indication WHERE code = 'denosumab-bone-any'), (SELECT id FROM source WHERE code = 'fda-label-xgeva-2026')),
  ((SELECT id FROM indication WHERE code = 'denosumab-bone-any'), (SELECT id FROM source WHERE code = 'asco-cco-bone-modifying-agents-mbc-2017'));

-- EU Xgeva product information (Amgen EU HCP page): very common diarrhoea, musculoskeletal pain, dyspnoea;
-- common hypocalcaemia, hypophosphataemia, osteonecrosis of the jaw. Fatigue/asthenia and nausea among the most
-- common in the pivotal trials. Hypocalcaemia and ONJ are US label warnings.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) VALUES
  ((SELECT id FROM therapy WHERE slug = 'denosumab'), (SELECT id FROM side_effect WHERE slug = 'bone-pain'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'denosumab'), (SELECT id FROM side_effect WHERE slug = 'diarrhoea'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'denosumab'), (SELECT id FROM side_effect WHERE slug = 'fatigue'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'denosumab'), (SELECT id FROM side_effect WHERE slug = 'nausea'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'denosumab'), (SELECT id FROM side_effect WHERE slug = 'low-calcium'), 'COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'denosumab'), (SELECT id FROM side_effect WHERE slug = 'jaw-bone-damage'), 'COMMON', TRUE);
