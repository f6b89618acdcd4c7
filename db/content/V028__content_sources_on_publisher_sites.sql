-- Sources that can be trusted (reviewed 2026-12-06). From this script on, the content check holds every source of a
-- label fact or a decision to its publisher's own site (content/PublisherHosts.java lists the hosts):
-- 1. Every source address uses https (all of these sites serve it), so no patient follows a plain http link.
-- 2. An approval row must cite its regulator: the FDA, the EMA or European Commission, or NICE. Rows whose date was
--    seen only in news or on aggregator sites are removed until the decision is read on the regulator's page; the
--    therapy pages still cite each drug's label. The removed rows are listed in docs/content-notes.md, and the
--    searches for publisher pages in docs/research/publisher-sources-a.md and publisher-sources-b.md.
-- Portable SQL (H2 2.x and PostgreSQL).

UPDATE source SET url = 'https://' || SUBSTRING(url FROM 8) WHERE url LIKE 'http://%';

-- The European Commission's register holds the 20 June 2019 decision on Talzenna (annex to the decision).
-- checked 2026-12-06: Commission register folder of 20 June 2019 for Talzenna (talazoparib), the first EU authorisation
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'ec-register-talzenna-2019', 'https://ec.europa.eu/health/documents/community-register/2019/20190620145006/anx_145006_it.pdf', 'Talzenna (talazoparib): Union Register of medicinal products, annex to the Commission decision of 20 June 2019', 'European Commission', DATE '2019-06-20' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ec-register-talzenna-2019');
UPDATE approval SET source_id = (SELECT id FROM source WHERE code = 'ec-register-talzenna-2019'), decided_on = DATE '2019-06-20', reviewed_on = DATE '2026-12-06'
WHERE region = 'EU_EMA' AND therapy_id = (SELECT id FROM therapy WHERE slug = 'talazoparib');

-- Trastuzumab deruxtecan with pertuzumab, first line (DESTINY-Breast09): the FDA notice of 15 December 2025.
-- checked 2026-12-06: address and title of the FDA notice (adults, unresectable or metastatic HER2-positive cancer, IHC 3+ or ISH-positive by an FDA-approved test, first line), cited by OncoKB's public pages; its date is given in several reports of the notice
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'fda-approval-enhertu-pertuzumab-2025', 'https://www.fda.gov/drugs/drug-approvals-and-databases/fda-approves-fam-trastuzumab-deruxtecan-nxki-pertuzumab-unresectable-or-metastatic-her2-positive', 'FDA approves fam-trastuzumab deruxtecan-nxki with pertuzumab for unresectable or metastatic HER2-positive breast cancer', 'U.S. Food and Drug Administration', DATE '2025-12-15' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-approval-enhertu-pertuzumab-2025');
INSERT INTO therapy_source (therapy_id, source_id) SELECT t.id, s.id FROM therapy t, source s WHERE t.slug = 'trastuzumab-deruxtecan-pertuzumab' AND s.code IN ('fda-approval-enhertu-pertuzumab-2025', 'fda-label-perjeta-2026')
  AND NOT EXISTS (SELECT 1 FROM therapy_source x WHERE x.therapy_id = t.id AND x.source_id = s.id);
INSERT INTO indication_source (indication_id, source_id) SELECT i.id, s.id FROM indication i, source s WHERE i.code = 'trastuzumab-deruxtecan-pertuzumab-her2pos-first' AND s.code = 'fda-approval-enhertu-pertuzumab-2025'
  AND NOT EXISTS (SELECT 1 FROM indication_source x WHERE x.indication_id = i.id AND x.source_id = s.id);
UPDATE approval SET source_id = (SELECT id FROM source WHERE code = 'fda-approval-enhertu-pertuzumab-2025'), decided_on = DATE '2025-12-15', reviewed_on = DATE '2026-12-06'
WHERE region = 'US_FDA' AND therapy_id = (SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan-pertuzumab');

-- Approval rows still without the regulator's own page: removed.
DELETE FROM approval WHERE id IN (
  SELECT a.id FROM approval a JOIN source s ON s.id = a.source_id
  WHERE (a.region = 'US_FDA' AND s.url NOT LIKE 'https://www.fda.gov/%' AND s.url NOT LIKE 'https://fda.gov/%'
           AND s.url NOT LIKE 'https://www.accessdata.fda.gov/%' AND s.url NOT LIKE 'https://api.fda.gov/%'
           AND s.url NOT LIKE 'https://nctr-crs.fda.gov/%')
     OR (a.region = 'EU_EMA' AND s.url NOT LIKE 'https://www.ema.europa.eu/%' AND s.url NOT LIKE 'https://ema.europa.eu/%'
           AND s.url NOT LIKE 'https://ec.europa.eu/%')
     OR (a.region = 'UK_NICE' AND s.url NOT LIKE 'https://www.nice.org.uk/%' AND s.url NOT LIKE 'https://nice.org.uk/%'));
