INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
VALUES ('unsourced-therapy', 'Unsourced therapy', (SELECT id FROM drug_class WHERE slug = 'chemotherapy'), 'CHEMOTHERAPY',
 'A test drug. It is given as a drip.', 'It kills cells.', 'Drip into a vein', 'Every 3 weeks.', DATE '2026-11-01');
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious)
VALUES ((SELECT id FROM therapy WHERE slug = 'unsourced-therapy'), (SELECT id FROM side_effect WHERE slug = 'fatigue'), 'COMMON', FALSE);
