-- Broken on purpose: a recent approval with no row in recent_approval_source.
INSERT INTO recent_approval (slug, name, brand_name, region, decided_on, for_whom, not_yet_checked, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, biomarker_id, reviewed_on)
VALUES ('unsourced-approval', 'Unsourced', 'Nobrand', 'US_FDA', DATE '2026-10-01', 'Approved in the US for some people.', 'We have not read its label yet.', 'ANY', TRUE, TRUE, TRUE, TRUE, NULL, DATE '2026-11-23');
