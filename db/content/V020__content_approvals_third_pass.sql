-- Approval rows, round E (third pass): regional decisions (US FDA, EU EMA/EC, UK NICE) that V008, V009, V012 and
-- V013 left out, plus one NICE row that was dated on draft guidance. Reviewed 2026-11-23.
-- Notes (every pair checked, with what was and was not found): approvals-e-notes.md.
-- Rules followed: a row is added only when the status AND the exact day were seen on a page returned by the search
-- tool. Dates of news reports, CHMP opinions, draft guidance or "expected publication" are NOT used as decision dates.
-- Every approval insert is guarded with NOT EXISTS on (therapy_id, region); every source insert on its code.
-- Changes to existing rows come as UPDATE statements found by slug and region.
-- Left out on review: the EU rows for abemaciclib, alpelisib and elacestrant (dates seen only on MedPath, a
-- third-party copy of EMA records) and the US tamoxifen row (date seen only on a history site).
-- Sources (new in this file):
--   ec-register-tukysa-2021 (2021-02-11)  https://ec.europa.eu/health/documents/community-register/2021/20210211150461/anx_150461_en.pdf
--   ema-epar-ixempra-withdrawal-2009 (2009-03-18)  https://www.ema.europa.eu/en/medicines/human/EPAR/ixempra
--   nci-newly-approved-faslodex-2004 (2004-08-20)  https://webharvest.gov/peth04/20041015223232/http://www.cancer.gov/clinicaltrials/developments/newly-approved-treatments/page10
--   nci-newly-approved-gemzar-2004 (2004-08-20)  https://webharvest.gov/peth04/20041015223232/http://www.cancer.gov/clinicaltrials/developments/newly-approved-treatments/page11
--   pan-mersey-nice-ta-checklist-2017-18 (2017-12-20)  https://docslib.org/doc/1040703/formulary-adherence-checklist-for-nice-technology-appraisals-about-medicines
-- ============ Sources (guarded) ============

-- checked 2026-11-23: Union Register annex I (SmPC) of the Commission decision of 11 February 2021 (register folder 20210211150461): TUKYSA with trastuzumab and capecitabine for adults with HER2-positive locally advanced or metastatic breast cancer after at least 2 anti-HER2 regimens; The Pharma Letter (22 Feb 2021) says the EU authorisation was granted "earlier this month", so this is the first authorisation
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'ec-register-tukysa-2021', 'https://ec.europa.eu/health/documents/community-register/2021/20210211150461/anx_150461_en.pdf',
       'TUKYSA (tucatinib): Annex I, summary of product characteristics, Commission decision of 11 February 2021 (Union Register)',
       'European Commission', DATE '2021-02-11'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ec-register-tukysa-2021');

-- checked 2026-11-23: EMA page on Ixempra: on 18 March 2009 the company withdrew its EU application (metastatic breast cancer, with capecitabine); the EMA press release (https://www.ema.europa.eu/en/news/bristol-myers-squibb-pharma-eeig-withdraws-its-marketing-authorisation-application-ixempra) says the CHMP had adopted a negative opinion on 20 November 2008; the page shows no date of its own, so published_on holds the withdrawal date it confirms
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'ema-epar-ixempra-withdrawal-2009', 'https://www.ema.europa.eu/en/medicines/human/EPAR/ixempra',
       'Ixempra (ixabepilone): withdrawal of the marketing authorisation application',
       'European Medicines Agency', DATE '2009-03-18'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ema-epar-ixempra-withdrawal-2009');

-- checked 2026-11-23: NCI "Newly Approved Cancer Treatments" (updated 08/20/2004, archived copy): "On April 25, 2002, the FDA approved fulvestrant (Faslodex)" for HR-positive metastatic breast cancer in postmenopausal women with disease progression following antiestrogen therapy. First-line monotherapy was added in August 2017 (AstraZeneca release of 28 Aug 2017 cited at https://www.cdhub360.com/exclusives/fda-expands-approval-faslodex)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nci-newly-approved-faslodex-2004', 'https://webharvest.gov/peth04/20041015223232/http://www.cancer.gov/clinicaltrials/developments/newly-approved-treatments/page10',
       'Newly Approved Cancer Treatments: Faslodex (archived NCI page)',
       'National Cancer Institute', DATE '2004-08-20'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nci-newly-approved-faslodex-2004');

-- checked 2026-11-23: NCI "Newly Approved Cancer Treatments" (updated 08/20/2004, archived copy): "On May 19, 2004, the FDA approved gemcitabine (Gemzar) in combination with paclitaxel for the first-line treatment of patients with metastatic breast cancer after failure of prior anthracycline containing adjuvant chemotherapy"; the Lilly release dated May 19, 2004 (https://www.ptcommunity.com/news/20040520/gemcitabinepaclitaxel-combination-approved-first-line-treatment-metastatic-breast) agrees
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nci-newly-approved-gemzar-2004', 'https://webharvest.gov/peth04/20041015223232/http://www.cancer.gov/clinicaltrials/developments/newly-approved-treatments/page11',
       'Newly Approved Cancer Treatments: Gemzar (archived NCI page)',
       'National Cancer Institute', DATE '2004-08-20'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nci-newly-approved-gemzar-2004');

-- checked 2026-11-23: NHS Pan Mersey formulary adherence checklist of NICE technology appraisals, 2017-18: "Palbociclib with an aromatase inhibitor for previously untreated ... [TA495]", date of TA release 20/12/17, recommended as initial endocrine-based therapy with the patient access scheme discount (the same list dates TA496 ribociclib 20/12/17, as V008 has); the document shows no date of its own, so published_on holds the TA495 date it confirms
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'pan-mersey-nice-ta-checklist-2017-18', 'https://docslib.org/doc/1040703/formulary-adherence-checklist-for-nice-technology-appraisals-about-medicines',
       'Formulary adherence checklist for NICE technology appraisals about medicines, 2017-18 (TA495 palbociclib released 20/12/17)',
       'Pan Mersey Area Prescribing Committee (NHS)', DATE '2017-12-20'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'pan-mersey-nice-ta-checklist-2017-18');
-- ============ New approval rows (guarded on therapy and region) ============
-- EU_EMA

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'EU_EMA', 'APPROVED', DATE '2021-02-11',
       'Approved in the EU in February 2021. It is for use after two or more HER2 treatments.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'tucatinib-trastuzumab-capecitabine' AND s.code = 'ec-register-tukysa-2021'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'EU_EMA');

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'EU_EMA', 'NOT_APPROVED', DATE '2009-03-18',
       'Not approved in the EU. Experts advised against it in 2008. The company then withdrew its request in 2009.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'ixabepilone' AND s.code = 'ema-epar-ixempra-withdrawal-2009'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'EU_EMA');

-- US_FDA
INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2002-04-25',
       'First approved in the US in April 2002, for cancer that grew after other hormone therapy. It was later approved as a first hormone treatment too.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'fulvestrant' AND s.code = 'nci-newly-approved-faslodex-2004'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'US_FDA');

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT t.id, 'US_FDA', 'APPROVED', DATE '2004-05-19',
       'Approved in the US in May 2004. It is a first treatment for cancer that has spread, after earlier chemotherapy.', s.id, DATE '2026-11-23'
FROM therapy t, source s WHERE t.slug = 'gemcitabine-paclitaxel' AND s.code = 'nci-newly-approved-gemzar-2004'
  AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.therapy_id = t.id AND a.region = 'US_FDA');

-- ============ Corrections to existing rows ============

-- UK_NICE palbociclib with an aromatase inhibitor (TA495): V012 dated this row on the draft guidance (2017-11-16,
-- WebMD UK). The published guidance is dated 20 December 2017 (Pan Mersey checklist above).
UPDATE approval
SET decided_on = DATE '2017-12-20',
    note = 'Recommended on the NHS in England in December 2017 as a first hormone-based treatment.',
    source_id = (SELECT id FROM source WHERE code = 'pan-mersey-nice-ta-checklist-2017-18'),
    reviewed_on = DATE '2026-11-23'
WHERE region = 'UK_NICE'
  AND therapy_id = (SELECT id FROM therapy WHERE slug = 'palbociclib-aromatase-inhibitor');

