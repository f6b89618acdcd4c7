-- Imlunestrant with abemaciclib (EMBER-3), approved by the FDA on 18 September 2026 for ESR1-mutated cancer, listed
-- as a recent approval until the updated label can be read. Reviewed 2026-12-06.
-- Research notes: docs/research/sweep-2026-12.md.
-- The approval is confirmed by the FDA notice's address and its opening sentence as a public FDA-decision tracker
-- stored it from the FDA page on the day (published 18 Sep 2026): imlunestrant (Inluriyo) in combination with
-- abemaciclib (Verzenio), for adults with ER-positive, HER2-negative, ESR1-mutated advanced or metastatic breast
-- cancer. A same-day market digest reports the same approval. The rest of the notice and the updated labels were not
-- read: which earlier treatments the label asks for, the test it names and the side effects of the combination are
-- not known here, so none of them is stated. The imlunestrant page (used alone) is unchanged.
-- The notice names ER-positive cancer, so the text says "oestrogen receptor positive"; the filter's nearest answer
-- is hormone receptor positive.
-- Portable SQL (H2 2.x and PostgreSQL).

-- checked 2026-12-06: address of the FDA notice of 18 Sep 2026 and its opening sentence (imlunestrant with abemaciclib, adults, ER-positive, HER2-negative, ESR1-mutated advanced or metastatic breast cancer); the title is ours, read from the address; the rest of the body not read
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-approval-imlunestrant-abemaciclib-2026', 'https://www.fda.gov/drugs/resources-information-approved-drugs/fda-approves-imlunestrant-combination-abemaciclib-er-positive-her2-negative-esr1-mutated-advanced-or', 'FDA approval notice: imlunestrant in combination with abemaciclib for ER-positive, HER2-negative, ESR1-mutated advanced or metastatic breast cancer', 'U.S. Food and Drug Administration', DATE '2026-09-18' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-approval-imlunestrant-abemaciclib-2026');

INSERT INTO recent_approval (slug, name, brand_name, region, decided_on, for_whom, not_yet_checked, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, biomarker_id, reviewed_on)
SELECT 'imlunestrant-abemaciclib', 'Imlunestrant with abemaciclib', 'Inluriyo and Verzenio', 'US_FDA', DATE '2026-09-18',
'Approved in the US for adults with oestrogen receptor positive, HER2-negative cancer that has spread. A test must find a change in the ESR1 gene. Imlunestrant is a hormone therapy. Abemaciclib is a CDK4/6 inhibitor. They are given together.',
'We have not yet been able to read the updated label for this use. So we cannot yet say which earlier treatments are needed, how the two are taken together, or their side effects. Your care team can tell you more.',
'POSITIVE', FALSE, TRUE, TRUE, TRUE, b.id, DATE '2026-12-06'
FROM biomarker b WHERE b.code = 'ESR1' AND NOT EXISTS (SELECT 1 FROM recent_approval WHERE slug = 'imlunestrant-abemaciclib');
INSERT INTO recent_approval_source (recent_approval_id, source_id) SELECT r.id, s.id FROM recent_approval r, source s WHERE r.slug = 'imlunestrant-abemaciclib' AND s.code = 'fda-approval-imlunestrant-abemaciclib-2026'
  AND NOT EXISTS (SELECT 1 FROM recent_approval_source x WHERE x.recent_approval_id = r.id AND x.source_id = s.id);
