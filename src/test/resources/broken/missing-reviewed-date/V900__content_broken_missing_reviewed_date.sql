INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
VALUES ('elacestrant-undated-use', (SELECT id FROM therapy WHERE slug = 'elacestrant'), 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'FIRST',
 'As a first treatment.', NULL);
