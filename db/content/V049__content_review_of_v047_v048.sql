-- Review of V047 and V048 (2026-12-06).
-- V048: the low-calcium row said "numb or tingling ... lips"; the page it cites (the UK XGEVA patient leaflet on
-- emc) says numbness or tingling in the fingers, toes or around the mouth. The row now says what its source says.
-- Same level (call now), same sources.
-- V047: its opening comment names V008, V009, V012, V013 and V020 as the scripts behind the decisions it links;
-- the approval rows and their sources come from V008 to V029 (V014, V017, V018, V022, V028 and V029 also add or
-- change rows). No row changes for this: the links themselves were checked against each row as it is now.
UPDATE side_effect_action
SET notice = 'Muscle cramps, twitches or spasms. Numbness or tingling in your fingers or toes, or around your mouth. Rarely, a fit, feeling muddled or passing out.',
    reviewed_on = DATE '2026-12-06'
WHERE urgency = 'CALL_NOW' AND side_effect_id = (SELECT id FROM side_effect WHERE slug = 'low-calcium');
