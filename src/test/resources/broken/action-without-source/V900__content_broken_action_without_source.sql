INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION', 'A cough that will not go away.', 'Tell your team at your next visit.', DATE '2026-12-01'
FROM side_effect WHERE slug = 'cough';
