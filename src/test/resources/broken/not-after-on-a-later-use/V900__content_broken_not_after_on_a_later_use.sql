-- Broken on purpose: a later use marked as put behind someone by a treatment.
INSERT INTO indication_not_after (indication_id, treatment)
SELECT id, 'ENDOCRINE' FROM indication WHERE code = 'elacestrant-esr1-later';
