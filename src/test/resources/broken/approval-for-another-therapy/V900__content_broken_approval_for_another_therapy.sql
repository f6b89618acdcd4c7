-- Broken on purpose: the FDA decision on elacestrant also claims a use of imlunestrant.
INSERT INTO approval_indication (approval_id, indication_id)
SELECT a.id, i.id FROM approval a JOIN therapy t ON t.id = a.therapy_id, indication i
WHERE t.slug = 'elacestrant' AND a.region = 'US_FDA' AND i.code = 'imlunestrant-esr1-later';
