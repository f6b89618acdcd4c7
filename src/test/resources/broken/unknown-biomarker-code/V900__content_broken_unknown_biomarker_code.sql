INSERT INTO biomarker (code, slug, name, explanation, test_method, how_tested)
VALUES ('KRAS', 'kras', 'KRAS mutation', 'A gene change.', 'TISSUE', 'A test on the tumour.');
