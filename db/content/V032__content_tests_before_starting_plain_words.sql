-- Plain words for the tests to do before starting (reviewed 2026-12-06): the reading-grade test now covers
-- drug_warning.test_before, and the heart-scan and blood-fat wording read above grade 8. Same facts, fewer long words.
-- Portable SQL (H2 2.x and PostgreSQL).
UPDATE drug_warning SET test_before = 'A heart scan before you start, and every few months while you have it.'
WHERE side_effect_id = (SELECT id FROM side_effect WHERE slug = 'heart-problems')
  AND drug_id IN (SELECT id FROM drug WHERE name IN ('trastuzumab', 'pertuzumab', 'trastuzumab emtansine'));
UPDATE drug_warning SET test_before = 'A heart scan before you start, and from time to time while you have it.'
WHERE side_effect_id = (SELECT id FROM side_effect WHERE slug = 'heart-problems')
  AND drug_id IN (SELECT id FROM drug WHERE name IN ('trastuzumab deruxtecan', 'margetuximab', 'doxorubicin'));
UPDATE drug_warning SET test_before = 'A heart scan before you start.'
WHERE side_effect_id = (SELECT id FROM side_effect WHERE slug = 'heart-problems')
  AND drug_id = (SELECT id FROM drug WHERE name = 'lapatinib');
UPDATE drug_warning SET test_before = 'A blood test for blood fats before you start, and while you have it.'
WHERE side_effect_id = (SELECT id FROM side_effect WHERE slug = 'high-blood-fats')
  AND drug_id = (SELECT id FROM drug WHERE name = 'elacestrant');
