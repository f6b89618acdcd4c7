-- What to do about a side effect, fifth pass (schema V038), reviewed 2026-12-06: nerve damage and flu-like symptoms,
-- in our own words, each level stated by the pages named with it, read through the stored copies of the project's
-- search tool. Two publishers join the care-advice hosts with this script (PublisherHosts.CARE_ADVICE): the Cancer
-- Institute NSW (cancer.nsw.gov.au, the New South Wales government's cancer agency, which also publishes the eviQ
-- treatment protocols) and Cancer.Net (cancer.net, the patient site of ASCO, whose guidelines we already cite).
-- Pages without a date carry the date we checked them as published_on. Still open, and why: docs/content-notes.md.

-- checked 2026-12-06: tingling, burning, numbness or pain in the hands or feet, trouble with buttons and small
--   items, loss of feeling, weakness, balance or walking problems; tell your doctor or nurse about any symptoms
--   before your next treatment (the doctor may change the treatment to prevent further nerve damage); if the
--   symptoms are getting worse, call your doctor or nurse on the contact numbers your cancer care team gave you.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'cinsw-peripheral-neuropathy',
       'https://www.cancer.nsw.gov.au/about-cancer/types-of-cancer/general-cancer-information/treatment/side-effects/peripheral-neuropathy',
       'Peripheral neuropathy', 'Cancer Institute NSW', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'cinsw-peripheral-neuropathy');

-- checked 2026-12-06: approved by the Cancer.Net Editorial Board 06/2023 (month only: published_on is the 1st);
--   cancer and its treatment can cause peripheral neuropathy; talk with your health care team about any symptoms,
--   new ones and changes in them.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'cancernet-nerve-problems',
       'https://www.cancer.net/coping-with-cancer/physical-emotional-and-social-effects-cancer/managing-physical-side-effects/nerve-problems-or-peripheral-neuropathy',
       'Nerve problems or peripheral neuropathy', 'American Society of Clinical Oncology (Cancer.Net)', DATE '2023-06-01'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'cancernet-nerve-problems');

-- Nerve damage: tell the team before the next treatment; worse and worse, call them. The page's "call ... on the
-- contact numbers you have been given", set against "before your next treatment", is read as not waiting for the
-- next visit, so the row sits at the same-day level, the nearest of our three.
INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION',
       'Tingling, pins and needles, numbness, burning or pain in your hands or feet. Buttons or small things get harder to pick up. You may feel less steady when you walk.',
       'Tell your team before your next treatment, even if it seems mild. They may change your treatment to stop the nerve damage getting worse.',
       DATE '2026-12-06' FROM side_effect WHERE slug = 'nerve-damage';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'nerve-damage' AND a.urgency = 'MENTION' AND s.code IN ('cinsw-peripheral-neuropathy', 'cancernet-nerve-problems');

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_TODAY',
       'The tingling, numbness or pain is getting worse.',
       'Call your cancer team on the number they gave you. Do not wait for your next treatment.',
       DATE '2026-12-06' FROM side_effect WHERE slug = 'nerve-damage';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'nerve-damage' AND a.urgency = 'CALL_TODAY' AND s.code = 'cinsw-peripheral-neuropathy';

-- Flu-like symptoms (zoledronic acid). Guy's and St Thomas' (source gstt-zoledronic-acid-breast, V048), checked
-- 2026-12-06: flu-like symptoms for 24 to 48 hours (a high temperature, chills, muscle or joint pain); let your doctor
-- know if they are difficult to manage. The page is about the six-monthly dose after early breast cancer; the
-- symptoms are those the labels give for the monthly dose too. A temperature on chemotherapy is the emergency box's
-- rule (NICE CG151 for the public, The Christie, V036), so the row repeats it rather than let a "next visit" level
-- stand for a fever that needs a call now.
INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION',
       'You feel as if you have flu for a day or two after the drip. You may have a high temperature, chills, or sore muscles and joints.',
       'Tell your team if it is hard to cope with. Ask which painkiller you can take. Are you also on chemo, or another drug that lowers your blood counts? Then a temperature of 38 °C or more means you call your 24-hour line now.',
       DATE '2026-12-06' FROM side_effect WHERE slug = 'flu-like-symptoms';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'flu-like-symptoms' AND a.urgency = 'MENTION' AND s.code IN ('gstt-zoledronic-acid-breast', 'nice-cg151-public', 'christie-infection-fever');
