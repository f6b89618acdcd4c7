-- Low mood or depression (V057), reviewed 2026-12-06 on review of the change: the explanation, the notices and the
-- actions followed Macmillan's page too closely in places ("losing interest in things you used to enjoy", "contact
-- your cancer doctor, GP or ... straight away"). Same meaning, same sources, same urgencies; our own words.
-- Portable SQL (H2 2.x and PostgreSQL).
UPDATE side_effect
SET explanation = 'Feeling down, sad or hopeless nearly all the time for weeks, or no longer enjoying things you liked before. Some hormone treatments can cause it or make it worse. It can be treated.'
WHERE slug = 'depression';

UPDATE side_effect_action
SET notice = 'Thoughts come into your head about hurting yourself or about ending your life.',
    action = 'Get help straight away: call your cancer team or your GP, or go to A&E. If your life is in danger, call 999. You can also call 116 123 at any time, free, to talk to someone who will listen.',
    reviewed_on = DATE '2026-12-06'
WHERE urgency = 'CALL_NOW' AND side_effect_id = (SELECT id FROM side_effect WHERE slug = 'depression');

UPDATE side_effect_action
SET notice = 'For more than 2 weeks you have felt down or sad on most days, or you no longer enjoy things you liked before.',
    action = 'Tell your care team or your GP. Low mood can be treated, and support is there for you.',
    reviewed_on = DATE '2026-12-06'
WHERE urgency = 'MENTION' AND side_effect_id = (SELECT id FROM side_effect WHERE slug = 'depression');
