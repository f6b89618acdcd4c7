-- Review of V044 (2026-12-06): the dry-mouth row said that water and sugar-free sweets had been tried and pointed to
-- gels and sprays from the pharmacy. The page V044 cites (NCI, mouth, gum and throat problems) says only to talk to
-- the doctor and to ask what can help; the self-care and pharmacy wording came from pages we did not cite. The row
-- now says no more than its source. Same level (mention), same source.
UPDATE side_effect_action
SET notice = 'Your mouth feels dry or sticky, and it does not go away.',
    action = 'Tell your team at your next visit. Ask what can help.',
    reviewed_on = DATE '2026-12-06'
WHERE urgency = 'MENTION' AND side_effect_id = (SELECT id FROM side_effect WHERE slug = 'dry-mouth');
