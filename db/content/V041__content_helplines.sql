-- National helplines for the handout's "where to get support" (schema V040), reviewed 2026-12-06. Each number was
-- read on the organisation's own pages (through the stored copies of the project's search tool); opening hours are
-- given only where such a page stated them, otherwise the handout prints the number alone.

-- checked 2026-12-06: Macmillan's own post: the free Support Line, 0808 808 00 00, 8am to 8pm, 7 days a week.
--   (Its health professionals' page says the same hours.) Source row from V011.
INSERT INTO helpline (region, position, name, phone, hours, source_id, reviewed_on)
SELECT 'UK', 1, 'Macmillan Support Line', '0808 808 00 00', '8am to 8pm, 7 days a week', id, DATE '2026-12-06'
FROM source WHERE code = 'macmillan-support-line-2024';

-- checked 2026-12-06: the charity's own page banner: "Contact our breast care nurses" on 0808 800 6000. We could
--   not read its opening hours on its own site, so none are printed.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'breast-cancer-now-nurses', 'https://breastcancernow.org/about-us/news-personal-stories/everyone-secondary-breast-cancer-should-have-specialist-nurse/',
       'Everyone with secondary breast cancer should have a specialist nurse', 'Breast Cancer Now', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'breast-cancer-now-nurses');
INSERT INTO helpline (region, position, name, phone, hours, source_id, reviewed_on)
SELECT 'UK', 2, 'Breast Cancer Now helpline (breast care nurses)', '0808 800 6000', NULL, id, DATE '2026-12-06'
FROM source WHERE code = 'breast-cancer-now-nurses';

-- checked 2026-12-06: the American Cancer Society's own pages: call 1-800-227-2345, any time of day or night.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'acs-cancer-helpline', 'https://www.cancer.org/cancer/patient-navigation/what-cancer-navigators-do.html',
       'What cancer navigators do (with the 24/7 cancer helpline)', 'American Cancer Society', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'acs-cancer-helpline');
INSERT INTO helpline (region, position, name, phone, hours, source_id, reviewed_on)
SELECT 'US', 1, 'American Cancer Society cancer helpline', '1-800-227-2345', '24 hours a day, every day', id, DATE '2026-12-06'
FROM source WHERE code = 'acs-cancer-helpline';

-- checked 2026-12-06: NCI's Cancer Information Service page: questions about cancer on 1-800-4-CANCER, in English
--   and Spanish. The page we could read is an old one (about 2011: "for over 35 years", since 1975), so its hours
--   are not printed; the number has not changed. Recheck this page when it is next reviewed.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nci-cancer-information-service', 'https://www.cancer.gov/aboutnci/cis', 'NCI''s Cancer Information Service (CIS)',
       'National Cancer Institute', DATE '2011-01-01'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nci-cancer-information-service');
INSERT INTO helpline (region, position, name, phone, hours, source_id, reviewed_on)
SELECT 'US', 2, 'National Cancer Institute, Cancer Information Service', '1-800-4-CANCER', NULL, id, DATE '2026-12-06'
FROM source WHERE code = 'nci-cancer-information-service';
