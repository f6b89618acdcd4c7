INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
VALUES ('elacestrant', 'Elacestrant again', (SELECT id FROM drug_class WHERE slug = 'serd'), 'HORMONE_THERAPY',
 'A test drug.', 'It blocks a receptor.', 'Tablets', 'Once a day.', DATE '2026-11-01');
