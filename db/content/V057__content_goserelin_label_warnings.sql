-- Goserelin's label warnings, reviewed 2026-12-06. Goserelin had no drug_warning rows, so the ovarian suppression
-- page (the page of the GnRH agent given with an aromatase inhibitor or fulvestrant before menopause, and with an
-- aromatase inhibitor in men) showed none of them. Research notes: docs/research/label-warnings-2026-12.md.
--
-- What was read, and where:
-- * FDA Drug Safety-related Labeling Changes, Zoladex (NDA 019726), 16 March 2023: new warning 5.10, clinical
--   depression: depression may occur or worsen in women during treatment with GnRH agonists including Zoladex 3.6 mg;
--   women with new or worse depression should be referred to a mental health professional; after approval, mood
--   swings, depression and suicidal thoughts and attempts were reported in women. Read on the FDA page.
-- * The US label (DailyMed, updated 24 March 2023), highlights: 5.1, women should avoid pregnancy; 5.3, high blood
--   sugar and a higher risk of diabetes reported in men on GnRH agonists, monitor blood sugar; 5.4, heart attack,
--   sudden cardiac death and stroke reported with GnRH agonists in men, monitor for heart disease. Section 5.1 and the
--   start of 5.2 were read on the DailyMed page; 5.3 and 5.4 only in copies of the same label's highlights (the same
--   DailyMed set), so recheck them on DailyMed at the next review. The men's warnings matter here because men take
--   goserelin with an aromatase inhibitor.
-- * The UK patient leaflet of Zoladex 3.6 mg (emc, updated 16 June 2023): depression, which may be severe (tell your
--   doctor if your mood is low); medicines of this type can thin the bones. Read on the emc page.
-- Left out, and why: tumour flare (5.2: symptoms can get worse for a few weeks at the start; it would be a new side
-- effect without a care-advice page read for it) and high calcium in people with cancer in the bones (5.5: no page on
-- a care-advice host was found). The label's 9/2025 change to section 5 could not be read. Leuprorelin's warnings
-- are still missing: no page of its UK product information beyond section 1 could be read.
--
-- Low mood and depression is a new side effect, with its levels (Macmillan; an NHS mental health trust for 999).
-- Portable SQL (H2 2.x and PostgreSQL).

-- ===== Sources (guarded by code) =====
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-srlc-zoladex-2023',
       'https://www.accessdata.fda.gov/scripts/cder/safetylabelingchanges/index.cfm?event=searchdetail.page&DrugNameID=2743',
       'ZOLADEX (goserelin): safety-related labelling change of 16 March 2023 (new warning on depression)',
       'U.S. Food and Drug Administration', DATE '2023-03-16'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-srlc-zoladex-2023');
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'dailymed-zoladex-2023',
       'https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=294b168b-6e5f-4db9-bf70-d599271458b3',
       'ZOLADEX (goserelin implant) 3.6 mg: US prescribing information on DailyMed',
       'U.S. National Library of Medicine (DailyMed)', DATE '2023-03-24'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'dailymed-zoladex-2023');
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'emc-pil-zoladex-2023', 'https://medicines.org.uk/emc/product/1543/xpil/print',
       'Zoladex 3.6 mg Implant: patient leaflet (UK)', 'AstraZeneca UK Limited (electronic medicines compendium)',
       DATE '2023-06-16'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'emc-pil-zoladex-2023');
-- checked 2026-12-06: symptoms of depression include low mood most of the time and losing interest in things you
--   enjoyed; if such feelings go on for more than a couple of weeks (2 weeks), talk to your cancer doctor, GP or
--   specialist nurse; thoughts of self-harm or suicide: contact them straight away, or go to A&E; Samaritans' free
--   24-hour line is 116 123 (the action gives the number without the charity's name, which the plain-words check
--   would count as a hard word).
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'macmillan-depression', 'https://www.macmillan.org.uk/cancer-information-and-support/impacts-of-cancer/depression',
       'Depression and cancer', 'Macmillan Cancer Support', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'macmillan-depression');
-- checked 2026-12-06: for a serious or life-threatening mental or physical health emergency, call 999 or go to the
--   emergency department; thinking about harming yourself is a reason to get urgent mental health help.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'lpft-need-help-now', 'https://www.lpft.nhs.uk/contact-us/need-help-now', 'Emergency mental health support',
       'Lincolnshire Partnership NHS Foundation Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'lpft-need-help-now');

-- ===== A new side effect and its levels =====
INSERT INTO side_effect (slug, name, explanation)
SELECT 'depression', 'Low mood or depression',
       'Feeling low, sad or hopeless most of the time, for weeks. Or losing interest in things you used to enjoy. Some hormone treatments can cause it or make it worse. It can be treated.'
WHERE NOT EXISTS (SELECT 1 FROM side_effect WHERE slug = 'depression');

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW', 'You have thoughts of harming yourself or of ending your life.',
       'Contact your cancer doctor, GP or nurse straight away, or go to A&E. If your life is in danger, call 999. You can also call 116 123, free, day or night, to talk to someone who will listen.',
       DATE '2026-12-06' FROM side_effect WHERE slug = 'depression';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'depression' AND a.urgency = 'CALL_NOW' AND s.code IN ('macmillan-depression', 'lpft-need-help-now');
INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION', 'You feel low or sad most of the time, or you have lost interest in things you enjoy, for more than 2 weeks.',
       'Tell your cancer doctor, nurse or GP. Low mood can be treated, and there is support.',
       DATE '2026-12-06' FROM side_effect WHERE slug = 'depression';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'depression' AND a.urgency = 'MENTION' AND s.code IN ('macmillan-depression', 'emc-pil-zoladex-2023');

-- ===== Goserelin's label warnings (none boxed; no test the label asks for before starting) =====
INSERT INTO drug_warning (drug_id, side_effect_id, boxed, test_before, source_id, reviewed_on)
SELECT d.id, e.id, FALSE, CAST(NULL AS VARCHAR(600)), s.id, DATE '2026-12-06'
FROM drug d, side_effect e, source s
WHERE d.name = 'goserelin' AND e.slug = 'depression' AND s.code = 'fda-srlc-zoladex-2023'
  AND NOT EXISTS (SELECT 1 FROM drug_warning x WHERE x.drug_id = d.id AND x.side_effect_id = e.id);
INSERT INTO drug_warning (drug_id, side_effect_id, boxed, test_before, source_id, reviewed_on)
SELECT d.id, e.id, FALSE, CAST(NULL AS VARCHAR(600)), s.id, DATE '2026-12-06'
FROM drug d, side_effect e, source s
WHERE d.name = 'goserelin' AND e.slug IN ('harm-in-pregnancy', 'high-blood-sugar', 'heart-problems')
  AND s.code = 'dailymed-zoladex-2023'
  AND NOT EXISTS (SELECT 1 FROM drug_warning x WHERE x.drug_id = d.id AND x.side_effect_id = e.id);
INSERT INTO drug_warning (drug_id, side_effect_id, boxed, test_before, source_id, reviewed_on)
SELECT d.id, e.id, FALSE, CAST(NULL AS VARCHAR(600)), s.id, DATE '2026-12-06'
FROM drug d, side_effect e, source s
WHERE d.name = 'goserelin' AND e.slug = 'bone-thinning' AND s.code = 'emc-pil-zoladex-2023'
  AND NOT EXISTS (SELECT 1 FROM drug_warning x WHERE x.drug_id = d.id AND x.side_effect_id = e.id);

-- As V027: every regimen holding the drug lists each warning (NOT_STATED where it had no band) as serious.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious)
SELECT DISTINCT td.therapy_id, w.side_effect_id, 'NOT_STATED', TRUE FROM therapy_drug td JOIN drug_warning w ON w.drug_id = td.drug_id
WHERE NOT EXISTS (SELECT 1 FROM therapy_side_effect x WHERE x.therapy_id = td.therapy_id AND x.side_effect_id = w.side_effect_id);
UPDATE therapy_side_effect SET serious = TRUE
WHERE serious = FALSE AND EXISTS (SELECT 1 FROM therapy_drug td JOIN drug_warning w ON w.drug_id = td.drug_id
  WHERE td.therapy_id = therapy_side_effect.therapy_id AND w.side_effect_id = therapy_side_effect.side_effect_id);
