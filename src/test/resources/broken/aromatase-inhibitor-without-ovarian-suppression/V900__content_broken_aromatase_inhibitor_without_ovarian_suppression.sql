-- Broken on purpose: letrozole loses its ovarian suppression before menopause, so a CDK4/6 regimen with it would
-- reach women before menopause without the injection that makes it work.
DELETE FROM drug_companion WHERE person = 'PREMENOPAUSAL' AND drug_id IN (SELECT id FROM drug WHERE name IN ('letrozole', 'anastrozole', 'exemestane'));
