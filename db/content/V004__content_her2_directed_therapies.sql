-- HER2-directed therapies for metastatic (stage IV) breast cancer, including HER2-low and HER2-ultralow.
-- Covers: pertuzumab + trastuzumab + docetaxel (incl. Phesgo), trastuzumab deruxtecan (HER2-positive,
-- HER2-low, HR-positive HER2-low/ultralow), trastuzumab deruxtecan + pertuzumab (first line, FDA Dec 2025),
-- tucatinib + trastuzumab + capecitabine, trastuzumab emtansine, neratinib + capecitabine,
-- lapatinib + capecitabine, margetuximab + chemotherapy.
-- Reviewed 2026-11-23 (helper "her2"). Research notes (EMA/NICE differences, gaps): docs/content-notes.md
-- Sources:
--   FDA pertuzumab approval 2012: http://www.fda.gov/Drugs/InformationOnDrugs/ApprovedDrugs/ucm307592.htm
--   openFDA Perjeta label: https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22pertuzumab%22
--   FDA Phesgo label 2024: http://www.accessdata.fda.gov/drugsatfda_docs/label/2024/761170s007lbl.pdf
--   FDA Enhertu HR+/HER2-low/ultralow approval 2025: https://fda.gov/drugs/resources-information-approved-drugs/fda-approves-fam-trastuzumab-deruxtecan-nxki-unresectable-or-metastatic-hr-positive-her2-low-or-her2
--   DailyMed Enhertu label (Jan 2025): https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=Trastuzumab_deruxtecan
--   FDA notice on Enhertu + pertuzumab (Dec 2025), as reproduced by ecancer: https://ecancer.org/en/news/27549-fda-approves-fam-trastuzumab-deruxtecan-nxki-with-pertuzumab-for-unresectable-or-metastatic-her2-positive-breast-cancer
--   FDA Tukysa label 2023: http://www.accessdata.fda.gov/drugsatfda_docs/label/2023/213411s004lbl.pdf
--   openFDA Kadcyla label: https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Ado-Trastuzumab+Emtansine%22
--   openFDA Nerlynx label: https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22neratinib%22
--   openFDA lapatinib label: https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Lapatinib%22
--   FDA Margenza label 2023: https://www.accessdata.fda.gov/drugsatfda_docs/label/2023/761150s005lbl.pdf

-- ---------------------------------------------------------------------------------------------------
-- Sources
-- ---------------------------------------------------------------------------------------------------

-- checked 2026-11-23: FDA approved pertuzumab with trastuzumab and docetaxel for HER2-positive MBC with no prior anti-HER2 therapy or chemotherapy for metastatic disease (8 June 2012)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-approval-pertuzumab-2012', 'http://www.fda.gov/Drugs/InformationOnDrugs/ApprovedDrugs/ucm307592.htm',
       'FDA approval: pertuzumab (Perjeta) with trastuzumab and docetaxel for HER2-positive metastatic breast cancer',
       'U.S. Food and Drug Administration', DATE '2012-06-08'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-approval-pertuzumab-2012');

-- checked 2026-11-23: current Perjeta label (openFDA record, data updated 2026-06-01): first-line MBC indication, boxed warning for left ventricular dysfunction and embryo-fetal toxicity
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-label-perjeta-2026', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22pertuzumab%22',
       'PERJETA (pertuzumab) prescribing information, openFDA drug label record',
       'U.S. Food and Drug Administration', DATE '2026-06-01'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-perjeta-2026');

-- checked 2026-11-23: Phesgo (subcutaneous fixed combination of pertuzumab and trastuzumab) label, supplement approved 2024-11-22; Phesgo carries the IV pertuzumab/trastuzumab breast cancer indications
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-label-phesgo-2024', 'http://www.accessdata.fda.gov/drugsatfda_docs/label/2024/761170s007lbl.pdf',
       'PHESGO (pertuzumab, trastuzumab, and hyaluronidase-zzxf) prescribing information',
       'U.S. Food and Drug Administration', DATE '2024-11-22'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-phesgo-2024');

-- checked 2026-11-23: Enhertu approved 27 Jan 2025 for HR-positive, HER2-low (IHC 1+ or 2+/ISH-) or HER2-ultralow (IHC 0 with membrane staining) MBC progressed on one or more endocrine therapies in the metastatic setting
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-approval-enhertu-her2-ultralow-2025',
       'https://fda.gov/drugs/resources-information-approved-drugs/fda-approves-fam-trastuzumab-deruxtecan-nxki-unresectable-or-metastatic-hr-positive-her2-low-or-her2',
       'FDA approves fam-trastuzumab deruxtecan-nxki for unresectable or metastatic HR-positive, HER2-low or HER2-ultralow breast cancer',
       'U.S. Food and Drug Administration', DATE '2025-01-27'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-approval-enhertu-her2-ultralow-2025');

-- checked 2026-11-23: Enhertu label (DailyMed copy updated 28 Jan 2025): HER2-positive (IHC 3+ or ISH+) MBC after a prior anti-HER2 regimen; HER2-low MBC after prior chemotherapy; HR+ HER2-low/ultralow after endocrine therapy; boxed warning ILD and embryo-fetal toxicity
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'dailymed-label-enhertu-2025', 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=Trastuzumab_deruxtecan',
       'ENHERTU (fam-trastuzumab deruxtecan-nxki) prescribing information, DailyMed',
       'U.S. National Library of Medicine (DailyMed)', DATE '2025-01-28'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'dailymed-label-enhertu-2025');

-- checked 2026-11-23: FDA approved Enhertu with pertuzumab on 15 Dec 2025 for first-line unresectable or metastatic HER2-positive (IHC 3+ or ISH+) breast cancer (DESTINY-Breast09); text of the FDA notice reproduced by ecancer
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'ecancer-fda-enhertu-pertuzumab-2025',
       'https://ecancer.org/en/news/27549-fda-approves-fam-trastuzumab-deruxtecan-nxki-with-pertuzumab-for-unresectable-or-metastatic-her2-positive-breast-cancer',
       'FDA approves fam-trastuzumab deruxtecan-nxki with pertuzumab for unresectable or metastatic HER2-positive breast cancer',
       'ecancer (reproducing the FDA notice of 15 December 2025)', DATE '2025-12-22'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ecancer-fda-enhertu-pertuzumab-2025');

-- checked 2026-11-23: Tukysa label (supplement approved 2023-01-19): with trastuzumab and capecitabine for advanced unresectable or metastatic HER2-positive breast cancer, including brain metastases, after one or more prior anti-HER2-based regimens in the metastatic setting
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-label-tukysa-2023', 'http://www.accessdata.fda.gov/drugsatfda_docs/label/2023/213411s004lbl.pdf',
       'TUKYSA (tucatinib) prescribing information',
       'U.S. Food and Drug Administration', DATE '2023-01-19'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-tukysa-2023');

-- checked 2026-11-23: Kadcyla label (openFDA record, data updated 2026-06-02): single agent for HER2-positive MBC after trastuzumab and a taxane; boxed warning hepatotoxicity, cardiac toxicity, embryo-fetal toxicity
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-label-kadcyla-2026', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Ado-Trastuzumab+Emtansine%22',
       'KADCYLA (ado-trastuzumab emtansine) prescribing information, openFDA drug label record',
       'U.S. Food and Drug Administration', DATE '2026-06-02'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-kadcyla-2026');

-- checked 2026-11-23: Nerlynx label (openFDA record, data updated 2026-07-18): with capecitabine for advanced or metastatic HER2-positive breast cancer after two or more prior anti-HER2 based regimens in the metastatic setting
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-label-nerlynx-2026', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22neratinib%22',
       'NERLYNX (neratinib) prescribing information, openFDA drug label record',
       'U.S. Food and Drug Administration', DATE '2026-07-18'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-nerlynx-2026');

-- checked 2026-11-23: lapatinib label (openFDA record, data updated 2026-06-02): boxed warning hepatotoxicity; indication with capecitabine after an anthracycline, a taxane and trastuzumab (indication wording confirmed via secondary copies, see notes)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-label-lapatinib-2026', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Lapatinib%22',
       'Lapatinib tablets prescribing information, openFDA drug label record',
       'U.S. Food and Drug Administration', DATE '2026-06-02'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-lapatinib-2026');

-- checked 2026-11-23: Margenza label (supplement approved 2023-05-25): with chemotherapy for metastatic HER2-positive breast cancer after two or more prior anti-HER2 regimens, at least one for metastatic disease
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-label-margenza-2023', 'https://www.accessdata.fda.gov/drugsatfda_docs/label/2023/761150s005lbl.pdf',
       'MARGENZA (margetuximab-cmkb) prescribing information',
       'U.S. Food and Drug Administration', DATE '2023-05-25'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-margenza-2023');

-- ---------------------------------------------------------------------------------------------------
-- Drugs and brand names (shared with other helpers: guarded)
-- ---------------------------------------------------------------------------------------------------

INSERT INTO drug (name) SELECT 'pertuzumab' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'pertuzumab');
INSERT INTO drug (name) SELECT 'trastuzumab' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'trastuzumab');
INSERT INTO drug (name) SELECT 'docetaxel' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'docetaxel');
INSERT INTO drug (name) SELECT 'trastuzumab deruxtecan' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'trastuzumab deruxtecan');
INSERT INTO drug (name) SELECT 'tucatinib' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'tucatinib');
INSERT INTO drug (name) SELECT 'capecitabine' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'capecitabine');
INSERT INTO drug (name) SELECT 'trastuzumab emtansine' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'trastuzumab emtansine');
INSERT INTO drug (name) SELECT 'neratinib' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'neratinib');
INSERT INTO drug (name) SELECT 'lapatinib' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'lapatinib');
INSERT INTO drug (name) SELECT 'margetuximab' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'margetuximab');
INSERT INTO drug (name) SELECT 'eribulin' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'eribulin');
INSERT INTO drug (name) SELECT 'gemcitabine' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'gemcitabine');
INSERT INTO drug (name) SELECT 'vinorelbine' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'vinorelbine');

INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Perjeta' FROM drug d WHERE d.name = 'pertuzumab'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Perjeta');
-- Phesgo is one injection that contains both pertuzumab and trastuzumab, so it is listed under both drugs.
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Phesgo' FROM drug d WHERE d.name = 'pertuzumab'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Phesgo');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Phesgo' FROM drug d WHERE d.name = 'trastuzumab'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Phesgo');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Herceptin' FROM drug d WHERE d.name = 'trastuzumab'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Herceptin');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Taxotere' FROM drug d WHERE d.name = 'docetaxel'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Taxotere');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Enhertu' FROM drug d WHERE d.name = 'trastuzumab deruxtecan'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Enhertu');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Tukysa' FROM drug d WHERE d.name = 'tucatinib'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Tukysa');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Xeloda' FROM drug d WHERE d.name = 'capecitabine'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Xeloda');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Kadcyla' FROM drug d WHERE d.name = 'trastuzumab emtansine'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Kadcyla');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Nerlynx' FROM drug d WHERE d.name = 'neratinib'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Nerlynx');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Tykerb' FROM drug d WHERE d.name = 'lapatinib'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Tykerb');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Tyverb' FROM drug d WHERE d.name = 'lapatinib'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Tyverb');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Margenza' FROM drug d WHERE d.name = 'margetuximab'
  AND NOT EXISTS (SELECT 1 FROM drug_brand_name b WHERE b.drug_id = d.id AND b.brand_name = 'Margenza');

-- ---------------------------------------------------------------------------------------------------
-- 1. Pertuzumab with trastuzumab and docetaxel
-- ---------------------------------------------------------------------------------------------------

INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
SELECT 'pertuzumab-trastuzumab-docetaxel', 'Pertuzumab with trastuzumab and docetaxel',
       (SELECT id FROM drug_class WHERE slug = 'her2-antibody'), 'HER2_TARGETED',
       'Two HER2 drugs, pertuzumab and trastuzumab, given with a chemotherapy drug called docetaxel. It is often the first treatment for HER2-positive cancer that has spread. The two HER2 drugs can also come in one shot, called Phesgo.',
       'Pertuzumab and trastuzumab are antibodies. They stick to two different parts of the HER2 protein. Together they block growth signals more fully than one alone. Docetaxel kills cancer cells that are dividing.',
       'Drip into a vein (infusion). Pertuzumab and trastuzumab can instead be given together as one injection under the skin (Phesgo).',
       'Every 3 weeks (a 21-day cycle). Docetaxel is given for a number of cycles and then often stopped. The HER2 medicines usually carry on. They continue while they work and side effects are manageable.',
       DATE '2026-11-23';

INSERT INTO therapy_drug (therapy_id, drug_id, position) VALUES
  ((SELECT id FROM therapy WHERE slug = 'pertuzumab-trastuzumab-docetaxel'), (SELECT id FROM drug WHERE name = 'pertuzumab'), 1),
  ((SELECT id FROM therapy WHERE slug = 'pertuzumab-trastuzumab-docetaxel'), (SELECT id FROM drug WHERE name = 'trastuzumab'), 2),
  ((SELECT id FROM therapy WHERE slug = 'pertuzumab-trastuzumab-docetaxel'), (SELECT id FROM drug WHERE name = 'docetaxel'), 3);

INSERT INTO therapy_source (therapy_id, source_id) VALUES
  ((SELECT id FROM therapy WHERE slug = 'pertuzumab-trastuzumab-docetaxel'), (SELECT id FROM source WHERE code = 'fda-label-perjeta-2026')),
  ((SELECT id FROM therapy WHERE slug = 'pertuzumab-trastuzumab-docetaxel'), (SELECT id FROM source WHERE code = 'fda-label-phesgo-2024')),
  ((SELECT id FROM therapy WHERE slug = 'pertuzumab-trastuzumab-docetaxel'), (SELECT id FROM source WHERE code = 'fda-approval-pertuzumab-2012'));

INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
SELECT 'pertuzumab-trastuzumab-docetaxel-her2pos-first', (SELECT id FROM therapy WHERE slug = 'pertuzumab-trastuzumab-docetaxel'),
       'ANY', TRUE, FALSE, FALSE, FALSE, 'ANY', NULL, 'FIRST',
       'As a first treatment for HER2-positive cancer that has spread. It is for people who have not had HER2 medicine or chemotherapy for the spread cancer.',
       DATE '2026-11-23';

INSERT INTO indication_source (indication_id, source_id) VALUES
  ((SELECT id FROM indication WHERE code = 'pertuzumab-trastuzumab-docetaxel-her2pos-first'), (SELECT id FROM source WHERE code = 'fda-approval-pertuzumab-2012')),
  ((SELECT id FROM indication WHERE code = 'pertuzumab-trastuzumab-docetaxel-her2pos-first'), (SELECT id FROM source WHERE code = 'fda-label-perjeta-2026')),
  ((SELECT id FROM indication WHERE code = 'pertuzumab-trastuzumab-docetaxel-her2pos-first'), (SELECT id FROM source WHERE code = 'fda-label-phesgo-2024'));

-- CLEOPATRA data in the Perjeta label; frequencies: diarrhoea 67%, hair loss 61%, neutropenia 53%, nausea 42%,
-- fatigue 38%, rash 34%; left ventricular dysfunction 4.4% (boxed warning).
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) VALUES
  ((SELECT id FROM therapy WHERE slug = 'pertuzumab-trastuzumab-docetaxel'), (SELECT id FROM side_effect WHERE slug = 'diarrhoea'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'pertuzumab-trastuzumab-docetaxel'), (SELECT id FROM side_effect WHERE slug = 'hair-loss'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'pertuzumab-trastuzumab-docetaxel'), (SELECT id FROM side_effect WHERE slug = 'low-white-blood-cells'), 'VERY_COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'pertuzumab-trastuzumab-docetaxel'), (SELECT id FROM side_effect WHERE slug = 'nausea'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'pertuzumab-trastuzumab-docetaxel'), (SELECT id FROM side_effect WHERE slug = 'fatigue'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'pertuzumab-trastuzumab-docetaxel'), (SELECT id FROM side_effect WHERE slug = 'rash'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'pertuzumab-trastuzumab-docetaxel'), (SELECT id FROM side_effect WHERE slug = 'heart-problems'), 'COMMON', TRUE);

-- ---------------------------------------------------------------------------------------------------
-- 2. Trastuzumab deruxtecan (on its own)
-- ---------------------------------------------------------------------------------------------------

INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
SELECT 'trastuzumab-deruxtecan', 'Trastuzumab deruxtecan',
       (SELECT id FROM drug_class WHERE slug = 'antibody-drug-conjugate'), 'ANTIBODY_DRUG_CONJUGATE',
       'A HER2 antibody joined to a strong chemotherapy drug. It is used for HER2-positive breast cancer that has spread, after earlier HER2 treatment. It is also used for HER2-low cancer, and for some HER2-ultralow cancers. It is given on its own.',
       'The antibody part finds cancer cells with HER2 on their surface. It carries the chemotherapy inside them. Some of the drug also reaches nearby cancer cells. This helps it work even when there is only a little HER2.',
       'Drip into a vein (infusion)',
       'Once every 3 weeks (a 21-day cycle). It carries on while it works and side effects are manageable.',
       DATE '2026-11-23';

INSERT INTO therapy_drug (therapy_id, drug_id, position) VALUES
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan'), (SELECT id FROM drug WHERE name = 'trastuzumab deruxtecan'), 1);

INSERT INTO therapy_source (therapy_id, source_id) VALUES
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan'), (SELECT id FROM source WHERE code = 'dailymed-label-enhertu-2025')),
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan'), (SELECT id FROM source WHERE code = 'fda-approval-enhertu-her2-ultralow-2025'));

INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
SELECT 'trastuzumab-deruxtecan-her2pos-later', (SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan'),
       'ANY', TRUE, FALSE, FALSE, FALSE, 'ANY', NULL, 'LATER',
       'For HER2-positive cancer that has spread or cannot be removed by surgery. It is used after at least one HER2 treatment for the spread cancer. Or the cancer came back during, or within 6 months of, HER2 treatment given before or after surgery.',
       DATE '2026-11-23';

INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
SELECT 'trastuzumab-deruxtecan-her2low-after-chemo', (SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan'),
       'ANY', FALSE, TRUE, FALSE, FALSE, 'ANY', NULL, 'LATER',
       'For HER2-low cancer that has spread or cannot be removed by surgery. It is used after chemotherapy for the spread cancer. Or the cancer came back during, or within 6 months of, chemotherapy after surgery. Hormone receptor status does not matter.',
       DATE '2026-11-23';

INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
SELECT 'trastuzumab-deruxtecan-hrpos-her2low-ultralow-after-endocrine', (SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan'),
       'POSITIVE', FALSE, TRUE, TRUE, FALSE, 'ANY', NULL, 'LATER',
       'For hormone receptor-positive, HER2-low or HER2-ultralow cancer that has spread. It is used after the cancer grew on at least one hormone therapy. That hormone therapy was for the spread cancer.',
       DATE '2026-11-23';

INSERT INTO indication_source (indication_id, source_id) VALUES
  ((SELECT id FROM indication WHERE code = 'trastuzumab-deruxtecan-her2pos-later'), (SELECT id FROM source WHERE code = 'dailymed-label-enhertu-2025')),
  ((SELECT id FROM indication WHERE code = 'trastuzumab-deruxtecan-her2low-after-chemo'), (SELECT id FROM source WHERE code = 'dailymed-label-enhertu-2025')),
  ((SELECT id FROM indication WHERE code = 'trastuzumab-deruxtecan-hrpos-her2low-ultralow-after-endocrine'), (SELECT id FROM source WHERE code = 'fda-approval-enhertu-her2-ultralow-2025')),
  ((SELECT id FROM indication WHERE code = 'trastuzumab-deruxtecan-hrpos-her2low-ultralow-after-endocrine'), (SELECT id FROM source WHERE code = 'dailymed-label-enhertu-2025'));

-- Enhertu label, pooled 5.4 mg/kg monotherapy: nausea 73%, fatigue 56%, vomiting 40%, alopecia 34%,
-- decreased neutrophils 63% (warning); ILD/pneumonitis 12% (boxed warning); LVEF decrease 3.9% (warning).
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) VALUES
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan'), (SELECT id FROM side_effect WHERE slug = 'nausea'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan'), (SELECT id FROM side_effect WHERE slug = 'fatigue'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan'), (SELECT id FROM side_effect WHERE slug = 'vomiting'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan'), (SELECT id FROM side_effect WHERE slug = 'hair-loss'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan'), (SELECT id FROM side_effect WHERE slug = 'low-white-blood-cells'), 'VERY_COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan'), (SELECT id FROM side_effect WHERE slug = 'lung-inflammation'), 'VERY_COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan'), (SELECT id FROM side_effect WHERE slug = 'heart-problems'), 'COMMON', TRUE);

-- ---------------------------------------------------------------------------------------------------
-- 3. Trastuzumab deruxtecan with pertuzumab (first line; FDA 15 Dec 2025, DESTINY-Breast09)
-- ---------------------------------------------------------------------------------------------------

INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
SELECT 'trastuzumab-deruxtecan-pertuzumab', 'Trastuzumab deruxtecan with pertuzumab',
       (SELECT id FROM drug_class WHERE slug = 'antibody-drug-conjugate'), 'ANTIBODY_DRUG_CONJUGATE',
       'Trastuzumab deruxtecan given with pertuzumab, another HER2 medicine. It is a first treatment for HER2-positive cancer that has spread. There is no separate chemotherapy drip. It was approved in the US in December 2025.',
       'Trastuzumab deruxtecan carries a chemotherapy drug straight into HER2-positive cancer cells. Pertuzumab sticks to another part of HER2 and blocks growth signals.',
       'Drip into a vein (infusion)',
       'Both medicines are given once every 3 weeks (a 21-day cycle). Treatment goes on for as long as it works and side effects are manageable.',
       DATE '2026-11-23';

INSERT INTO therapy_drug (therapy_id, drug_id, position) VALUES
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan-pertuzumab'), (SELECT id FROM drug WHERE name = 'trastuzumab deruxtecan'), 1),
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan-pertuzumab'), (SELECT id FROM drug WHERE name = 'pertuzumab'), 2);

INSERT INTO therapy_source (therapy_id, source_id) VALUES
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan-pertuzumab'), (SELECT id FROM source WHERE code = 'ecancer-fda-enhertu-pertuzumab-2025'));

INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
SELECT 'trastuzumab-deruxtecan-pertuzumab-her2pos-first', (SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan-pertuzumab'),
       'ANY', TRUE, FALSE, FALSE, FALSE, 'ANY', NULL, 'FIRST',
       'As a first treatment for HER2-positive cancer that has spread or cannot be removed by surgery. A HER2 test must show the cancer is HER2-positive.',
       DATE '2026-11-23';

INSERT INTO indication_source (indication_id, source_id) VALUES
  ((SELECT id FROM indication WHERE code = 'trastuzumab-deruxtecan-pertuzumab-her2pos-first'), (SELECT id FROM source WHERE code = 'ecancer-fda-enhertu-pertuzumab-2025'));

-- DESTINY-Breast09 (T-DXd + pertuzumab arm): nausea 75%, diarrhoea 64%, fatigue 53%, alopecia 48%, vomiting 46%,
-- ILD 12% (boxed warning), grade 3 or worse neutropenia about 24% (warning).
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) VALUES
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan-pertuzumab'), (SELECT id FROM side_effect WHERE slug = 'nausea'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan-pertuzumab'), (SELECT id FROM side_effect WHERE slug = 'diarrhoea'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan-pertuzumab'), (SELECT id FROM side_effect WHERE slug = 'fatigue'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan-pertuzumab'), (SELECT id FROM side_effect WHERE slug = 'hair-loss'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan-pertuzumab'), (SELECT id FROM side_effect WHERE slug = 'vomiting'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan-pertuzumab'), (SELECT id FROM side_effect WHERE slug = 'lung-inflammation'), 'VERY_COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan-pertuzumab'), (SELECT id FROM side_effect WHERE slug = 'low-white-blood-cells'), 'VERY_COMMON', TRUE);

-- ---------------------------------------------------------------------------------------------------
-- 4. Tucatinib with trastuzumab and capecitabine
-- ---------------------------------------------------------------------------------------------------

INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
SELECT 'tucatinib-trastuzumab-capecitabine', 'Tucatinib with trastuzumab and capecitabine',
       (SELECT id FROM drug_class WHERE slug = 'her2-tyrosine-kinase-inhibitor'), 'HER2_TARGETED',
       'Tucatinib is a HER2 tablet. It is taken with trastuzumab and a chemotherapy tablet called capecitabine. It is used for HER2-positive breast cancer that has spread, after earlier HER2 treatment. It can also be used when the cancer has spread to the brain.',
       'Tucatinib blocks the HER2 signal from inside the cancer cell, and it can reach the brain. Trastuzumab blocks HER2 from outside the cell. Capecitabine kills cancer cells that are dividing.',
       'Tucatinib and capecitabine are tablets taken by mouth. Trastuzumab is a drip into a vein or an injection under the skin.',
       'Tucatinib twice a day, every day. Capecitabine twice a day for 14 days, then 7 days off. Trastuzumab every 3 weeks. This 21-day cycle repeats for as long as it works and side effects are manageable.',
       DATE '2026-11-23';

INSERT INTO therapy_drug (therapy_id, drug_id, position) VALUES
  ((SELECT id FROM therapy WHERE slug = 'tucatinib-trastuzumab-capecitabine'), (SELECT id FROM drug WHERE name = 'tucatinib'), 1),
  ((SELECT id FROM therapy WHERE slug = 'tucatinib-trastuzumab-capecitabine'), (SELECT id FROM drug WHERE name = 'trastuzumab'), 2),
  ((SELECT id FROM therapy WHERE slug = 'tucatinib-trastuzumab-capecitabine'), (SELECT id FROM drug WHERE name = 'capecitabine'), 3);

INSERT INTO therapy_source (therapy_id, source_id) VALUES
  ((SELECT id FROM therapy WHERE slug = 'tucatinib-trastuzumab-capecitabine'), (SELECT id FROM source WHERE code = 'fda-label-tukysa-2023'));

-- Site stays NULL: the label includes people with brain metastases, but the use is not limited to them.
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
SELECT 'tucatinib-trastuzumab-capecitabine-her2pos-later', (SELECT id FROM therapy WHERE slug = 'tucatinib-trastuzumab-capecitabine'),
       'ANY', TRUE, FALSE, FALSE, FALSE, 'ANY', NULL, 'LATER',
       'For HER2-positive cancer that has spread or cannot be removed by surgery. It is used after at least one HER2 treatment for the spread cancer. This includes people whose cancer has spread to the brain.',
       DATE '2026-11-23';

INSERT INTO indication_source (indication_id, source_id) VALUES
  ((SELECT id FROM indication WHERE code = 'tucatinib-trastuzumab-capecitabine-her2pos-later'), (SELECT id FROM source WHERE code = 'fda-label-tukysa-2023'));

-- HER2CLIMB (Tukysa label): diarrhoea 81% (warning), hand-foot syndrome 63%, nausea 58%, hepatotoxicity 42% (warning),
-- vomiting 36%, stomatitis 32%, fatigue (listed among the most common, 20% or more).
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) VALUES
  ((SELECT id FROM therapy WHERE slug = 'tucatinib-trastuzumab-capecitabine'), (SELECT id FROM side_effect WHERE slug = 'diarrhoea'), 'VERY_COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'tucatinib-trastuzumab-capecitabine'), (SELECT id FROM side_effect WHERE slug = 'hand-foot-syndrome'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'tucatinib-trastuzumab-capecitabine'), (SELECT id FROM side_effect WHERE slug = 'nausea'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'tucatinib-trastuzumab-capecitabine'), (SELECT id FROM side_effect WHERE slug = 'liver-problems'), 'VERY_COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'tucatinib-trastuzumab-capecitabine'), (SELECT id FROM side_effect WHERE slug = 'vomiting'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'tucatinib-trastuzumab-capecitabine'), (SELECT id FROM side_effect WHERE slug = 'mouth-sores'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'tucatinib-trastuzumab-capecitabine'), (SELECT id FROM side_effect WHERE slug = 'fatigue'), 'VERY_COMMON', FALSE);

-- ---------------------------------------------------------------------------------------------------
-- 5. Trastuzumab emtansine
-- ---------------------------------------------------------------------------------------------------

INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
SELECT 'trastuzumab-emtansine', 'Trastuzumab emtansine',
       (SELECT id FROM drug_class WHERE slug = 'antibody-drug-conjugate'), 'ANTIBODY_DRUG_CONJUGATE',
       'Trastuzumab joined to a chemotherapy drug called emtansine. It is used for HER2-positive breast cancer that has spread. It comes after trastuzumab and a taxane chemotherapy. It is given on its own.',
       'The trastuzumab part finds cancer cells with a lot of HER2. It carries the chemotherapy inside them, so less of it reaches healthy cells.',
       'Drip into a vein (infusion)',
       'Once every 3 weeks (a 21-day cycle). It carries on while it works and side effects are manageable.',
       DATE '2026-11-23';

INSERT INTO therapy_drug (therapy_id, drug_id, position) VALUES
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-emtansine'), (SELECT id FROM drug WHERE name = 'trastuzumab emtansine'), 1);

INSERT INTO therapy_source (therapy_id, source_id) VALUES
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-emtansine'), (SELECT id FROM source WHERE code = 'fda-label-kadcyla-2026'));

INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
SELECT 'trastuzumab-emtansine-her2pos-later', (SELECT id FROM therapy WHERE slug = 'trastuzumab-emtansine'),
       'ANY', TRUE, FALSE, FALSE, FALSE, 'ANY', NULL, 'LATER',
       'For HER2-positive cancer that has spread, after trastuzumab and a taxane chemotherapy. These were given for the spread cancer. Or the cancer came back during, or within 6 months of, treatment after surgery.',
       DATE '2026-11-23';

INSERT INTO indication_source (indication_id, source_id) VALUES
  ((SELECT id FROM indication WHERE code = 'trastuzumab-emtansine-her2pos-later'), (SELECT id FROM source WHERE code = 'fda-label-kadcyla-2026'));

-- Kadcyla label, metastatic breast cancer: most common (25% or more) fatigue, nausea, musculoskeletal pain, haemorrhage,
-- thrombocytopenia (warning), headache, increased transaminases (boxed hepatotoxicity), constipation, epistaxis;
-- peripheral neuropathy about 21% (warning).
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) VALUES
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-emtansine'), (SELECT id FROM side_effect WHERE slug = 'fatigue'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-emtansine'), (SELECT id FROM side_effect WHERE slug = 'nausea'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-emtansine'), (SELECT id FROM side_effect WHERE slug = 'bone-pain'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-emtansine'), (SELECT id FROM side_effect WHERE slug = 'low-platelets'), 'VERY_COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-emtansine'), (SELECT id FROM side_effect WHERE slug = 'liver-problems'), 'VERY_COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-emtansine'), (SELECT id FROM side_effect WHERE slug = 'headache'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'trastuzumab-emtansine'), (SELECT id FROM side_effect WHERE slug = 'nerve-damage'), 'VERY_COMMON', FALSE);

-- ---------------------------------------------------------------------------------------------------
-- 6. Neratinib with capecitabine
-- ---------------------------------------------------------------------------------------------------

INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
SELECT 'neratinib-capecitabine', 'Neratinib with capecitabine',
       (SELECT id FROM drug_class WHERE slug = 'her2-tyrosine-kinase-inhibitor'), 'HER2_TARGETED',
       'Neratinib is a HER2 tablet. It is taken with a chemotherapy tablet called capecitabine. It is used for HER2-positive breast cancer that has spread. It comes after two or more HER2 treatments for the spread cancer.',
       'Neratinib blocks HER2 and related growth signals from inside the cancer cell. Capecitabine is turned into a chemotherapy drug in the body. It kills cancer cells that are dividing.',
       'Tablets taken by mouth',
       'Neratinib once a day, every day. Capecitabine twice a day for 14 days, then 7 days off. This 21-day cycle repeats for as long as it works and side effects are manageable. A medicine to prevent diarrhoea is usually taken in the first weeks.',
       DATE '2026-11-23';

INSERT INTO therapy_drug (therapy_id, drug_id, position) VALUES
  ((SELECT id FROM therapy WHERE slug = 'neratinib-capecitabine'), (SELECT id FROM drug WHERE name = 'neratinib'), 1),
  ((SELECT id FROM therapy WHERE slug = 'neratinib-capecitabine'), (SELECT id FROM drug WHERE name = 'capecitabine'), 2);

INSERT INTO therapy_source (therapy_id, source_id) VALUES
  ((SELECT id FROM therapy WHERE slug = 'neratinib-capecitabine'), (SELECT id FROM source WHERE code = 'fda-label-nerlynx-2026'));

INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
SELECT 'neratinib-capecitabine-her2pos-later', (SELECT id FROM therapy WHERE slug = 'neratinib-capecitabine'),
       'ANY', TRUE, FALSE, FALSE, FALSE, 'ANY', NULL, 'LATER',
       'For HER2-positive cancer that is advanced or has spread. It is used after two or more HER2 treatments for the spread cancer.',
       DATE '2026-11-23';

INSERT INTO indication_source (indication_id, source_id) VALUES
  ((SELECT id FROM indication WHERE code = 'neratinib-capecitabine-her2pos-later'), (SELECT id FROM source WHERE code = 'fda-label-nerlynx-2026'));

-- NALA (neratinib + capecitabine): diarrhoea 83% (warning); nausea and vomiting among the most common.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) VALUES
  ((SELECT id FROM therapy WHERE slug = 'neratinib-capecitabine'), (SELECT id FROM side_effect WHERE slug = 'diarrhoea'), 'VERY_COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'neratinib-capecitabine'), (SELECT id FROM side_effect WHERE slug = 'nausea'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'neratinib-capecitabine'), (SELECT id FROM side_effect WHERE slug = 'vomiting'), 'VERY_COMMON', FALSE);

-- ---------------------------------------------------------------------------------------------------
-- 7. Lapatinib with capecitabine
-- ---------------------------------------------------------------------------------------------------

INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
SELECT 'lapatinib-capecitabine', 'Lapatinib with capecitabine',
       (SELECT id FROM drug_class WHERE slug = 'her2-tyrosine-kinase-inhibitor'), 'HER2_TARGETED',
       'Lapatinib is a HER2 tablet. It is taken with a chemotherapy tablet called capecitabine. It is an older choice for HER2-positive cancer that has spread, used after other treatments.',
       'Lapatinib blocks HER2 and a related protein, EGFR, from inside the cancer cell. Capecitabine kills cancer cells that are dividing.',
       'Tablets taken by mouth',
       'Lapatinib once a day, every day. Capecitabine twice a day for 14 days, then 7 days off. This 21-day cycle repeats for as long as it works and side effects are manageable.',
       DATE '2026-11-23';

INSERT INTO therapy_drug (therapy_id, drug_id, position) VALUES
  ((SELECT id FROM therapy WHERE slug = 'lapatinib-capecitabine'), (SELECT id FROM drug WHERE name = 'lapatinib'), 1),
  ((SELECT id FROM therapy WHERE slug = 'lapatinib-capecitabine'), (SELECT id FROM drug WHERE name = 'capecitabine'), 2);

INSERT INTO therapy_source (therapy_id, source_id) VALUES
  ((SELECT id FROM therapy WHERE slug = 'lapatinib-capecitabine'), (SELECT id FROM source WHERE code = 'fda-label-lapatinib-2026'));

INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
SELECT 'lapatinib-capecitabine-her2pos-later', (SELECT id FROM therapy WHERE slug = 'lapatinib-capecitabine'),
       'ANY', TRUE, FALSE, FALSE, FALSE, 'ANY', NULL, 'LATER',
       'For HER2-positive cancer that is advanced or has spread. It is used after earlier treatment that included an anthracycline, a taxane and trastuzumab.',
       DATE '2026-11-23';

INSERT INTO indication_source (indication_id, source_id) VALUES
  ((SELECT id FROM indication WHERE code = 'lapatinib-capecitabine-her2pos-later'), (SELECT id FROM source WHERE code = 'fda-label-lapatinib-2026'));

-- Lapatinib label: diarrhoea up to 65% (warning), hand-foot syndrome up to 60%, nausea 44%, rash up to 44%, vomiting 26%;
-- boxed warning hepatotoxicity (raised liver enzymes very common).
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) VALUES
  ((SELECT id FROM therapy WHERE slug = 'lapatinib-capecitabine'), (SELECT id FROM side_effect WHERE slug = 'diarrhoea'), 'VERY_COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'lapatinib-capecitabine'), (SELECT id FROM side_effect WHERE slug = 'hand-foot-syndrome'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'lapatinib-capecitabine'), (SELECT id FROM side_effect WHERE slug = 'nausea'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'lapatinib-capecitabine'), (SELECT id FROM side_effect WHERE slug = 'rash'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'lapatinib-capecitabine'), (SELECT id FROM side_effect WHERE slug = 'vomiting'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'lapatinib-capecitabine'), (SELECT id FROM side_effect WHERE slug = 'liver-problems'), 'VERY_COMMON', TRUE);

-- ---------------------------------------------------------------------------------------------------
-- 8. Margetuximab with chemotherapy
-- ---------------------------------------------------------------------------------------------------

INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
SELECT 'margetuximab-chemotherapy', 'Margetuximab with chemotherapy',
       (SELECT id FROM drug_class WHERE slug = 'her2-antibody'), 'HER2_TARGETED',
       'Margetuximab is a HER2 antibody, similar to trastuzumab. It is given with a chemotherapy that your care team chooses. It is used for HER2-positive breast cancer that has spread. It comes after two or more HER2 treatments.',
       'Margetuximab sticks to HER2 and blocks growth signals. It is also built to help immune cells attack the cancer. The chemotherapy kills cancer cells that are dividing.',
       'Drip into a vein (infusion). Some of the chemotherapy partners are tablets.',
       'Margetuximab once every 3 weeks (a 21-day cycle). The chemotherapy follows its own schedule. Treatment goes on for as long as it works and side effects are manageable.',
       DATE '2026-11-23';

-- Chemotherapy partners studied in SOPHIA and named with the approval: capecitabine, eribulin, gemcitabine or vinorelbine.
INSERT INTO therapy_drug (therapy_id, drug_id, position) VALUES
  ((SELECT id FROM therapy WHERE slug = 'margetuximab-chemotherapy'), (SELECT id FROM drug WHERE name = 'margetuximab'), 1),
  ((SELECT id FROM therapy WHERE slug = 'margetuximab-chemotherapy'), (SELECT id FROM drug WHERE name = 'capecitabine'), 2),
  ((SELECT id FROM therapy WHERE slug = 'margetuximab-chemotherapy'), (SELECT id FROM drug WHERE name = 'eribulin'), 3),
  ((SELECT id FROM therapy WHERE slug = 'margetuximab-chemotherapy'), (SELECT id FROM drug WHERE name = 'gemcitabine'), 4),
  ((SELECT id FROM therapy WHERE slug = 'margetuximab-chemotherapy'), (SELECT id FROM drug WHERE name = 'vinorelbine'), 5);

INSERT INTO therapy_source (therapy_id, source_id) VALUES
  ((SELECT id FROM therapy WHERE slug = 'margetuximab-chemotherapy'), (SELECT id FROM source WHERE code = 'fda-label-margenza-2023'));

INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
SELECT 'margetuximab-chemotherapy-her2pos-later', (SELECT id FROM therapy WHERE slug = 'margetuximab-chemotherapy'),
       'ANY', TRUE, FALSE, FALSE, FALSE, 'ANY', NULL, 'LATER',
       'For HER2-positive cancer that has spread, after two or more HER2 treatments. At least one of them was for the spread cancer.',
       DATE '2026-11-23';

INSERT INTO indication_source (indication_id, source_id) VALUES
  ((SELECT id FROM indication WHERE code = 'margetuximab-chemotherapy-her2pos-later'), (SELECT id FROM source WHERE code = 'fda-label-margenza-2023'));

-- SOPHIA (Margenza label): fatigue/asthenia 57%, nausea 33%, diarrhoea 25%, vomiting (over 20%);
-- infusion-related reactions among the most common (over 10%, warning); left ventricular dysfunction 1.9% (boxed warning).
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) VALUES
  ((SELECT id FROM therapy WHERE slug = 'margetuximab-chemotherapy'), (SELECT id FROM side_effect WHERE slug = 'fatigue'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'margetuximab-chemotherapy'), (SELECT id FROM side_effect WHERE slug = 'nausea'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'margetuximab-chemotherapy'), (SELECT id FROM side_effect WHERE slug = 'diarrhoea'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'margetuximab-chemotherapy'), (SELECT id FROM side_effect WHERE slug = 'vomiting'), 'VERY_COMMON', FALSE),
  ((SELECT id FROM therapy WHERE slug = 'margetuximab-chemotherapy'), (SELECT id FROM side_effect WHERE slug = 'infusion-reaction'), 'VERY_COMMON', TRUE),
  ((SELECT id FROM therapy WHERE slug = 'margetuximab-chemotherapy'), (SELECT id FROM side_effect WHERE slug = 'heart-problems'), 'COMMON', TRUE);
