-- Which uses each recorded decision covers (schema V046). Reviewed 2026-12-06 against each decision's note and its
-- cited source (the sources are those of V008, V009, V012, V013 and V020; no new claim is made here).
--
-- A use that no decision covers shows "no decision recorded" for that region: that is a gap in our records, not a
-- statement that the medicine is unavailable. Gaps we know of and did not fill (no primary source with a date):
--   * trastuzumab deruxtecan, HER2-low after chemotherapy: NICE TA992 does not recommend it
--     (https://nice.org.uk/guidance/TA992/chapter/1-Recommendations), but its publication date was not readable,
--     so no approval row was added. The EU widening to HER2-low and HER2-ultralow was not confirmed on EMA's own
--     page, so the EU row covers the HER2-positive use only.
--   * sacituzumab govitecan: the NICE row (TA819) covers triple-negative cancer after two or more treatments only.
--
-- Pattern: one statement per decision, naming the therapy, the region and the uses it covers.

-- Therapies with one use: the decision covers that use.
INSERT INTO approval_indication (approval_id, indication_id)
SELECT a.id, i.id FROM approval a JOIN therapy t ON t.id = a.therapy_id JOIN indication i ON i.therapy_id = t.id
WHERE t.slug IN ('dabrafenib-trametinib', 'denosumab', 'dostarlimab', 'elacestrant', 'entrectinib', 'eribulin',
                 'gemcitabine-paclitaxel', 'imlunestrant', 'larotrectinib', 'palbociclib-aromatase-inhibitor',
                 'palbociclib-fulvestrant', 'pertuzumab-trastuzumab-docetaxel', 'repotrectinib',
                 'ribociclib-aromatase-inhibitor', 'trastuzumab-deruxtecan-pertuzumab',
                 'tucatinib-trastuzumab-capecitabine', 'zoledronic-acid');

-- NICE (April 2025): capivasertib with fulvestrant; every use we list needs a PIK3CA, AKT1 or PTEN change.
INSERT INTO approval_indication (approval_id, indication_id)
SELECT a.id, i.id FROM approval a JOIN therapy t ON t.id = a.therapy_id JOIN indication i ON i.therapy_id = t.id
WHERE t.slug = 'capivasertib-fulvestrant' AND a.region = 'UK_NICE'
  AND i.code IN ('capivasertib-fulvestrant-pik3ca-later', 'capivasertib-fulvestrant-akt1-later',
                 'capivasertib-fulvestrant-pten-later');

-- FDA: datopotamab deruxtecan for HR-positive, HER2-negative cancer (2025) and triple-negative cancer (2026).
INSERT INTO approval_indication (approval_id, indication_id)
SELECT a.id, i.id FROM approval a JOIN therapy t ON t.id = a.therapy_id JOIN indication i ON i.therapy_id = t.id
WHERE t.slug = 'datopotamab-deruxtecan' AND a.region = 'US_FDA'
  AND i.code IN ('datopotamab-deruxtecan-hr-positive-later', 'datopotamab-deruxtecan-tnbc');

-- EMA: ixabepilone was never approved in the EU, on its own or with capecitabine.
INSERT INTO approval_indication (approval_id, indication_id)
SELECT a.id, i.id FROM approval a JOIN therapy t ON t.id = a.therapy_id JOIN indication i ON i.therapy_id = t.id
WHERE t.slug = 'ixabepilone' AND a.region = 'EU_EMA'
  AND i.code IN ('ixabepilone-alone-later', 'ixabepilone-capecitabine-later');

-- NICE: olaparib with an inherited BRCA1 or BRCA2 change.
INSERT INTO approval_indication (approval_id, indication_id)
SELECT a.id, i.id FROM approval a JOIN therapy t ON t.id = a.therapy_id JOIN indication i ON i.therapy_id = t.id
WHERE t.slug = 'olaparib' AND a.region = 'UK_NICE' AND i.code IN ('olaparib-brca1', 'olaparib-brca2');

-- EMA and NICE: talazoparib with an inherited BRCA1 or BRCA2 change.
INSERT INTO approval_indication (approval_id, indication_id)
SELECT a.id, i.id FROM approval a JOIN therapy t ON t.id = a.therapy_id JOIN indication i ON i.therapy_id = t.id
WHERE t.slug = 'talazoparib' AND a.region IN ('EU_EMA', 'UK_NICE') AND i.code IN ('talazoparib-brca1', 'talazoparib-brca2');

-- NICE (TA819): sacituzumab govitecan for triple-negative cancer after two or more treatments only.
INSERT INTO approval_indication (approval_id, indication_id)
SELECT a.id, i.id FROM approval a JOIN therapy t ON t.id = a.therapy_id JOIN indication i ON i.therapy_id = t.id
WHERE t.slug = 'sacituzumab-govitecan' AND a.region = 'UK_NICE' AND i.code = 'sacituzumab-govitecan-tnbc-later';

-- EMA (2021) and NICE managed access (TA704): trastuzumab deruxtecan for HER2-positive cancer only.
INSERT INTO approval_indication (approval_id, indication_id)
SELECT a.id, i.id FROM approval a JOIN therapy t ON t.id = a.therapy_id JOIN indication i ON i.therapy_id = t.id
WHERE t.slug = 'trastuzumab-deruxtecan' AND a.region IN ('EU_EMA', 'UK_NICE')
  AND i.code = 'trastuzumab-deruxtecan-her2pos-later';
