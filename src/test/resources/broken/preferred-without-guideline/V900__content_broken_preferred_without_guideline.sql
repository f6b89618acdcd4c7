-- Broken on purpose: an option marked "usually offered first" with no guideline saying so.
UPDATE indication SET preference = 'PREFERRED', preference_source_id = NULL WHERE code = 'elacestrant-esr1-later';
