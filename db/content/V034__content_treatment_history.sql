-- Treatment history for the results' optional `had` answers (reviewed 2026-12-06). Every row below restates a
-- condition already written in the indication's `conditions` text, which was checked against the label or
-- guideline the indication cites (indication_source); no new clinical fact is added here.
-- Left out on purpose, because the kinds cannot state them in full (their text still says it):
--   a count of earlier treatments ("two or more HER2 treatments": margetuximab, neratinib; "at least two
--   chemotherapy treatments": eribulin; sacituzumab govitecan after two or more treatments), a named drug
--   within a kind ("after tamoxifen", "after letrozole or anastrozole": everolimus), "unless not suitable"
--   alternatives (ixabepilone), and "after earlier treatment has stopped working" (the rare gene changes).
-- Portable SQL (H2 2.x and PostgreSQL).

-- Needs hormone therapy before (any alternative group 1 = ENDOCRINE).
INSERT INTO indication_prior_treatment (indication_id, alternative_group, treatment)
SELECT id, 1, 'ENDOCRINE' FROM indication WHERE code IN (
    'abemaciclib-alone-later', 'abemaciclib-fulvestrant-later', 'alpelisib-fulvestrant-pik3ca-later',
    'capivasertib-fulvestrant-pik3ca-later', 'capivasertib-fulvestrant-akt1-later', 'capivasertib-fulvestrant-pten-later',
    'datopotamab-deruxtecan-hr-positive-later', 'elacestrant-esr1-later', 'imlunestrant-esr1-later',
    'fulvestrant-later', 'palbociclib-fulvestrant-later', 'ribociclib-fulvestrant-later',
    'trastuzumab-deruxtecan-hrpos-her2low-ultralow-after-endocrine');

-- Needs chemotherapy before.
INSERT INTO indication_prior_treatment (indication_id, alternative_group, treatment)
SELECT id, 2, 'CHEMO' FROM indication WHERE code IN ('abemaciclib-alone-later', 'datopotamab-deruxtecan-hr-positive-later');
INSERT INTO indication_prior_treatment (indication_id, alternative_group, treatment)
SELECT id, 1, 'CHEMO' FROM indication WHERE code IN (
    'docetaxel-later', 'nab-paclitaxel-later', 'paclitaxel-later', 'olaparib-brca1', 'olaparib-brca2',
    'trastuzumab-deruxtecan-her2low-after-chemo');

-- Needs at least one HER2 treatment before: any of these.
INSERT INTO indication_prior_treatment (indication_id, alternative_group, treatment)
SELECT i.id, 1, k.treatment FROM indication i
CROSS JOIN (SELECT 'TRASTUZUMAB' AS treatment UNION ALL SELECT 'PERTUZUMAB' UNION ALL SELECT 'TDM1' UNION ALL SELECT 'TDXD') k
WHERE i.code IN ('trastuzumab-deruxtecan-her2pos-later', 'tucatinib-trastuzumab-capecitabine-her2pos-later');

-- Trastuzumab emtansine: after trastuzumab and a taxane.
INSERT INTO indication_prior_treatment (indication_id, alternative_group, treatment)
SELECT id, 1, 'TRASTUZUMAB' FROM indication WHERE code = 'trastuzumab-emtansine-her2pos-later';
INSERT INTO indication_prior_treatment (indication_id, alternative_group, treatment)
SELECT id, 2, 'TAXANE' FROM indication WHERE code = 'trastuzumab-emtansine-her2pos-later';

-- Lapatinib with capecitabine: after an anthracycline, a taxane and trastuzumab.
INSERT INTO indication_prior_treatment (indication_id, alternative_group, treatment)
SELECT id, 1, 'ANTHRACYCLINE' FROM indication WHERE code = 'lapatinib-capecitabine-her2pos-later';
INSERT INTO indication_prior_treatment (indication_id, alternative_group, treatment)
SELECT id, 2, 'TAXANE' FROM indication WHERE code = 'lapatinib-capecitabine-her2pos-later';
INSERT INTO indication_prior_treatment (indication_id, alternative_group, treatment)
SELECT id, 3, 'TRASTUZUMAB' FROM indication WHERE code = 'lapatinib-capecitabine-her2pos-later';

-- Vinorelbine: after an anthracycline.
INSERT INTO indication_prior_treatment (indication_id, alternative_group, treatment)
SELECT id, 1, 'ANTHRACYCLINE' FROM indication WHERE code = 'vinorelbine-after-anthracycline';

-- First-line uses that are behind someone who has had these.
-- "As the first hormone treatment once the cancer has spread" / "when no hormone therapy has been given before".
INSERT INTO indication_not_after (indication_id, treatment)
SELECT id, 'ENDOCRINE' FROM indication WHERE code IN (
    'abemaciclib-ai-first', 'palbociclib-ai-first', 'ribociclib-ai-first', 'ribociclib-fulvestrant-first',
    'aromatase-inhibitor-first', 'fulvestrant-first');
INSERT INTO indication_not_after (indication_id, treatment)
SELECT id, 'CDK46' FROM indication WHERE code IN (
    'abemaciclib-ai-first', 'palbociclib-ai-first', 'ribociclib-ai-first', 'ribociclib-fulvestrant-first');
-- "As the first chemo for cancer that has spread".
INSERT INTO indication_not_after (indication_id, treatment)
SELECT id, 'CHEMO' FROM indication WHERE code = 'gemcitabine-paclitaxel-first';
-- First HER2 treatment for the spread cancer ("who have not had HER2 medicine ... for the spread cancer").
INSERT INTO indication_not_after (indication_id, treatment)
SELECT i.id, k.treatment FROM indication i
CROSS JOIN (SELECT 'TRASTUZUMAB' AS treatment UNION ALL SELECT 'PERTUZUMAB' UNION ALL SELECT 'TDM1' UNION ALL SELECT 'TDXD') k
WHERE i.code IN ('pertuzumab-trastuzumab-docetaxel-her2pos-first', 'trastuzumab-paclitaxel-her2pos-first',
    'trastuzumab-deruxtecan-pertuzumab-her2pos-first');
