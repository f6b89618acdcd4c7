-- Broken on purpose: an indication that needs ESR1 both found and not found.
INSERT INTO indication_biomarker_absent (indication_id, biomarker_id)
SELECT i.id, b.id FROM indication i, biomarker b WHERE i.code = 'elacestrant-esr1-later' AND b.code = 'ESR1';
