-- Broken on purpose: an EU decision that names none of the uses it covers, so no option would show it.
INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'EU_EMA', 'APPROVED', DATE '2023-09-15', 'Approved in the EU in September 2023.', s.id, DATE '2026-12-01'
FROM therapy t, source s WHERE t.slug = 'elacestrant' AND s.code = 'ema-epar-enhertu';
