-- Approval rows (US FDA, EU EMA/EC, UK NICE) for the therapies of V003 (HR-positive, HER2-negative) and
-- V004 (HER2-directed). Reviewed 2026-11-23.
-- Only decisions confirmed from pages returned by the search tool are included; the missing regions are
-- listed in docs/research/approvals-a.md. FDA rows reuse the V003/V004 source rows where they fit.
-- Sources (new in this file):
--   LBBC news on FDA approval of ribociclib (13 Mar 2017)   http://www.lbbc.org/news-opinion/fda-approves-ribociclib-first-treatment-option-metastatic-hormone-receptor-positive
--   AP/One News Page on FDA approval of tucatinib (17 Apr 2020)  https://www.onenewspage.com/n/Business/1zlreqs384/FDA-approves-pill-for-aggressive-breast-cancer-that.htm
--   EC community register, Kisqali annex I (decision 22 Aug 2017)  https://ec.europa.eu/health/documents/community-register/2017/20170822138469/anx_138469_el.pdf
--   EMA EPAR summary, Ibrance (authorised 9 Nov 2016)  http://www.ema.europa.eu/ema/index.jsp?curl=pages/medicines/human/medicines/003853/human_med_002034.jsp&mid=WC0b01ac058001d124
--   NICE TA496 ribociclib + AI (20 Dec 2017)  https://www.nice.org.uk/guidance/ta496
--   NICE news, palbociclib + fulvestrant routine use (23 Sep 2022)  https://nice.org.uk/news/article/nice-approves-routine-use-of-drug-combination-for-advanced-breast-cancer
--   NICE news, capivasertib + fulvestrant (11 Apr 2025)  https://www.nice.org.uk/news/articles/approval-for-new-twice-a-day-tablet-for-advanced-breast-cancer
--   NICE press release on elacestrant final draft guidance (19 Dec 2024), copy  https://www.parliamenttoday.com/free/viewnews.html?id=160723
--   NICE TA509 pertuzumab + trastuzumab + docetaxel (7 Mar 2018)  https://www.nice.org.uk/guidance/ta509/chapter/1-Recommendations
--   NICE news, tucatinib final draft guidance (25 Feb 2022)  https://www.nice.org.uk/News/Article/nice-draft-guidance-recommends-tucatinib-for-advanced-breast-cancer
--   NICE TA704 trastuzumab deruxtecan, Cancer Drugs Fund (26 May 2021)  https://www.nice.org.uk/guidance/ta704/chapter/1-Recommendations
-- Reused: fda-label-orserdu, fda-label-inluriyo-2025, esmo-news-fda-capivasertib-2023 (V003);
--         fda-approval-pertuzumab-2012, ecancer-fda-enhertu-pertuzumab-2025 (V004).

-- ============ Sources (guarded) ============

-- checked 2026-11-23: FDA approved ribociclib with an aromatase inhibitor on 13 March 2017 as first treatment for HR+, HER2- metastatic breast cancer
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'lbbc-fda-ribociclib-2017', 'http://www.lbbc.org/news-opinion/fda-approves-ribociclib-first-treatment-option-metastatic-hormone-receptor-positive',
       'FDA Approves Ribociclib as a First Treatment Option for Metastatic Hormone Receptor-Positive Breast Cancer',
       'Living Beyond Breast Cancer', DATE '2017-03-20'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'lbbc-fda-ribociclib-2017');

-- checked 2026-11-23: FDA approved tucatinib (Tukysa) on Friday 17 April 2020 for HER2-positive breast cancer that has spread, including to the brain
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'ap-fda-tucatinib-2020', 'https://www.onenewspage.com/n/Business/1zlreqs384/FDA-approves-pill-for-aggressive-breast-cancer-that.htm',
       'FDA approves pill for aggressive breast cancer that has spread (Associated Press story)',
       'Associated Press (via One News Page)', DATE '2020-04-17'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ap-fda-tucatinib-2020');

-- checked 2026-11-23: EC decision of 22 Aug 2017 (register folder 20170822): Kisqali with an aromatase inhibitor for postmenopausal women with HR+, HER2- advanced breast cancer as initial endocrine-based therapy
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'ec-register-kisqali-2017', 'https://ec.europa.eu/health/documents/community-register/2017/20170822138469/anx_138469_el.pdf',
       'Kisqali (ribociclib): Annex I, summary of product characteristics, EU marketing authorisation decision (Greek)',
       'European Commission', DATE '2017-08-22'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ec-register-kisqali-2017');

-- checked 2026-11-23: Ibrance EPAR summary: used with an aromatase inhibitor, or with fulvestrant after hormone treatment; EU-wide authorisation granted 9 Nov 2016 (date = authorisation date stated in the EPAR summary)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'ema-epar-ibrance', 'http://www.ema.europa.eu/ema/index.jsp?curl=pages/medicines/human/medicines/003853/human_med_002034.jsp&mid=WC0b01ac058001d124',
       'Ibrance (palbociclib): EPAR summary for the public',
       'European Medicines Agency', DATE '2016-11-09'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ema-epar-ibrance');

-- checked 2026-11-23: NICE TA496 published 20 Dec 2017; recommends ribociclib with an aromatase inhibitor for previously untreated HR+, HER2- advanced breast cancer
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nice-ta496-ribociclib-2017', 'https://www.nice.org.uk/guidance/ta496',
       'Ribociclib with an aromatase inhibitor for previously untreated advanced or metastatic hormone receptor-positive, HER2-negative breast cancer (TA496)',
       'NICE', DATE '2017-12-20'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nice-ta496-ribociclib-2017');

-- checked 2026-11-23: NICE final draft guidance 23 Sep 2022: palbociclib with fulvestrant for routine NHS use after hormone therapy (leaves the Cancer Drugs Fund)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nice-news-palbociclib-fulvestrant-2022', 'https://nice.org.uk/news/article/nice-approves-routine-use-of-drug-combination-for-advanced-breast-cancer',
       'NICE approves routine use of drug combination for advanced breast cancer',
       'NICE', DATE '2022-09-23'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nice-news-palbociclib-fulvestrant-2022');

-- checked 2026-11-23: NICE final draft guidance 11 Apr 2025 recommends capivasertib + fulvestrant (PIK3CA/AKT1/PTEN-altered, after a CDK4/6 inhibitor + aromatase inhibitor); funded at once via the Cancer Drugs Fund until routine commissioning
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nice-news-capivasertib-2025', 'https://www.nice.org.uk/news/articles/approval-for-new-twice-a-day-tablet-for-advanced-breast-cancer',
       'Thousands of people a year could benefit from new twice-a-day tablet for advanced breast cancer',
       'NICE', DATE '2025-04-11'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nice-news-capivasertib-2025');

-- checked 2026-11-23: NICE final draft guidance 19 Dec 2024 recommends elacestrant for ER+, HER2-, ESR1-mutated disease after at least 12 months of endocrine therapy + CDK4/6 inhibitor (became TA1036)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nice-press-elacestrant-2024', 'https://www.parliamenttoday.com/free/viewnews.html?id=160723',
       'NICE recommends elacestrant for ESR1-mutated advanced breast cancer (NICE press release, final draft guidance)',
       'NICE', DATE '2024-12-19'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nice-press-elacestrant-2024');

-- checked 2026-11-23: NICE TA509 (published 7 Mar 2018) recommends pertuzumab + trastuzumab + docetaxel for HER2+ metastatic or locally recurrent unresectable disease with no earlier anti-HER2 therapy or chemotherapy for metastatic disease
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nice-ta509-pertuzumab-2018', 'https://www.nice.org.uk/guidance/ta509/chapter/1-Recommendations',
       'Pertuzumab with trastuzumab and docetaxel for treating HER2-positive breast cancer (TA509): recommendations',
       'NICE', DATE '2018-03-07'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nice-ta509-pertuzumab-2018');

-- checked 2026-11-23: NICE final draft guidance 25 Feb 2022 recommends tucatinib + trastuzumab + capecitabine after 2 or more anti-HER2 treatments for routine use (became TA786)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nice-news-tucatinib-2022', 'https://www.nice.org.uk/News/Article/nice-draft-guidance-recommends-tucatinib-for-advanced-breast-cancer',
       'NICE draft guidance recommends tucatinib for advanced breast cancer',
       'NICE', DATE '2022-02-25'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nice-news-tucatinib-2022');

-- checked 2026-11-23: NICE TA704 (published 26 May 2021) recommends trastuzumab deruxtecan within the Cancer Drugs Fund for HER2+ disease after 2 or more anti-HER2 therapies
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nice-ta704-trastuzumab-deruxtecan-2021', 'https://www.nice.org.uk/guidance/ta704/chapter/1-Recommendations',
       'Trastuzumab deruxtecan for treating HER2-positive unresectable or metastatic breast cancer after 2 or more anti-HER2 therapies (TA704)',
       'NICE', DATE '2021-05-26'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nice-ta704-trastuzumab-deruxtecan-2021');

-- ============ US FDA ============

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2017-03-13',
       'Approved in the US in March 2017 with an aromatase inhibitor as a first hormone-based treatment.',
       s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'ribociclib-aromatase-inhibitor' AND s.code = 'lbbc-fda-ribociclib-2017';

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2023-01-27',
       'Approved in the US in January 2023 for cancer with an ESR1 change after hormone therapy.',
       s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'elacestrant' AND s.code = 'fda-label-orserdu';

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2025-09-25',
       'Approved in the US in September 2025 for cancer with an ESR1 change after hormone therapy.',
       s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'imlunestrant' AND s.code = 'fda-label-inluriyo-2025';

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2023-11-16',
       'Approved in the US in November 2023 for cancer with a PIK3CA, AKT1 or PTEN change.',
       s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'capivasertib-fulvestrant' AND s.code = 'esmo-news-fda-capivasertib-2023';

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2012-06-08',
       'Approved in the US in June 2012 as a first treatment for HER2-positive cancer that has spread.',
       s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'pertuzumab-trastuzumab-docetaxel' AND s.code = 'fda-approval-pertuzumab-2012';

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2025-12-15',
       'Approved in the US in December 2025 as a first treatment for HER2-positive cancer that has spread.',
       s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'trastuzumab-deruxtecan-pertuzumab' AND s.code = 'ecancer-fda-enhertu-pertuzumab-2025';

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2020-04-17',
       'Approved in the US in April 2020 for HER2-positive cancer, including cancer in the brain.',
       s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'tucatinib-trastuzumab-capecitabine' AND s.code = 'ap-fda-tucatinib-2020';

-- ============ EU (European Commission authorisation, EMA EPAR) ============

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'EU_EMA', 'APPROVED', DATE '2017-08-22',
       'Approved in the EU in August 2017 with an aromatase inhibitor as a first hormone-based treatment.',
       s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'ribociclib-aromatase-inhibitor' AND s.code = 'ec-register-kisqali-2017';

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'EU_EMA', 'APPROVED', DATE '2016-11-09',
       'Approved in the EU in November 2016 together with an aromatase inhibitor.',
       s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'palbociclib-aromatase-inhibitor' AND s.code = 'ema-epar-ibrance';

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'EU_EMA', 'APPROVED', DATE '2016-11-09',
       'Approved in the EU in November 2016 with fulvestrant after earlier hormone therapy.',
       s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'palbociclib-fulvestrant' AND s.code = 'ema-epar-ibrance';

-- ============ UK NICE (England) ============

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'UK_NICE', 'RECOMMENDED', DATE '2017-12-20',
       'Recommended by NICE in December 2017 as a first treatment with an aromatase inhibitor.',
       s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'ribociclib-aromatase-inhibitor' AND s.code = 'nice-ta496-ribociclib-2017';

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'UK_NICE', 'RECOMMENDED', DATE '2022-09-23',
       'Recommended by NICE for routine NHS use in 2022, after hormone therapy. Before that it was in the Cancer Drugs Fund.',
       s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'palbociclib-fulvestrant' AND s.code = 'nice-news-palbociclib-fulvestrant-2022';

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'UK_NICE', 'RECOMMENDED', DATE '2025-04-11',
       'Recommended by NICE in April 2025 after a CDK4/6 inhibitor and an aromatase inhibitor.',
       s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'capivasertib-fulvestrant' AND s.code = 'nice-news-capivasertib-2025';

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'UK_NICE', 'RECOMMENDED', DATE '2024-12-19',
       'Recommended by NICE in December 2024 for an ESR1 change, after at least 12 months of hormone therapy with a CDK4/6 inhibitor.',
       s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'elacestrant' AND s.code = 'nice-press-elacestrant-2024';

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'UK_NICE', 'RECOMMENDED', DATE '2018-03-07',
       'Recommended by NICE in March 2018 as a first treatment for HER2-positive cancer that has spread.',
       s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'pertuzumab-trastuzumab-docetaxel' AND s.code = 'nice-ta509-pertuzumab-2018';

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'UK_NICE', 'RECOMMENDED', DATE '2022-02-25',
       'Recommended by NICE in 2022 after 2 or more HER2 treatments.',
       s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'tucatinib-trastuzumab-capecitabine' AND s.code = 'nice-news-tucatinib-2022';

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'UK_NICE', 'MANAGED_ACCESS', DATE '2021-05-26',
       'Available through the Cancer Drugs Fund since 2021 for HER2-positive cancer. NICE does not recommend it for HER2-low cancer.',
       s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'trastuzumab-deruxtecan' AND s.code = 'nice-ta704-trastuzumab-deruxtecan-2021';
