-- Broken on purpose: a regimen lists a serious side effect that has no "what to notice, what to do" rows.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious)
SELECT t.id, e.id, 'COMMON', TRUE FROM therapy t, side_effect e WHERE t.slug = 'elacestrant' AND e.slug = 'cough';
