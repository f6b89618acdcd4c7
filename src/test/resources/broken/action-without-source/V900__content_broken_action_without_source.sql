INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION', 'Food tastes different.', 'Tell your team at your next visit.', DATE '2026-12-01'
FROM side_effect WHERE slug = 'taste-changes';
