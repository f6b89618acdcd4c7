-- Broken on purpose: a second NICE decision on the same use, which would contradict the first.
INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'UK_NICE', 'NOT_RECOMMENDED', DATE '2016-01-01', 'Not recommended by NICE in 2016.', a.source_id, DATE '2026-12-01'
FROM therapy t JOIN approval a ON a.therapy_id = t.id WHERE t.slug = 'eribulin' AND a.region = 'UK_NICE';
INSERT INTO approval_indication (approval_id, indication_id)
SELECT a.id, i.id FROM approval a JOIN therapy t ON t.id = a.therapy_id JOIN indication i ON i.therapy_id = t.id
WHERE t.slug = 'eribulin' AND a.region = 'UK_NICE' AND a.status = 'NOT_RECOMMENDED';
