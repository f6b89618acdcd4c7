INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause, site, line, conditions, reviewed_on)
VALUES ('ghost-first-line', (SELECT id FROM therapy WHERE slug = 'no-such-therapy'), 'POSITIVE', FALSE, TRUE, TRUE, TRUE, 'ANY', NULL, 'FIRST',
 'As a first treatment.', DATE '2026-11-01');
