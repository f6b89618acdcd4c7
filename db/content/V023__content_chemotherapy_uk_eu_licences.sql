-- Content: metastatic breast cancer - chemotherapy, part 4 (single drugs that are used in the UK/EU but are not
-- FDA-approved for breast cancer, and carboplatin for triple-negative cancer).
-- Covers: pegylated liposomal doxorubicin (Caelyx; EU licence: on its own for metastatic breast cancer with an
-- increased heart risk), vinorelbine (UK licence: advanced breast cancer stage 3-4 after or refractory to an
-- anthracycline) and carboplatin (NICE CG81, 2026 update: added to the potential chemotherapy options for triple-negative advanced
-- breast cancer).
-- US status: none of these three is FDA-approved for metastatic breast cancer (Doxil: ovarian, myeloma, Kaposi;
-- vinorelbine: lung; carboplatin: ovarian). So no US_FDA rows, and no row says "approved
-- in the US". Indication rows cite the EU/UK product information or the NICE guideline instead.
-- No approval rows at all: the date the EU added breast cancer to Caelyx was not found (only a third-party date
-- for the first EU authorisation, 20 June 1996, for Kaposi's sarcoma), and NICE CG81 is a guideline, not an
-- appraisal decision. Celdoxome (EU/1/22/1666) was seen only as a product name; its indications were not read.
-- Reviewed on 2026-11-23. Research notes: docs/research/chemo-4.md.
-- Sources (all URLs were returned by the search tool):
--   Caelyx EPAR overview (EMA)                         https://www.ema.europa.eu/en/medicines/human/EPAR/caelyx-pegylated-liposomal
--   Caelyx product information, EC decision annex (FR) https://ec.europa.eu/health/documents/community-register/2023/20230825159860/anx_159860_fr.pdf
--   Doxil label (openFDA, updated 2026-09-18)          https://api.fda.gov/drug/label.json?search=set_id%3A%221c153e9e-4cf2-4ac7-9cf9-16f9b48d7dce%22
--   Navelbine 10 mg/ml SmPC (emc, updated 2024-01-22)  http://www.medicines.org.uk/emc/medicine/16029/SPC/Navelbine+10+mg+++ml+concentrate+for+solution+for+infusion/
--   Vinorelbine medac SmPC (emc, updated 2023-12-13)   https://www.medicines.org.uk/emc/product/311/smpc/print
--   SMC advice 324/06, oral vinorelbine (2007-08-13)   https://scottishmedicines.org.uk/medicines-advice/vinorelbine-soft-capsules-navelbine-oral-abbreviatedsubmission-32406
--   Vinorelbine label (openFDA, updated 2026-09-25)    https://api.fda.gov/drug/label.json?search=set_id%3A%22dd3dcc9a-e40c-4677-9ee6-f318e7c7d835%22
--   NICE CG81, 1.6 Choosing SACT ([2026] update)       https://www.nice.org.uk/guidance/cg81/chapter/Systemic-anticancer-therapy
--   Carboplatin label (openFDA, updated 2026-09-16)    https://api.fda.gov/drug/label.json?search=set_id%3A%225484d2f0-0cc2-4bba-8f26-c7f6539a9606%22
--   Carboplatin adverse reactions table, Pfizer        https://pfizermedicalinformation.com/carboplatin/adverse-reactions
-- Portable SQL for H2 2.x and PostgreSQL: rows are looked up by stable keys, shared rows are guarded.

-- ============ Sources ============
-- checked 2026-11-23: EMA overview of Caelyx pegylated liposomal (status Authorised): used in adults for metastatic breast cancer in patients at risk of heart problems, on its own; in a study of 509 women it was as effective as standard doxorubicin; doxorubicin is held in pegylated liposomes so it stays longer in the blood and has less effect on healthy tissue. The page shows no date, so the date it was checked is used (as for other undated pages in V011)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'ema-epar-caelyx', 'https://www.ema.europa.eu/en/medicines/human/EPAR/caelyx-pegylated-liposomal', 'Caelyx pegylated liposomal (doxorubicin): EPAR medicine overview', 'European Medicines Agency', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ema-epar-caelyx');
-- checked 2026-11-23: Caelyx product information (Annex I SmPC, section 4.1, French): "En monotherapie chez les patients ayant un cancer du sein metastatique, avec un risque cardiaque augmente"; the date is that of the Commission decision folder in the register (2023-08-25). The English package leaflet, section 4 (read in an English copy of the EMA product information, 2022), gives: hand-foot syndrome, mouth sores, nausea, vomiting and low white cells very common; infections and allergic reaction to the infusion common; heart failure uncommon
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'ec-caelyx-product-information-2023', 'https://ec.europa.eu/health/documents/community-register/2023/20230825159860/anx_159860_fr.pdf', 'Caelyx pegylated liposomal: summary of product characteristics and package leaflet (annex to Commission decision, French)', 'European Commission', DATE '2023-08-25' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ec-caelyx-product-information-2023');
-- checked 2026-11-23: DOXIL (US pegylated liposomal doxorubicin) label record, last_updated 2026-09-18; boxed warning: cardiomyopathy 11% at cumulative anthracycline doses of 450 to 550 mg/m2, serious infusion-related reactions. The indications section was not in the excerpt read; that the US label does not cover breast cancer rests on the earlier reading of the generic record f1a12eb5 (chemo-3 notes) and a 2018 peer-reviewed review (see notes)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-doxil-2026', 'https://api.fda.gov/drug/label.json?search=set_id%3A%221c153e9e-4cf2-4ac7-9cf9-16f9b48d7dce%22', 'DOXIL (doxorubicin hydrochloride liposome injection): US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2026-09-18' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-doxil-2026');
-- checked 2026-11-23: UK SmPC of Navelbine 10 mg/ml (Pierre Fabre), last updated on emc 22 Jan 2024; section 4.1: "Treatment of advanced breast cancer stage 3 and 4 relapsing after or refractory to an anthracycline containing regimen"; given only into a vein over 6 to 10 minutes
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'emc-smpc-navelbine-iv-2024', 'http://www.medicines.org.uk/emc/medicine/16029/SPC/Navelbine+10+mg+++ml+concentrate+for+solution+for+infusion/', 'NAVELBINE 10 mg/ml concentrate for solution for infusion (vinorelbine): Summary of Product Characteristics (UK)', 'Pierre Fabre Limited (electronic medicines compendium)', DATE '2024-01-22' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'emc-smpc-navelbine-iv-2024');
-- checked 2026-11-23: UK SmPC of vinorelbine 10 mg/ml (medac), updated 13 Dec 2023; same breast cancer indication; usual dose 25-30 mg/m2 once weekly, as a slow bolus over 6-10 minutes
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'emc-smpc-vinorelbine-medac-2023', 'https://www.medicines.org.uk/emc/product/311/smpc/print', 'Vinorelbine 10 mg/ml concentrate for solution for infusion (medac): Summary of Product Characteristics (UK)', 'medac GmbH (electronic medicines compendium)', DATE '2023-12-13' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'emc-smpc-vinorelbine-medac-2023');
-- checked 2026-11-23: SMC accepted oral vinorelbine (Navelbine soft capsules) for restricted use for advanced breast cancer stage III and IV relapsing after, or refractory to, an anthracycline-containing regimen; advice published 13 August 2007
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'smc-324-06-vinorelbine-oral-2007', 'https://scottishmedicines.org.uk/medicines-advice/vinorelbine-soft-capsules-navelbine-oral-abbreviatedsubmission-32406', 'Vinorelbine soft capsules (Navelbine Oral) for advanced breast cancer (SMC 324/06)', 'Scottish Medicines Consortium', DATE '2007-08-13' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'smc-324-06-vinorelbine-oral-2007');
-- checked 2026-11-23: US vinorelbine injection label record, last_updated 2026-09-25; boxed warning: severe myelosuppression with serious infection, septic shock and death; indications are non-small cell lung cancer only. Section 6 (single agent, 365 patients incl. 222 with previously treated advanced breast cancer): most common adverse reactions (>=20%) leukopenia, neutropenia, anemia, AST elevation, nausea, vomiting, constipation, asthenia, injection site reaction and peripheral neuropathy; warnings include constipation/bowel obstruction and neurologic toxicity (section 6 read in a copy of the Navelbine label, see notes)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-vinorelbine-2026', 'https://api.fda.gov/drug/label.json?search=set_id%3A%22dd3dcc9a-e40c-4677-9ee6-f318e7c7d835%22', 'Vinorelbine injection: US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2026-09-25' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-vinorelbine-2026');
-- checked 2026-11-23: NICE CG81 section 1.6 (marked [2026]): the committee reviewed platinum-based chemotherapy for triple-negative advanced breast cancer; it could not recommend platinum over non-platinum chemotherapy, but agreed platinum chemotherapy is a suitable option for some people and "agreed to add carboplatin to this list of potential options for TNBC"; no different regimen was recommended for germline BRCA1/BRCA2. The page shows the year only, so the date it was checked is used
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'nice-cg81-sact-2026', 'https://www.nice.org.uk/guidance/cg81/chapter/Systemic-anticancer-therapy', 'Advanced breast cancer: diagnosis and treatment (NICE guideline CG81), 1.6 Choosing systemic anticancer therapy (2026 update)', 'NICE', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nice-cg81-sact-2026');
-- checked 2026-11-23: current carboplatin label record (last_updated 2026-09-16); boxed warning: bone marrow suppression may be severe, with infection and/or bleeding; anaemia may be cumulative; vomiting is frequent; anaphylactic-like reactions within minutes
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-carboplatin-2026', 'https://api.fda.gov/drug/label.json?search=set_id%3A%225484d2f0-0cc2-4bba-8f26-c7f6539a9606%22', 'Carboplatin injection: US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2026-09-16' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-carboplatin-2026');
-- checked 2026-11-23: carboplatin label adverse reactions, single agent in previously treated ovarian cancer (n=553): neutropenia below 2,000 67%, thrombocytopenia below 100,000 62%, anaemia 90%, vomiting 81%, infections 5%, peripheral neuropathies 6%, allergic 2%; the page shows no date, so the date of the openFDA carboplatin record is used
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'pfizer-carboplatin-adverse-reactions', 'https://pfizermedicalinformation.com/carboplatin/adverse-reactions', 'Carboplatin injection: adverse reactions (US label)', 'Pfizer Medical Information', DATE '2026-09-16' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'pfizer-carboplatin-adverse-reactions');

-- ============ Drugs and brand names (guarded) ============
INSERT INTO drug (name) SELECT 'pegylated liposomal doxorubicin' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'pegylated liposomal doxorubicin');
INSERT INTO drug (name) SELECT 'vinorelbine' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'vinorelbine');
INSERT INTO drug (name) SELECT 'carboplatin' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'carboplatin');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Caelyx' FROM drug d WHERE d.name = 'pegylated liposomal doxorubicin' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Caelyx');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Navelbine' FROM drug d WHERE d.name = 'vinorelbine' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Navelbine');

-- ============ Pegylated liposomal doxorubicin on its own (EU licence) ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'pegylated-liposomal-doxorubicin', 'Pegylated liposomal doxorubicin', (SELECT id FROM drug_class WHERE slug = 'chemotherapy'), 'CHEMOTHERAPY',
 'Pegylated liposomal doxorubicin is doxorubicin packed inside tiny fat bubbles. In the EU it may be used on its own when breast cancer has spread. It is for people who have a higher risk of heart problems. It is not approved for breast cancer in the US.',
 'The fat bubbles keep the drug in the blood for longer. Less of it reaches healthy parts of the body. In the cancer cell, the drug harms the DNA, so the cell cannot divide and dies.',
 'Drip into a vein (infusion)',
 'One drip every 4 weeks. Your heart is checked before and during treatment. Treatment goes on for as long as the cancer is kept in check and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'pegylated-liposomal-doxorubicin' AND d.name = 'pegylated liposomal doxorubicin';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'pegylated-liposomal-doxorubicin' AND s.code = 'ema-epar-caelyx';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'pegylated-liposomal-doxorubicin' AND s.code = 'ec-caelyx-product-information-2023';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'pegylated-liposomal-doxorubicin' AND s.code = 'fda-label-doxil-2026';
-- Frequencies: EU product information (package leaflet section 4, all uses pooled). Breast trial (n=254, 50 mg/m2 every 4 weeks): hand-foot syndrome 48%, nausea 37%, stomatitis 22%, any hair loss 20%, neutropenia 4% (see notes).
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'pegylated-liposomal-doxorubicin' AND e.slug = 'hand-foot-syndrome';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'pegylated-liposomal-doxorubicin' AND e.slug = 'mouth-sores';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'pegylated-liposomal-doxorubicin' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'pegylated-liposomal-doxorubicin' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'pegylated-liposomal-doxorubicin' AND e.slug = 'hair-loss';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'pegylated-liposomal-doxorubicin' AND e.slug = 'infusion-reaction';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'UNCOMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'pegylated-liposomal-doxorubicin' AND e.slug = 'heart-problems';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'pegylated-liposomal-doxorubicin-heart-risk', t.id, 'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', NULL, 'ANY',
 'On its own, for breast cancer that has spread, in people with a higher risk of heart problems. This use is approved in the EU. It is not approved for breast cancer in the US.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'pegylated-liposomal-doxorubicin';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'pegylated-liposomal-doxorubicin-heart-risk' AND s.code = 'ec-caelyx-product-information-2023';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'pegylated-liposomal-doxorubicin-heart-risk' AND s.code = 'ema-epar-caelyx';
-- (No EU_EMA approval row: the date breast cancer was added to the Caelyx licence was not found. No US_FDA row: not approved for breast cancer in the US.)

-- ============ Vinorelbine on its own (UK licence) ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'vinorelbine', 'Vinorelbine', (SELECT id FROM drug_class WHERE slug = 'chemotherapy'), 'CHEMOTHERAPY',
 'Vinorelbine is a chemotherapy drug. In the UK it may be used when breast cancer has spread or grown nearby. It is for cancer that came back after an anthracycline, or did not respond to it. In the US it is only approved for lung cancer.',
 'This drug stops the thin threads that a cell uses to split in two. The cancer cell cannot divide, so it dies.',
 'Short drip into a vein. A capsule taken by mouth is also made.',
 'Usually once a week. The drip takes about 6 to 10 minutes. Your blood counts are checked before each dose. Your care team will tell you how long treatment goes on.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'vinorelbine' AND d.name = 'vinorelbine';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'vinorelbine' AND s.code = 'emc-smpc-navelbine-iv-2024';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'vinorelbine' AND s.code = 'emc-smpc-vinorelbine-medac-2023';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'vinorelbine' AND s.code = 'smc-324-06-vinorelbine-oral-2007';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'vinorelbine' AND s.code = 'fda-label-vinorelbine-2026';
-- Frequencies: US label, single agent, most common adverse reactions (>=20%); serious = boxed warning or warnings and precautions.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'vinorelbine' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'vinorelbine' AND e.slug = 'low-red-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'vinorelbine' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'vinorelbine' AND e.slug = 'constipation';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'vinorelbine' AND e.slug = 'nerve-damage';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'vinorelbine' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'vinorelbine' AND e.slug = 'injection-site-reaction';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'vinorelbine-after-anthracycline', t.id, 'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', NULL, 'ANY',
 'For breast cancer that has spread or grown nearby. It is used when the cancer came back after an anthracycline, or did not respond to it. The anthracycline may have been given after surgery.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'vinorelbine';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'vinorelbine-after-anthracycline' AND s.code = 'emc-smpc-navelbine-iv-2024';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'vinorelbine-after-anthracycline' AND s.code = 'smc-324-06-vinorelbine-oral-2007';
-- (No approval rows: US label is lung cancer only; vinorelbine has national licences in the UK/EU, not an EMA decision; the NICE appraisal TA54 was replaced by guideline CG81.)

-- Epirubicin was researched too but left out: no single-drug side-effect table could be read (only the US table of a
-- combination used after surgery for early cancer). See docs/research/chemo-4.md.

-- ============ Carboplatin on its own (NICE CG81, triple-negative) ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'carboplatin', 'Carboplatin', (SELECT id FROM drug_class WHERE slug = 'chemotherapy'), 'CHEMOTHERAPY',
 'Carboplatin is a chemotherapy drug made with platinum. UK guidance lists it as one choice for triple-negative breast cancer that has spread. It is not said to work better than other chemotherapy.',
 'The platinum in this drug sticks to the DNA in a cell. The DNA can no longer be copied, so the cancer cell dies.',
 'Drip into a vein (infusion)',
 'A drip into a vein, then a break of a few weeks so your blood counts can recover. Your care team will tell you the dose and how often you have it.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'carboplatin' AND d.name = 'carboplatin';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'carboplatin' AND s.code = 'nice-cg81-sact-2026';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'carboplatin' AND s.code = 'fda-label-carboplatin-2026';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'carboplatin' AND s.code = 'pfizer-carboplatin-adverse-reactions';
-- Frequencies: US label, single agent in previously treated ovarian cancer (n=553); there is no breast cancer table in the label.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'carboplatin' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'carboplatin' AND e.slug = 'low-platelets';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'carboplatin' AND e.slug = 'low-red-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'carboplatin' AND e.slug = 'vomiting';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'carboplatin' AND e.slug = 'infection';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'carboplatin' AND e.slug = 'nerve-damage';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'carboplatin' AND e.slug = 'infusion-reaction';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'carboplatin-tnbc', t.id, 'NEGATIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'ANY',
 'For triple-negative breast cancer that has spread. UK guidance says it is one possible choice. The choice depends on you, your cancer and your past treatment.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'carboplatin';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'carboplatin-tnbc' AND s.code = 'nice-cg81-sact-2026';
-- (No germline BRCA1/BRCA2 rows: NICE found too little evidence to recommend a different regimen for them. No approval rows: the US label covers ovarian cancer only, and NICE CG81 is a guideline, not an appraisal.)
