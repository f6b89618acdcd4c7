-- Recent US approvals whose full page is not ready yet, and one approval note brought up to date.
-- Reviewed 2026-11-23. Research notes: docs/research/newer-2026.md, vepdegestrant.md, vepdegestrant-r2.md and
-- sweep-2026.md.
--
-- Vepdegestrant (May 2026), gedatolisib (July 2026) and camizestrant (September 2026) are approved by the FDA for
-- metastatic breast cancer, but their labels' side effects could not be read here (no label text, no FDA notice
-- text and no trial report with per-side-effect rates was returned by any search). A therapy must list its side
-- effects, so they are listed as recent approvals instead: who they are for, when, and what we have not checked.
-- Each approval is confirmed by an FDA record (Drugs@FDA or the FDA product listing) and by the FDA notice's own
-- address and title; the notice bodies were not read. Who each is for follows the FDA notice titles, and the wording
-- relayed from the notices by independent reports that agree with each other (named in the notes).
-- Portable SQL (H2 2.x and PostgreSQL).

-- ===== Sources (guarded by code) =====
-- checked 2026-11-23: Drugs@FDA: NDA 219835 (VEPPANU, vepdegestrant), original approval, status AP, 2026-05-01
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-drugsfda-nda219835-2026', 'https://api.fda.gov/drug/drugsfda.json?search=application_number%3ANDA219835', 'Drugs@FDA record: VEPPANU (vepdegestrant), NDA 219835', 'U.S. Food and Drug Administration', DATE '2026-05-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-drugsfda-nda219835-2026');
-- checked 2026-11-23: address and title of the FDA notice (quoted in OncoKB's public news page with PMID 40454645): ER-positive, HER2-negative, ESR1-mutated advanced or metastatic breast cancer; body not read
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-approval-vepdegestrant-2026', 'https://www.fda.gov/drugs/resources-information-approved-drugs/fda-approves-vepdegestrant-er-positive-her2-negative-esr1-mutated-advanced-or-metastatic-breast', 'FDA approves vepdegestrant for ER-positive, HER2-negative, ESR1-mutated advanced or metastatic breast cancer', 'U.S. Food and Drug Administration', DATE '2026-05-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-approval-vepdegestrant-2026');
-- checked 2026-11-23: FDA product listing: REVTORPYK (gedatolisib) 180 mg powder for infusion, route intravenous, marketing category NDA, marketing start 2026-09-30 (record updated 2026-10-21)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-ndc-revtorpyk-2026', 'https://api.fda.gov/drug/ndc.json?search=packaging.package_ndc%3A%2284577-751-01%22', 'FDA product listing: REVTORPYK (gedatolisib) for injection, NDC 84577-751', 'U.S. Food and Drug Administration', DATE '2026-10-21' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-ndc-revtorpyk-2026');
-- checked 2026-11-23: address of the FDA notice of 14 Jul 2026 (NDA 219908): gedatolisib with fulvestrant, with or without palbociclib, HR-positive, HER2-negative, locally advanced or metastatic breast cancer without a PIK3CA mutation detected, after at least one endocrine therapy in the metastatic setting (wording as relayed from FDA's novel drug approvals list); body not read
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-approval-gedatolisib-2026', 'https://www.fda.gov/drugs/resources-information-approved-drugs/fda-approves-gedatolisib-fulvestrant-or-without-palbociclib-hr-positive-her2-negative-locally', 'FDA approves gedatolisib with fulvestrant, with or without palbociclib, for HR-positive, HER2-negative locally advanced or metastatic breast cancer', 'U.S. Food and Drug Administration', DATE '2026-07-14' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-approval-gedatolisib-2026');
-- checked 2026-11-23: address of the FDA notice of 4 Sep 2026 (NDA 220359, accelerated approval): camizestrant with a CDK4/6 inhibitor for HR-positive, HER2-negative cancer when an ESR1 mutation is found during aromatase inhibitor plus CDK4/6 inhibitor treatment (OncoKB lists it at level 1); body not read
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-approval-camizestrant-2026', 'https://www.fda.gov/drugs/resources-information-approved-drugs/fda-grants-accelerated-approval-camizestrant-cdk46-inhibitor-esr1-mutated-hr-positive-her2-negative', 'FDA grants accelerated approval to camizestrant with a CDK4/6 inhibitor for ESR1-mutated, HR-positive, HER2-negative breast cancer', 'U.S. Food and Drug Administration', DATE '2026-09-04' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-approval-camizestrant-2026');
-- checked 2026-11-23: address of the FDA press announcement on the same approval; body not read
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-press-camizestrant-2026', 'https://www.fda.gov/news-events/press-announcements/fda-grants-accelerated-approval-new-breast-cancer-treatment', 'FDA grants accelerated approval to a new breast cancer treatment (press announcement)', 'U.S. Food and Drug Administration', DATE '2026-09-04' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-press-camizestrant-2026');

-- ===== Recent approvals =====
INSERT INTO recent_approval (slug, name, brand_name, region, decided_on, for_whom, not_yet_checked, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, biomarker_id, reviewed_on)
SELECT 'vepdegestrant', 'Vepdegestrant', 'Veppanu', 'US_FDA', DATE '2026-05-01',
'Approved in the US for adults with hormone receptor positive, HER2-negative cancer that has spread. A test must find a change in the ESR1 gene. It is for cancer that has grown after at least one hormone treatment. It comes as tablets.',
'We have not yet been able to read its full label. So we cannot yet list its side effects or how it is taken. Your care team can tell you more.',
'POSITIVE', FALSE, TRUE, TRUE, TRUE, b.id, DATE '2026-11-23'
FROM biomarker b WHERE b.code = 'ESR1' AND NOT EXISTS (SELECT 1 FROM recent_approval WHERE slug = 'vepdegestrant');
INSERT INTO recent_approval_source (recent_approval_id, source_id) SELECT r.id, s.id FROM recent_approval r, source s WHERE r.slug = 'vepdegestrant' AND s.code IN ('fda-drugsfda-nda219835-2026', 'fda-approval-vepdegestrant-2026')
  AND NOT EXISTS (SELECT 1 FROM recent_approval_source x WHERE x.recent_approval_id = r.id AND x.source_id = s.id);

-- No biomarker row: the approval is for cancer WITHOUT a PIK3CA change, and the filter can only require a change.
INSERT INTO recent_approval (slug, name, brand_name, region, decided_on, for_whom, not_yet_checked, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, biomarker_id, reviewed_on)
SELECT 'gedatolisib', 'Gedatolisib', 'Revtorpyk', 'US_FDA', DATE '2026-07-14',
'Approved in the US for adults with hormone receptor positive, HER2-negative cancer that has spread. It is for cancer where tests find no change in the PIK3CA gene. It is for cancer that has grown after at least one hormone treatment for the spread cancer. It is given with fulvestrant, with or without palbociclib. It is a drip into a vein.',
'We have not yet been able to read its full label. So we cannot yet list its side effects or how often it is given. Your care team can tell you more.',
'POSITIVE', FALSE, TRUE, TRUE, TRUE, NULL, DATE '2026-11-23'
WHERE NOT EXISTS (SELECT 1 FROM recent_approval WHERE slug = 'gedatolisib');
INSERT INTO recent_approval_source (recent_approval_id, source_id) SELECT r.id, s.id FROM recent_approval r, source s WHERE r.slug = 'gedatolisib' AND s.code IN ('fda-approval-gedatolisib-2026', 'fda-ndc-revtorpyk-2026')
  AND NOT EXISTS (SELECT 1 FROM recent_approval_source x WHERE x.recent_approval_id = r.id AND x.source_id = s.id);

INSERT INTO recent_approval (slug, name, brand_name, region, decided_on, for_whom, not_yet_checked, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, biomarker_id, reviewed_on)
SELECT 'camizestrant', 'Camizestrant', 'Etcamah', 'US_FDA', DATE '2026-09-04',
'Approved in the US for adults with hormone receptor positive, HER2-negative cancer that has spread. It is for people taking an aromatase inhibitor with a CDK4/6 inhibitor, when a blood test finds a new change in the ESR1 gene. It is taken with a CDK4/6 inhibitor. This is a fast approval: the company must still confirm that it helps.',
'We have not yet been able to read its full label. So we cannot yet list its side effects or how it is taken. Your care team can tell you more.',
'POSITIVE', FALSE, TRUE, TRUE, TRUE, b.id, DATE '2026-11-23'
FROM biomarker b WHERE b.code = 'ESR1' AND NOT EXISTS (SELECT 1 FROM recent_approval WHERE slug = 'camizestrant');
INSERT INTO recent_approval_source (recent_approval_id, source_id) SELECT r.id, s.id FROM recent_approval r, source s WHERE r.slug = 'camizestrant' AND s.code IN ('fda-approval-camizestrant-2026', 'fda-press-camizestrant-2026')
  AND NOT EXISTS (SELECT 1 FROM recent_approval_source x WHERE x.recent_approval_id = r.id AND x.source_id = s.id);

-- ===== Datopotamab deruxtecan: the US note named only the 2025 approval =====
-- The label stored as fda-label-datroway-2026 (supplement 3, approved 2026-05-22) adds triple-negative cancer for
-- people who cannot have PD-1 or PD-L1 immunotherapy. The row keeps the date of the first breast cancer approval.
UPDATE approval SET note = 'Approved in the US in January 2025 for HR-positive, HER2-negative cancer. Since May 2026 it is also approved for triple-negative cancer. That is for people who cannot have immune drugs such as PD-1 or PD-L1 drugs.',
  source_id = (SELECT id FROM source WHERE code = 'fda-label-datroway-2026'), reviewed_on = DATE '2026-11-23'
WHERE region = 'US_FDA' AND therapy_id = (SELECT id FROM therapy WHERE slug = 'datopotamab-deruxtecan');
