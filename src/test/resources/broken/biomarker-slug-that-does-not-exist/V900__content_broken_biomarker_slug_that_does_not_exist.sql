INSERT INTO indication_biomarker (indication_id, biomarker_id)
VALUES ((SELECT id FROM indication WHERE code = (SELECT MIN(code) FROM indication)), (SELECT id FROM biomarker WHERE slug = 'esr-1'));
