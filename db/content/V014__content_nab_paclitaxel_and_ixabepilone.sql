-- Content: metastatic breast cancer - more therapies, part 2.
-- Covers: nab-paclitaxel on its own; ixabepilone with capecitabine or on its own. With US approval rows.
-- Not included (see more-therapies-2-notes.md): vepdegestrant (FDA approval 2026-05-01 confirmed, but the label's
-- adverse reactions and warnings could not be read, so no side effects can be given), docetaxel alone (label
-- indication wording and breast-cancer side-effect rates not seen), vinorelbine and doxorubicin (not confirmed in time).
-- Reviewed on 2026-11-23 by the more-therapies-2 research helper.
-- Sources (all URLs were returned by the search tool):
--   Abraxane label (openFDA, updated 2026-09-23)             https://api.fda.gov/drug/label.json?search=set_id%3A%2224d10449-2936-4cd3-b7db-a7683db721e4%22
--   Abraxane adverse reactions table (label copy, DrugLib)    http://www.druglib.com/druginfo/abraxane/side-effects_adverse-reactions/
--   Abraxane US approval 2005-01-07 and indication (News-Medical) https://news-medical.net/news/2005/01/25/7489.aspx
--   FDA approves ixabepilone (Ixempra), 2007-10-16 (archived FDA page) https://webarchive.library.unt.edu/eot2008/20080917222919/http:/www.fda.gov/cder/Offices/OODP/whatsnew/ixabepilone.htm
--   Ixempra label (openFDA, updated 2026-06-02)               https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Ixabepilone%22
--   Ixempra side effects (label section 6 copy, RxList)       http://www.rxlist.com/ixempra-drug/side-effects-interactions.htm

-- ============ Sources ============
-- checked 2026-11-23: Abraxane US label record: boxed warning on severe myelosuppression (neutropenia, infection or sepsis); date = openFDA last_updated
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-abraxane-2026', 'https://api.fda.gov/drug/label.json?search=set_id%3A%2224d10449-2936-4cd3-b7db-a7683db721e4%22', 'ABRAXANE (paclitaxel protein-bound particles for injectable suspension): US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2026-09-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-abraxane-2026');
-- checked 2026-11-23: Abraxane label adverse-reaction table, metastatic breast cancer (n=229): neutropenia 80%, alopecia 90%, sensory neuropathy 71%, asthenia 47%, myalgia/arthralgia 44%, nausea 30%, infections 24%; the page shows no date, so the date of the openFDA Abraxane record is used
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'druglib-abraxane-adverse-reactions', 'http://www.druglib.com/druginfo/abraxane/side-effects_adverse-reactions/', 'Abraxane (paclitaxel): side effects and adverse reactions (copy of the US label table)', 'DrugLib.com', DATE '2026-09-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'druglib-abraxane-adverse-reactions');
-- checked 2026-11-23: Abraxane indicated for breast cancer after failure of combination chemotherapy for metastatic disease or relapse within 6 months of adjuvant chemotherapy; prior therapy should have included an anthracycline unless clinically contraindicated; NDA approved by FDA on 2005-01-07
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'news-medical-abraxane-approval-2005', 'https://news-medical.net/news/2005/01/25/7489.aspx', 'Abraxane launch date announced (FDA approval of 7 January 2005 and US indication)', 'News-Medical.Net', DATE '2005-01-25' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'news-medical-abraxane-approval-2005');
-- checked 2026-11-23: FDA approved Ixempra on 2007-10-16: with capecitabine for metastatic or locally advanced breast cancer resistant to an anthracycline and a taxane, or taxane resistant when more anthracycline is contraindicated; alone when resistant or refractory to anthracyclines, taxanes and capecitabine
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-approval-ixabepilone-2007', 'https://webarchive.library.unt.edu/eot2008/20080917222919/http:/www.fda.gov/cder/Offices/OODP/whatsnew/ixabepilone.htm', 'FDA approves ixabepilone for injection (Ixempra) for two indications (archived FDA page)', 'U.S. Food and Drug Administration', DATE '2007-10-16' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-approval-ixabepilone-2007');
-- checked 2026-11-23: Ixempra US label record: boxed warning, the combination with capecitabine is contraindicated with AST or ALT > 2.5 x ULN or bilirubin > 1 x ULN (risk of toxicity and neutropenia-related death); date = openFDA last_updated
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-label-ixempra-2026', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Ixabepilone%22', 'IXEMPRA (ixabepilone) kit: US prescribing information (openFDA label record)', 'U.S. Food and Drug Administration', DATE '2026-06-02' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-label-ixempra-2026');
-- checked 2026-11-23: Ixempra label section 6: most common (>= 20%) peripheral sensory neuropathy, fatigue/asthenia, myalgia/arthralgia, alopecia, nausea, vomiting, stomatitis, diarrhoea, musculoskeletal pain; with capecitabine also hand-foot syndrome; neutropenia > 40%; the page shows no date, so the date of the openFDA Ixempra record is used
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'rxlist-ixempra-side-effects', 'http://www.rxlist.com/ixempra-drug/side-effects-interactions.htm', 'Ixempra (ixabepilone): side effects and drug interactions (copy of US label section 6)', 'RxList', DATE '2026-06-02' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'rxlist-ixempra-side-effects');

-- ============ Drugs and brand names (guarded) ============
INSERT INTO drug (name) SELECT 'nab-paclitaxel' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'nab-paclitaxel');
INSERT INTO drug (name) SELECT 'ixabepilone' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'ixabepilone');
INSERT INTO drug (name) SELECT 'capecitabine' WHERE NOT EXISTS (SELECT 1 FROM drug WHERE name = 'capecitabine');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Abraxane' FROM drug d WHERE d.name = 'nab-paclitaxel' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Abraxane');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Ixempra' FROM drug d WHERE d.name = 'ixabepilone' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Ixempra');
INSERT INTO drug_brand_name (drug_id, brand_name) SELECT d.id, 'Xeloda' FROM drug d WHERE d.name = 'capecitabine' AND NOT EXISTS (SELECT 1 FROM drug_brand_name x WHERE x.drug_id = d.id AND x.brand_name = 'Xeloda');

-- ============ nab-paclitaxel on its own ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'nab-paclitaxel', 'Nab-paclitaxel', (SELECT id FROM drug_class WHERE slug = 'chemotherapy'), 'CHEMOTHERAPY',
 'Nab-paclitaxel is a chemotherapy drug. It is paclitaxel wrapped in a protein from blood. It may be used when breast cancer has spread. It is given after other chemotherapy has stopped working.',
 'This drug locks the threads that a cell uses to split in two. The cancer cell cannot divide, so it dies. The protein wrap means no medicine is needed first to stop an allergic reaction.',
 'Drip into a vein (infusion) over about 30 minutes',
 'One drip every 3 weeks. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'nab-paclitaxel' AND d.name = 'nab-paclitaxel';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'nab-paclitaxel' AND s.code = 'fda-label-abraxane-2026';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'nab-paclitaxel' AND s.code = 'druglib-abraxane-adverse-reactions';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'nab-paclitaxel' AND s.code = 'news-medical-abraxane-approval-2005';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'nab-paclitaxel' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'nab-paclitaxel' AND e.slug = 'infection';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'nab-paclitaxel' AND e.slug = 'hair-loss';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'nab-paclitaxel' AND e.slug = 'nerve-damage';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'nab-paclitaxel' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'nab-paclitaxel' AND e.slug = 'joint-pain';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'nab-paclitaxel' AND e.slug = 'nausea';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'nab-paclitaxel-later', t.id, 'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
 'When a mix of chemotherapy drugs for the spread cancer has stopped working. Or when the cancer came back within 6 months of chemotherapy after surgery. Earlier treatment should have included an anthracycline, unless it was not suitable.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'nab-paclitaxel';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'nab-paclitaxel-later' AND s.code = 'news-medical-abraxane-approval-2005';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'nab-paclitaxel-later' AND s.code = 'fda-label-abraxane-2026';
INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2005-01-07', 'Approved in the US in January 2005 for breast cancer that has spread, after other chemotherapy.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'nab-paclitaxel' AND s.code = 'news-medical-abraxane-approval-2005';

-- ============ Ixabepilone with capecitabine, or on its own ============
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on) SELECT 'ixabepilone', 'Ixabepilone (with capecitabine or on its own)', (SELECT id FROM drug_class WHERE slug = 'chemotherapy'), 'CHEMOTHERAPY',
 'Ixabepilone is a chemotherapy drug. It may be used when breast cancer has spread. It is for cancer that grew despite other chemotherapy. It is given with capecitabine tablets, or on its own.',
 'This drug sticks to the threads that a cell uses to split in two. The cancer cell cannot divide, so it dies. Capecitabine is a second chemotherapy drug that stops cells making new DNA.',
 'Drip into a vein (infusion) over 3 hours. Capecitabine is taken as tablets by mouth.',
 'One drip every 3 weeks. With the drip, capecitabine tablets are taken twice a day for 2 weeks, then 1 week off. Treatment goes on for as long as it works and side effects are manageable.',
 DATE '2026-11-23';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 1 FROM therapy t, drug d WHERE t.slug = 'ixabepilone' AND d.name = 'ixabepilone';
INSERT INTO therapy_drug (therapy_id, drug_id, position) SELECT t.id, d.id, 2 FROM therapy t, drug d WHERE t.slug = 'ixabepilone' AND d.name = 'capecitabine';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'ixabepilone' AND s.code = 'fda-label-ixempra-2026';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'ixabepilone' AND s.code = 'fda-approval-ixabepilone-2007';
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'ixabepilone' AND s.code = 'rxlist-ixempra-side-effects';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'ixabepilone' AND e.slug = 'low-white-blood-cells';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'ixabepilone' AND e.slug = 'nerve-damage';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'ixabepilone' AND e.slug = 'fatigue';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'ixabepilone' AND e.slug = 'joint-pain';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'ixabepilone' AND e.slug = 'hair-loss';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'ixabepilone' AND e.slug = 'nausea';
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious) SELECT t.id, e.id, 'VERY_COMMON', FALSE FROM therapy t, side_effect e WHERE t.slug = 'ixabepilone' AND e.slug = 'hand-foot-syndrome';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'ixabepilone-capecitabine-later', t.id, 'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
 'With capecitabine, when the cancer grew despite an anthracycline and a taxane (two types of chemotherapy). Or when it grew despite a taxane and more anthracycline is not safe.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'ixabepilone';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'ixabepilone-capecitabine-later' AND s.code = 'fda-approval-ixabepilone-2007';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'ixabepilone-capecitabine-later' AND s.code = 'fda-label-ixempra-2026';
INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on) SELECT 'ixabepilone-alone-later', t.id, 'ANY', TRUE, TRUE, TRUE, TRUE, 'ANY', NULL, 'LATER',
 'On its own, when the cancer grew despite an anthracycline, a taxane and capecitabine.', DATE '2026-11-23' FROM therapy t WHERE t.slug = 'ixabepilone';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'ixabepilone-alone-later' AND s.code = 'fda-approval-ixabepilone-2007';
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'ixabepilone-alone-later' AND s.code = 'fda-label-ixempra-2026';
INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2007-10-16', 'Approved in the US in October 2007, with capecitabine or on its own, after other chemotherapy.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'ixabepilone' AND s.code = 'fda-approval-ixabepilone-2007';
