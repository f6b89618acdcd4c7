-- Approval rows, round C: US FDA, EU (EMA/EC) and UK NICE decisions for therapies of V003, V004 and V010
-- that V008 (and V010) did not cover. Reviewed 2026-11-23.
-- Only decisions whose exact date was seen on a page returned by the search tool are included; every other
-- gap is listed in docs/research/approvals-c.md. No (therapy, region) pair already in V008 or V010 is
-- inserted, and every insert is guarded with NOT EXISTS on (therapy_id, region).
-- Sources (new in this file):
--   oncoinfo-fda-palbociclib-2015 (2015-02-03)  https://oncoinfo.it/news/approvazione-accelerata-fda-per-palbociclib/
--   fda-publication-palbociclib-fulvestrant-2016 (2016-10-15)  http://www.accessdata.fda.gov/scripts/publications/search_result_record.cfm?id=55493
--   lilly-fda-abemaciclib-ai-2018 (2018-02-26)  https://investor.lilly.com/news-releases/news-release-details/lilly-receives-additional-fda-approval-verzeniotm-abemaciclib
--   americannurse-fda-abemaciclib-2017 (2017-09-28)  https://www.myamericannurse.com/fda-approves-new-breast-cancer-treatment/
--   esmo-news-fda-alpelisib-2019 (2019-05-31)  https://www.esmo.org/oncology-news/FDA-Approves-Alpelisib-for-Metastatic-Breast-Cancer
--   fda-snapshot-itovebi-2024 (2024-10-10)  https://breastcancer.einnews.com/pr_news/776939135/drugs-trials-snapshot-itovebi
--   reuters-fda-afinitor-2012 (2012-07-20)  http://articles.chicagotribune.com/2012-07-20/news/sns-rt-novartis-afinitorupdate-1l2e8ikd5y-20120720_1_aromasin-afinitor-breast-cancer
--   maestro-fda-enhertu-2019 (2019-12-20)  https://maestrodatabase.com/blog/fda-approves-new-treatment-option-for-patients-with-her2-positive-breast-cancer-who-have-progressed-on-available-therapies
--   genentech-fda-kadcyla-2013 (2013-02-22)  http://www.gene.com/media/news-features/first-adc-breastcancer
--   breastcancerorg-fda-nerlynx-2020 (2020-02-25)  https://www.breastcancer.org/research-news/fda-approves-nerlynx-for-her2-pos-mbc
--   fda-summary-lapatinib-2008 (2008-01-01)  https://acemap.info/paper/282968121
--   maestro-fda-margenza-2020 (2020-12-16)  https://maestrodatabase.com/blog/macrogenics-announces-fda-approval-of-margenza-for-patients-with-pretreated-metastatic-her2-positive-breast-cancer
--   ema-epar-enhertu (2021-01-18)  https://www.ema.europa.eu/en/medicines/human/EPAR/enhertu
--   ema-epar-perjeta (2013-03-04)  https://www.ema.europa.eu/en/medicines/human/EPAR/perjeta
--   esmo-news-nice-ta563-abemaciclib-2019 (2019-03-07)  https://www.esmo.org/Oncology-News/NICE-Issues-Technology-Appraisal-Guidance-on-Abemaciclib-with-an-Aromatase-Inhibitor
--   pharmacybiz-nice-abemaciclib-fulvestrant-2021 (2021-08-12)  https://www.pharmacy.biz/news/nice-draft-guidance-recommends-abemaciclib-for-advanced-breast-cancer/
--   webmd-nice-palbociclib-ribociclib-2017 (2017-11-16)  https://www.webmd.boots.com/breast-cancer/news/20171116/exciting-breast-cancer-drugs-nhs-approval
--   ecancer-nice-ta458-kadcyla-2017 (2017-06-15)  https://ecancer.org/en/news/11809-nice-recommends-trastuzumab-emtansine-for-her2-breast-cancer-in-england-reversing-previous-provisional-rejection
--   nice-ta116-gemcitabine-2007 (2007-01-24)  http://www.nice.org.uk/guidance/TA116

-- ============ Sources (guarded) ============

-- checked 2026-11-23: FDA granted accelerated approval to palbociclib with letrozole on 3 February 2015 (postmenopausal, ER+, HER2- advanced breast cancer); BioCentury 4 Feb 2015 (URL dated 2015-02-03) agrees
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'oncoinfo-fda-palbociclib-2015', 'https://oncoinfo.it/news/approvazione-accelerata-fda-per-palbociclib/',
       'Approvazione accelerata FDA per palbociclib (FDA accelerated approval of palbociclib with letrozole, 3 Feb 2015)',
       'OncoInfo', DATE '2015-02-03'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'oncoinfo-fda-palbociclib-2015');

-- checked 2026-11-23: FDA staff paper: FDA approved palbociclib with fulvestrant on 19 February 2016, after endocrine therapy, pre- and postmenopausal women
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-publication-palbociclib-fulvestrant-2016', 'http://www.accessdata.fda.gov/scripts/publications/search_result_record.cfm?id=55493',
       'FDA approval of palbociclib in combination with fulvestrant for HR-positive, HER2-negative metastatic breast cancer (Clin Cancer Res 2016;22:4968-72, FDA staff publication record)',
       'U.S. Food and Drug Administration', DATE '2016-10-15'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-publication-palbociclib-fulvestrant-2016');

-- checked 2026-11-23: FDA approved abemaciclib with an aromatase inhibitor as initial endocrine-based therapy (postmenopausal, HR+, HER2-) on 26 Feb 2018; the release also says the fulvestrant combination was approved in September 2017
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'lilly-fda-abemaciclib-ai-2018', 'https://investor.lilly.com/news-releases/news-release-details/lilly-receives-additional-fda-approval-verzeniotm-abemaciclib',
       'Lilly Receives Additional FDA Approval for Verzenio (abemaciclib), as Initial Treatment for Advanced Breast Cancer',
       'Eli Lilly and Company', DATE '2018-02-26'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'lilly-fda-abemaciclib-ai-2018');

-- checked 2026-11-23: FDA approved Verzenio (abemaciclib) on Sept. 28 for HR+, HER2- advanced breast cancer that progressed after endocrine therapy; year 2017 from the Lilly release (fulvestrant combination approved September 2017) and a HealthDay copy citing the FDA press release of 28 Sept 2017; the page shows no date of its own, so the approval date is used
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'americannurse-fda-abemaciclib-2017', 'https://www.myamericannurse.com/fda-approves-new-breast-cancer-treatment/',
       'FDA approves new breast cancer treatment (Verzenio)',
       'American Nurse', DATE '2017-09-28'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'americannurse-fda-abemaciclib-2017');

-- checked 2026-11-23: On 24 May 2019 FDA approved alpelisib with fulvestrant for postmenopausal women and men with HR+, HER2-, PIK3CA-mutated advanced breast cancer after an endocrine-based regimen
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'esmo-news-fda-alpelisib-2019', 'https://www.esmo.org/oncology-news/FDA-Approves-Alpelisib-for-Metastatic-Breast-Cancer',
       'FDA Approves Alpelisib for Metastatic Breast Cancer',
       'ESMO', DATE '2019-05-31'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'esmo-news-fda-alpelisib-2019');

-- checked 2026-11-23: FDA Drugs Trials Snapshot: ITOVEBI (inavolisib) original approval date October 10, 2024, with palbociclib and fulvestrant for HR+, HER2-, PIK3CA-mutated advanced breast cancer; copy on EIN News, date of the copy not shown so the approval date is used
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-snapshot-itovebi-2024', 'https://breastcancer.einnews.com/pr_news/776939135/drugs-trials-snapshot-itovebi',
       'Drugs Trials Snapshot: ITOVEBI (copy of the FDA page)',
       'U.S. Food and Drug Administration', DATE '2024-10-10'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-snapshot-itovebi-2024');

-- checked 2026-11-23: Reuters 20 July 2012: FDA said on Friday it approved everolimus with exemestane for postmenopausal women with advanced HR+, HER2- breast cancer after letrozole or anastrozole; valuebasedcancer.com also dates it July 20, 2012
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'reuters-fda-afinitor-2012', 'http://articles.chicagotribune.com/2012-07-20/news/sns-rt-novartis-afinitorupdate-1l2e8ikd5y-20120720_1_aromasin-afinitor-breast-cancer',
       'UPDATE 1-FDA approves Novartis drug Afinitor for breast cancer (Reuters)',
       'Reuters (via Chicago Tribune)', DATE '2012-07-20'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'reuters-fda-afinitor-2012');

-- checked 2026-11-23: 20 December 2019: FDA accelerated approval of Enhertu for unresectable or metastatic HER2-positive breast cancer after two or more anti-HER2 regimens in the metastatic setting (quotes the FDA press release)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'maestro-fda-enhertu-2019', 'https://maestrodatabase.com/blog/fda-approves-new-treatment-option-for-patients-with-her2-positive-breast-cancer-who-have-progressed-on-available-therapies',
       'FDA approves new treatment option for patients with HER2-positive breast cancer who have progressed on available therapies',
       'Maestro Database', DATE '2019-12-20'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'maestro-fda-enhertu-2019');

-- checked 2026-11-23: On 22 Feb 2013 FDA approved Kadcyla (ado-trastuzumab emtansine) alone for HER2+ metastatic breast cancer after trastuzumab and a taxane; Reuters 22 Feb 2013 agrees
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'genentech-fda-kadcyla-2013', 'http://www.gene.com/media/news-features/first-adc-breastcancer',
       'FDA Approves First Antibody-Drug Conjugate in HER2-Positive Metastatic Breast Cancer',
       'Genentech', DATE '2013-02-22'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'genentech-fda-kadcyla-2013');

-- checked 2026-11-23: On Feb. 25, 2020 FDA approved neratinib with capecitabine for advanced or metastatic HER2+ breast cancer after at least two anti-HER2 regimens for advanced disease; the page shows no date of its own, so the approval date is used
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'breastcancerorg-fda-nerlynx-2020', 'https://www.breastcancer.org/research-news/fda-approves-nerlynx-for-her2-pos-mbc',
       'FDA Approves Nerlynx for HER2-Positive Metastatic Breast Cancer',
       'Breastcancer.org', DATE '2020-02-25'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'breastcancerorg-fda-nerlynx-2020');

-- checked 2026-11-23: FDA approval summary: on 13 March 2007 FDA approved lapatinib with capecitabine for HER2-overexpressing metastatic breast cancer after an anthracycline, a taxane and trastuzumab; only the year 2008 of the paper is shown, so 1 Jan 2008 is used
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'fda-summary-lapatinib-2008', 'https://acemap.info/paper/282968121',
       'FDA Drug Approval Summary: Lapatinib in Combination with Capecitabine for Previously Treated Metastatic Breast Cancer That Overexpresses HER-2 (2008, record on AceMap)',
       'U.S. Food and Drug Administration', DATE '2008-01-01'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'fda-summary-lapatinib-2008');

-- checked 2026-11-23: 16 December 2020: FDA approved margetuximab with chemotherapy for HER2+ metastatic breast cancer after two or more anti-HER2 regimens, at least one for metastatic disease
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'maestro-fda-margenza-2020', 'https://maestrodatabase.com/blog/macrogenics-announces-fda-approval-of-margenza-for-patients-with-pretreated-metastatic-her2-positive-breast-cancer',
       'MacroGenics announces FDA approval of Margenza for patients with pretreated metastatic HER2 positive breast cancer',
       'Maestro Database', DATE '2020-12-16'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'maestro-fda-margenza-2020');

-- checked 2026-11-23: EPAR authorisation details: date of issue of marketing authorisation valid throughout the EU 18/01/2021 (conditional; first indication HER2+ breast cancer after two or more anti-HER2 regimens)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'ema-epar-enhertu', 'https://www.ema.europa.eu/en/medicines/human/EPAR/enhertu',
       'Enhertu (trastuzumab deruxtecan): EPAR',
       'European Medicines Agency', DATE '2021-01-18'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ema-epar-enhertu');

-- checked 2026-11-23: EPAR authorisation details: date of issue of marketing authorisation valid throughout the EU 04/03/2013; metastatic use with trastuzumab and docetaxel, no earlier anti-HER2 therapy or chemotherapy for metastatic disease
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'ema-epar-perjeta', 'https://www.ema.europa.eu/en/medicines/human/EPAR/perjeta',
       'Perjeta (pertuzumab): EPAR',
       'European Medicines Agency', DATE '2013-03-04'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ema-epar-perjeta');

-- checked 2026-11-23: On 27 February 2019 NICE issued TA563: abemaciclib with an aromatase inhibitor recommended as first endocrine-based therapy for HR+, HER2- advanced breast cancer (wording also on https://www.nice.org.uk/guidance/ta563/chapter/1-Recommendations)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'esmo-news-nice-ta563-abemaciclib-2019', 'https://www.esmo.org/Oncology-News/NICE-Issues-Technology-Appraisal-Guidance-on-Abemaciclib-with-an-Aromatase-Inhibitor',
       'NICE Issues Technology Appraisal Guidance on Abemaciclib with an Aromatase Inhibitor',
       'ESMO', DATE '2019-03-07'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'esmo-news-nice-ta563-abemaciclib-2019');

-- checked 2026-11-23: NICE draft guidance published Thursday 12 August (2021; guidelines.co.uk and Breast Cancer Now place the earlier provisional rejection in February 2021) recommends abemaciclib + fulvestrant routinely, out of the Cancer Drugs Fund; became TA725 (https://www.nice.org.uk/guidance/ta725/chapter/1-Recommendations)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'pharmacybiz-nice-abemaciclib-fulvestrant-2021', 'https://www.pharmacy.biz/news/nice-draft-guidance-recommends-abemaciclib-for-advanced-breast-cancer/',
       'NICE draft guidance recommends abemaciclib for advanced breast cancer',
       'Pharmacy Business', DATE '2021-08-12'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'pharmacybiz-nice-abemaciclib-fulvestrant-2021');

-- checked 2026-11-23: 16 Nov 2017: NICE draft guidance recommends palbociclib and ribociclib for routine NHS use in HR+, HER2- advanced breast cancer after price cuts (a February 2017 draft had said no for palbociclib); palbociclib with an aromatase inhibitor became TA495
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'webmd-nice-palbociclib-ribociclib-2017', 'https://www.webmd.boots.com/breast-cancer/news/20171116/exciting-breast-cancer-drugs-nhs-approval',
       '''Exciting'' breast cancer drugs win NHS approval',
       'WebMD UK (Boots)', DATE '2017-11-16'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'webmd-nice-palbociclib-ribociclib-2017');

-- checked 2026-11-23: 15 Jun 2017: NICE final decision recommends trastuzumab emtansine for routine use in HER2+ advanced breast cancer after trastuzumab and a taxane (TA458, https://www.nice.org.uk/guidance/ta458/chapter/1-Recommendations)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'ecancer-nice-ta458-kadcyla-2017', 'https://ecancer.org/en/news/11809-nice-recommends-trastuzumab-emtansine-for-her2-breast-cancer-in-england-reversing-previous-provisional-rejection',
       'NICE recommends trastuzumab emtansine for HER2 breast cancer in England, reversing previous provisional rejection',
       'ecancer', DATE '2017-06-15'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ecancer-nice-ta458-kadcyla-2017');

-- checked 2026-11-23: TA116 (published 24 January 2007 per the NICE TA list on healthdocbox.com): gemcitabine with paclitaxel recommended for metastatic breast cancer only where docetaxel alone or docetaxel with capecitabine would also be options; on the static list since May 2010
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nice-ta116-gemcitabine-2007', 'http://www.nice.org.uk/guidance/TA116',
       'Gemcitabine for the treatment of metastatic breast cancer (TA116)',
       'NICE', DATE '2007-01-24'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nice-ta116-gemcitabine-2007');

-- ============ Approvals (guarded on therapy and region) ============

-- US_FDA
INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2015-02-03',
       'Approved in the US in February 2015 with letrozole as a first treatment after menopause.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'palbociclib-aromatase-inhibitor' AND s.code = 'oncoinfo-fda-palbociclib-2015'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'US_FDA');

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2016-02-19',
       'Approved in the US in February 2016 for cancer that grew after hormone therapy.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'palbociclib-fulvestrant' AND s.code = 'fda-publication-palbociclib-fulvestrant-2016'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'US_FDA');

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2018-02-26',
       'Approved in the US in February 2018 as a first hormone-based treatment after menopause.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'abemaciclib-aromatase-inhibitor' AND s.code = 'lilly-fda-abemaciclib-ai-2018'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'US_FDA');

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2017-09-28',
       'Approved in the US in September 2017 for cancer that grew after hormone therapy.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'abemaciclib-fulvestrant' AND s.code = 'americannurse-fda-abemaciclib-2017'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'US_FDA');

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2019-05-24',
       'Approved in the US in May 2019 for cancer with a PIK3CA change after hormone therapy.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'alpelisib-fulvestrant' AND s.code = 'esmo-news-fda-alpelisib-2019'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'US_FDA');

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2024-10-10',
       'Approved in the US in October 2024 for cancer with a PIK3CA change that came back during or soon after hormone therapy.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'inavolisib-palbociclib-fulvestrant' AND s.code = 'fda-snapshot-itovebi-2024'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'US_FDA');

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2012-07-20',
       'Approved in the US in July 2012 after letrozole or anastrozole stopped working.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'everolimus-exemestane' AND s.code = 'reuters-fda-afinitor-2012'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'US_FDA');

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2019-12-20',
       'First approved in the US in December 2019 for HER2-positive cancer; later also for HER2-low and HER2-ultralow cancer.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'trastuzumab-deruxtecan' AND s.code = 'maestro-fda-enhertu-2019'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'US_FDA');

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2013-02-22',
       'Approved in the US in February 2013 after trastuzumab and a taxane.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'trastuzumab-emtansine' AND s.code = 'genentech-fda-kadcyla-2013'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'US_FDA');

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2020-02-25',
       'Approved in the US in February 2020 after two or more HER2 treatments for advanced cancer.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'neratinib-capecitabine' AND s.code = 'breastcancerorg-fda-nerlynx-2020'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'US_FDA');

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2007-03-13',
       'Approved in the US in March 2007 after trastuzumab, a taxane and an anthracycline.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'lapatinib-capecitabine' AND s.code = 'fda-summary-lapatinib-2008'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'US_FDA');

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2020-12-16',
       'Approved in the US in December 2020 after two or more HER2 treatments.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'margetuximab-chemotherapy' AND s.code = 'maestro-fda-margenza-2020'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'US_FDA');

-- EU_EMA
INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'EU_EMA', 'APPROVED', DATE '2021-01-18',
       'Approved in the EU in January 2021 for HER2-positive cancer; later widened to more groups.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'trastuzumab-deruxtecan' AND s.code = 'ema-epar-enhertu'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'EU_EMA');

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'EU_EMA', 'APPROVED', DATE '2013-03-04',
       'Approved in the EU in March 2013 as a first treatment for HER2-positive cancer that has spread.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'pertuzumab-trastuzumab-docetaxel' AND s.code = 'ema-epar-perjeta'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'EU_EMA');

-- UK_NICE
INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'UK_NICE', 'RECOMMENDED', DATE '2019-02-27',
       'Recommended on the NHS in England in February 2019 as a first hormone-based treatment.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'abemaciclib-aromatase-inhibitor' AND s.code = 'esmo-news-nice-ta563-abemaciclib-2019'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'UK_NICE');

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'UK_NICE', 'RECOMMENDED', DATE '2021-08-12',
       'Recommended on the NHS in England in 2021 after hormone therapy, when everolimus with exemestane would be the other choice.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'abemaciclib-fulvestrant' AND s.code = 'pharmacybiz-nice-abemaciclib-fulvestrant-2021'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'UK_NICE');

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'UK_NICE', 'RECOMMENDED', DATE '2017-11-16',
       'Recommended on the NHS in England from late 2017 as a first treatment for this cancer.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'palbociclib-aromatase-inhibitor' AND s.code = 'webmd-nice-palbociclib-ribociclib-2017'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'UK_NICE');

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'UK_NICE', 'RECOMMENDED', DATE '2017-06-15',
       'Recommended on the NHS in England in 2017 after trastuzumab and a taxane.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'trastuzumab-emtansine' AND s.code = 'ecancer-nice-ta458-kadcyla-2017'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'UK_NICE');

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'UK_NICE', 'RECOMMENDED', DATE '2007-01-24',
       'Recommended in England in 2007, but only when docetaxel would also be a choice.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'gemcitabine-paclitaxel' AND s.code = 'nice-ta116-gemcitabine-2007'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'UK_NICE');
