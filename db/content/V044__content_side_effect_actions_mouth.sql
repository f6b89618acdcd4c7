-- What to do about a side effect, third pass (schema V038), reviewed 2026-12-06: dry mouth and taste changes, in
-- our own words. The NCI's survivorship page lists both among the mouth problems that cancer drugs cause and says
-- to talk to your doctor about them at your visit, with no sooner time: so both are things to mention. The other
-- open side effects found no page of an allowed publisher that states when to call (docs/content-notes.md).

-- checked 2026-12-06: some chemotherapy and immunotherapy harms the mouth; dry mouth and changes in taste or smell are among the problems; talk to your doctor, and ask which symptoms to call about and whether a dietitian could help.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nci-survivorship-mouth', 'https://survivorship.cancer.gov/springboard/symptoms/mouth-gum-throat-problems',
       'Mouth, gum and throat problems', 'National Cancer Institute, Office of Cancer Survivorship', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nci-survivorship-mouth');

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION',
       'Your mouth feels dry or sticky. Sips of water and sugar-free sweets do not help much.',
       'Tell your team at your next visit. Ask what else can help, such as gels or sprays from the pharmacy.', DATE '2026-12-06' FROM side_effect WHERE slug = 'dry-mouth';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'dry-mouth' AND a.urgency = 'MENTION' AND s.code = 'nci-survivorship-mouth';

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION',
       'Food tastes different, bland or like metal. It may put you off eating.',
       'Tell your team at your next visit. Ask if a dietitian could help you find food you enjoy.', DATE '2026-12-06' FROM side_effect WHERE slug = 'taste-changes';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'taste-changes' AND a.urgency = 'MENTION' AND s.code = 'nci-survivorship-mouth';
