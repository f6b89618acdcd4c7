INSERT INTO source (code, url, title, publisher, published_on) VALUES ('test-source', 'https://www.fda.gov/example', 'Example label', 'U.S. Food and Drug Administration', DATE '2026-01-01');
INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
VALUES ('hard-to-read', 'Hard to read', (SELECT id FROM drug_class WHERE slug = 'chemotherapy'), 'CHEMOTHERAPY',
 'Antineoplastic pharmacotherapeutic intervention administered intravenously for unresectable locally advanced or metastatic hormone receptor-positive human epidermal growth factor receptor 2-negative adenocarcinoma following progression on endocrine-based monotherapy.',
 'It kills cells.', 'Drip into a vein', 'Every 3 weeks.', DATE '2026-11-01');
INSERT INTO therapy_source (therapy_id, source_id) VALUES ((SELECT id FROM therapy WHERE slug = 'hard-to-read'), (SELECT id FROM source WHERE code = 'test-source'));
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious)
VALUES ((SELECT id FROM therapy WHERE slug = 'hard-to-read'), (SELECT id FROM side_effect WHERE slug = 'fatigue'), 'COMMON', FALSE);
