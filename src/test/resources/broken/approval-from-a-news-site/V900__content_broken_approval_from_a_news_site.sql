-- Broken on purpose: a US approval whose only source is a news site, not the FDA.
INSERT INTO source (code, url, title, publisher, published_on) VALUES ('news-fda-elacestrant', 'https://news.example.com/fda-approves-elacestrant', 'FDA approves elacestrant (news)', 'Example News', DATE '2023-01-27');
DELETE FROM approval_indication WHERE approval_id IN (SELECT id FROM approval WHERE region = 'US_FDA' AND therapy_id = (SELECT id FROM therapy WHERE slug = 'elacestrant'));
DELETE FROM approval WHERE region = 'US_FDA' AND therapy_id = (SELECT id FROM therapy WHERE slug = 'elacestrant');
INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2023-01-27', 'Approved in the US in January 2023.', s.id, DATE '2026-12-01'
FROM therapy t, source s WHERE t.slug = 'elacestrant' AND s.code = 'news-fda-elacestrant';
INSERT INTO approval_indication (approval_id, indication_id)
SELECT a.id, i.id FROM approval a JOIN therapy t ON t.id = a.therapy_id JOIN indication i ON i.therapy_id = t.id
WHERE t.slug = 'elacestrant' AND a.region = 'US_FDA';
