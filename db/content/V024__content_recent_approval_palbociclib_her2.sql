-- Palbociclib added to HER2 drugs and hormone therapy as maintenance for HR-positive, HER2-positive cancer (PATINA),
-- listed as a recent approval until the updated Ibrance label can be read. Reviewed 2026-11-23.
-- Research notes: docs/research/palbociclib-her2.md.
-- The approval is confirmed by the address and title of the FDA notice, quoted in OncoKB's public news page (which
-- adds "palbociclib + trastuzumab + hormone therapy, with or without pertuzumab" at level 1 for ERBB2-amplified
-- breast cancer) and in an independent public summary that dates the new US indication 24 June 2026, as one trade
-- report does. The notice body and the label were not read, so the combination's side effects are not listed.
-- Portable SQL (H2 2.x and PostgreSQL).

-- checked 2026-11-23: address and title of the FDA notice: palbociclib with trastuzumab, with or without pertuzumab, and endocrine therapy, as maintenance; body not read
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-approval-palbociclib-her2-maintenance-2026', 'https://www.fda.gov/drugs/resources-information-approved-drugs/fda-approves-palbociclib-trastuzumab-or-without-pertuzumab-and-endocrine-therapy-maintenance', 'FDA approves palbociclib with trastuzumab, with or without pertuzumab, and endocrine therapy for maintenance treatment', 'U.S. Food and Drug Administration', DATE '2026-06-24' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-approval-palbociclib-her2-maintenance-2026');
-- checked 2026-11-23: PATINA trial report (NEJM, 29 Jan 2026), abstract: HR-positive, HER2-positive advanced cancer without progression after 4 to 8 cycles of chemotherapy with anti-HER2 therapy; palbociclib added to anti-HER2 and endocrine maintenance; progression-free survival 44.3 vs 29.1 months
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'nejm-patina-2026', 'https://www.themednet.org/publications/palbociclib-for-hormone-receptor-positive-her2-positive-advanced-breast-cancer', 'Palbociclib for hormone-receptor-positive, HER2-positive advanced breast cancer (PATINA trial report, NEJM 2026; abstract)', 'New England Journal of Medicine (abstract via theMednet)', DATE '2026-01-29' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nejm-patina-2026');

INSERT INTO recent_approval (slug, name, brand_name, region, decided_on, for_whom, not_yet_checked, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, biomarker_id, reviewed_on)
SELECT 'palbociclib-her2-maintenance', 'Palbociclib with HER2 drugs and hormone therapy', 'Ibrance', 'US_FDA', DATE '2026-06-24',
'Approved in the US for adults with hormone receptor positive, HER2-positive cancer that has spread. First, people have chemotherapy with HER2 drugs. If the cancer does not grow, the chemotherapy stops. Palbociclib is then added to the HER2 drugs and hormone therapy that go on. This is called maintenance.',
'We have not yet been able to read the updated label for this use. So we cannot yet list its side effects in this mix of drugs. Your care team can tell you more.',
'POSITIVE', TRUE, FALSE, FALSE, FALSE, NULL, DATE '2026-11-23'
WHERE NOT EXISTS (SELECT 1 FROM recent_approval WHERE slug = 'palbociclib-her2-maintenance');
INSERT INTO recent_approval_source (recent_approval_id, source_id) SELECT r.id, s.id FROM recent_approval r, source s WHERE r.slug = 'palbociclib-her2-maintenance' AND s.code IN ('fda-approval-palbociclib-her2-maintenance-2026', 'nejm-patina-2026')
  AND NOT EXISTS (SELECT 1 FROM recent_approval_source x WHERE x.recent_approval_id = r.id AND x.source_id = s.id);
