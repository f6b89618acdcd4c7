INSERT INTO source (code, url, title, publisher, published_on)
VALUES ('blog-rash', 'https://example-health-blog.com/rash', 'Rash tips', 'A blog', DATE '2026-01-01');
INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_TODAY', 'You lose weight without trying.', 'Contact your cancer team today.', DATE '2026-12-01'
FROM side_effect WHERE slug = 'weight-changes';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id)
SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s
WHERE e.slug = 'weight-changes' AND s.code = 'blog-rash';
