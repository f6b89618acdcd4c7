INSERT INTO source (code, url, title, publisher, published_on) VALUES ('test-source', 'https://www.fda.gov/example', 'Example label', 'U.S. Food and Drug Administration', DATE '2026-01-01');
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
VALUES ('no-side-effects', 'No side effects', (SELECT id FROM drug_class WHERE slug = 'chemotherapy'), 'CHEMOTHERAPY',
 'A test drug. It is given as a drip.', 'It kills cells.', 'Drip into a vein', 'Every 3 weeks.', DATE '2026-11-01');
INSERT INTO therapy_source (therapy_id, source_id) VALUES ((SELECT id FROM therapy WHERE slug = 'no-side-effects'), (SELECT id FROM source WHERE code = 'test-source'));
