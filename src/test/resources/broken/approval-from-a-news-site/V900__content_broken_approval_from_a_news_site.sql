-- Broken on purpose: a US approval whose only source is a news site, not the FDA.
INSERT INTO source (code, url, title, publisher, published_on) VALUES ('news-fda-elacestrant', 'https://news.example.com/fda-approves-elacestrant', 'FDA approves elacestrant (news)', 'Example News', DATE '2023-01-27');
DELETE FROM approval WHERE region = 'US_FDA' AND therapy_id = (SELECT id FROM therapy WHERE slug = 'elacestrant');
INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2023-01-27', 'Approved in the US in January 2023.', s.id, DATE '2026-12-01'
FROM therapy t, source s WHERE t.slug = 'elacestrant' AND s.code = 'news-fda-elacestrant';
