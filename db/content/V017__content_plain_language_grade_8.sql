-- Plain-language rewrite to reading grade 8 (issue 5); facts unchanged; reviewed 2026-11-23
-- Rewrites the 66 patient-facing texts listed in grade-over-8.tsv so that each is at Flesch-Kincaid grade 8 or lower
-- (as measured by org.mbcoptions.content.ReadingGrade). Long sentences are split; no fact is added or removed.

UPDATE therapy SET summary = 'This drug is an antibody joined to a chemotherapy drug. It may be used for triple-negative cancer. This may be as a first treatment or after others. It may also be used when the cancer has hormone receptors but little HER2. This is after several treatments.'
 WHERE slug = 'sacituzumab-govitecan';
UPDATE therapy SET summary = 'This drug is an antibody joined to a chemotherapy drug. It may be used when the cancer has hormone receptors but little HER2. This is after hormone therapy and chemotherapy. It may also be used for triple-negative cancer. This is if immunotherapy does not suit.'
 WHERE slug = 'datopotamab-deruxtecan';
UPDATE therapy SET summary = 'These are two chemotherapy (chemo) drugs given together. They may be the first chemo for cancer that has spread. They are for people who had another type of chemo after surgery.'
 WHERE slug = 'gemcitabine-paclitaxel';
UPDATE therapy SET route = 'Tablets by mouth, plus injections into a muscle (buttocks)'
 WHERE slug = 'ribociclib-fulvestrant';
UPDATE therapy SET route = 'Tablets or capsules by mouth. Plus injections into a muscle (buttocks).'
 WHERE slug = 'palbociclib-fulvestrant';
UPDATE therapy SET route = 'Tablets by mouth, plus injections into a muscle (buttocks)'
 WHERE slug = 'abemaciclib-fulvestrant';
UPDATE therapy SET route = 'Injection into a muscle. Two injections are given, one in each buttock.'
 WHERE slug = 'fulvestrant';
UPDATE therapy SET route = 'Tablets by mouth, plus injections into a muscle (buttocks)'
 WHERE slug = 'alpelisib-fulvestrant';
UPDATE therapy SET route = 'Tablets by mouth, plus injections into a muscle (buttocks)'
 WHERE slug = 'capivasertib-fulvestrant';
UPDATE therapy SET route = 'Tablets by mouth, plus injections into a muscle (buttocks)'
 WHERE slug = 'inavolisib-palbociclib-fulvestrant';
UPDATE therapy SET route = 'Drip into a vein (infusion). It takes about 30 minutes.'
 WHERE slug = 'nab-paclitaxel';
UPDATE indication SET conditions = 'When the cancer has grown after other hormone therapy. This is for adults.'
 WHERE code = 'abemaciclib-fulvestrant-later';
UPDATE indication SET conditions = 'After menopause. This is when no hormone therapy has been given before.'
 WHERE code = 'fulvestrant-first';
UPDATE indication SET conditions = 'After menopause. This is when the cancer has grown after other hormone therapy.'
 WHERE code = 'fulvestrant-later';
UPDATE indication SET conditions = 'For hormone receptor-positive, HER2-negative cancer. It is used after hormone therapy. At least two other treatments for the spread cancer must also have been given.'
 WHERE code = 'sacituzumab-govitecan-hr-positive-later';
UPDATE indication SET conditions = 'For cancer that is hormone receptor-positive and HER2-negative. It is used after hormone therapy. The person must also have had chemotherapy for the cancer that has spread.'
 WHERE code = 'datopotamab-deruxtecan-hr-positive-later';
UPDATE indication SET conditions = 'For HER2-negative cancer with an inherited BRCA1 change. Chemotherapy must have been given first. This may be before or after the cancer spread. If the cancer is hormone receptor-positive, hormone therapy must also have been given first. This is unless it is not suitable.'
 WHERE code = 'olaparib-brca1';
UPDATE indication SET conditions = 'For HER2-negative cancer with an inherited BRCA2 change. Chemotherapy must have been given first. This may be before or after the cancer spread. If the cancer is hormone receptor-positive, hormone therapy must also have been given first. This is unless it is not suitable.'
 WHERE code = 'olaparib-brca2';
UPDATE indication SET conditions = 'After at least two chemotherapy treatments for the spread cancer. Earlier treatment should have included an anthracycline. It should also have included a taxane.'
 WHERE code = 'eribulin-later';
UPDATE indication SET conditions = 'When a mix of chemotherapy drugs for the spread cancer has stopped working. Or when the cancer came back within 6 months of chemotherapy after surgery. Earlier treatment should have included an anthracycline. This is unless it was not suitable.'
 WHERE code = 'paclitaxel-later';
UPDATE indication SET conditions = 'As the first chemotherapy (chemo) for cancer that has spread. Chemo after surgery should have included an anthracycline. This is unless it was not suitable.'
 WHERE code = 'gemcitabine-paclitaxel-first';
UPDATE indication SET conditions = 'When a mix of chemotherapy drugs for the spread cancer has stopped working. Or when the cancer came back within 6 months of chemotherapy after surgery. Earlier treatment should have included an anthracycline. This is unless it was not suitable.'
 WHERE code = 'nab-paclitaxel-later';
UPDATE biomarker SET explanation = 'A change in the gene for the oestrogen receptor. It often appears after some time on hormone therapy. This is mostly after an aromatase inhibitor. It lets the cancer grow even when oestrogen is low.'
 WHERE code = 'ESR1';
UPDATE biomarker SET how_tested = 'A test on a sample of the tumour. Or a blood test that looks for cancer DNA (called ctDNA or a liquid biopsy).'
 WHERE code = 'PIK3CA';
UPDATE drug_class SET summary = 'Drugs that lower how much oestrogen the body makes after menopause. Some cancers are hormone receptor-positive. For them, less oestrogen means less fuel.'
 WHERE slug = 'aromatase-inhibitor';
UPDATE topic SET summary = 'When breast cancer spreads to the brain, treatment aims to ease symptoms. It also aims to control the cancer there. The main options are targeted radiotherapy and radiotherapy to the whole brain. Others are surgery, steroids and some drugs. The choice depends on how many tumours there are and their size. It also depends on the cancer elsewhere.'
 WHERE slug = 'brain-metastases-treatment';
UPDATE topic SET summary = 'Breast cancer in men is rare. Most is hormone receptor positive. Men are treated mostly like women who have gone through the menopause. One difference is that an aromatase inhibitor is given with a drug that lowers testosterone.'
 WHERE slug = 'men-with-breast-cancer';
UPDATE topic SET summary = 'Living with secondary breast cancer affects every part of life. There is support from specialist nurses and palliative care teams. Charities and helplines can help too. Many of these services are free.'
 WHERE slug = 'support';
UPDATE approval SET note = 'Approved in the US in March 2017. It is used with an aromatase inhibitor as a first hormone-based treatment.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'ribociclib-aromatase-inhibitor') AND region = 'US_FDA';
UPDATE approval SET note = 'Approved in the US in January 2023. It is for cancer with an ESR1 change after hormone therapy.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'elacestrant') AND region = 'US_FDA';
UPDATE approval SET note = 'Approved in the US in September 2025. It is for cancer with an ESR1 change after hormone therapy.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'imlunestrant') AND region = 'US_FDA';
UPDATE approval SET note = 'Approved in the US in April 2020 for HER2-positive cancer. This includes cancer in the brain.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'tucatinib-trastuzumab-capecitabine') AND region = 'US_FDA';
UPDATE approval SET note = 'Approved in the EU in August 2017. It is used with an aromatase inhibitor as a first hormone-based treatment.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'ribociclib-aromatase-inhibitor') AND region = 'EU_EMA';
UPDATE approval SET note = 'Approved in the EU in November 2016. It is for use with an aromatase inhibitor.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'palbociclib-aromatase-inhibitor') AND region = 'EU_EMA';
UPDATE approval SET note = 'Approved in the EU in November 2016. It is used with fulvestrant after earlier hormone therapy.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'palbociclib-fulvestrant') AND region = 'EU_EMA';
UPDATE approval SET note = 'Recommended by NICE in December 2017. It is for use as a first treatment with an aromatase inhibitor.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'ribociclib-aromatase-inhibitor') AND region = 'UK_NICE';
UPDATE approval SET note = 'Recommended by NICE in April 2025. It is for people who have had a CDK4/6 inhibitor. They must also have had an aromatase inhibitor.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'capivasertib-fulvestrant') AND region = 'UK_NICE';
UPDATE approval SET note = 'Recommended by NICE in December 2024 for an ESR1 change. It is used after at least 12 months of hormone therapy with a CDK4/6 inhibitor.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'elacestrant') AND region = 'UK_NICE';
UPDATE approval SET note = 'Approved in the US in November 2020 for triple-negative cancer. The cancer must test PD-L1 positive (score 10 or more).'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'pembrolizumab-chemotherapy') AND region = 'US_FDA';
UPDATE approval SET note = 'Approved in the EU in November 2021 for triple-negative cancer. This is after two or more treatments. It is also approved for HR-positive, HER2-negative cancer. In June 2026 it was approved as a first treatment. This is for some people who cannot have immunotherapy.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'sacituzumab-govitecan') AND region = 'EU_EMA';
UPDATE approval SET note = 'Approved in the US in June 2026 as a first treatment for triple-negative cancer. The cancer must have a PD-L1 score of 10 or more.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'sacituzumab-govitecan-pembrolizumab') AND region = 'US_FDA';
UPDATE approval SET note = 'Approved in the US in January 2025. It is for HR-positive, HER2-negative cancer. It is used after hormone therapy and chemotherapy.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'datopotamab-deruxtecan') AND region = 'US_FDA';
UPDATE approval SET note = 'Approved in the US in January 2018 for HER2-negative cancer. It is for people with an inherited BRCA change who have had chemotherapy.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'olaparib') AND region = 'US_FDA';
UPDATE approval SET note = 'Recommended by NICE in early 2025 for HER2-negative cancer. It is for people with an inherited BRCA change. It is used after chemotherapy.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'olaparib') AND region = 'UK_NICE';
UPDATE approval SET note = 'Approved in the US in October 2018 for HER2-negative cancer. It is for people with an inherited BRCA change.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'talazoparib') AND region = 'US_FDA';
UPDATE approval SET note = 'Recommended by NICE in February 2024 for HER2-negative cancer. It is for people with an inherited BRCA change. It is used after chemotherapy.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'talazoparib') AND region = 'UK_NICE';
UPDATE approval SET note = 'Approved in the US in November 2010 for breast cancer that has spread. It is used after two or more chemotherapy treatments.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'eribulin') AND region = 'US_FDA';
UPDATE approval SET note = 'Approved in the US in August 2021. It is for dMMR solid cancers after other treatment. This was an early (accelerated) approval.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'dostarlimab') AND region = 'US_FDA';
UPDATE approval SET note = 'Approved in the EU in September 2019, with conditions. It is for any solid cancer with an NTRK gene fusion. This is when there are no other good options.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'larotrectinib') AND region = 'EU_EMA';
UPDATE approval SET note = 'Available in England through the Cancer Drugs Fund since 2020. It is for solid cancers with an NTRK gene fusion.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'larotrectinib') AND region = 'UK_NICE';
UPDATE approval SET note = 'Approved in the US in August 2019 for solid cancers with an NTRK gene fusion. This was an early (accelerated) approval.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'entrectinib') AND region = 'US_FDA';
UPDATE approval SET note = 'Approved in the EU in July 2020, with conditions. It is for solid cancers with an NTRK gene fusion in people aged 12 and over.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'entrectinib') AND region = 'EU_EMA';
UPDATE approval SET note = 'Approved in the US in June 2024 for solid cancers with an NTRK gene fusion in people aged 12 and over. This was an early (accelerated) approval.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'repotrectinib') AND region = 'US_FDA';
UPDATE approval SET note = 'Approved in the US in September 2022 for solid cancers with a RET gene fusion. This was an early (accelerated) approval.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'selpercatinib') AND region = 'US_FDA';
UPDATE approval SET note = 'Approved in the US in June 2022 for solid cancers with a BRAF V600E change, after other treatment. This was an early (accelerated) approval.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'dabrafenib-trametinib') AND region = 'US_FDA';
UPDATE approval SET note = 'Approved in the US in February 2016. It is for cancer that grew after hormone therapy.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'palbociclib-fulvestrant') AND region = 'US_FDA';
UPDATE approval SET note = 'Approved in the US in February 2018. It is for use as a first hormone-based treatment after menopause.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'abemaciclib-aromatase-inhibitor') AND region = 'US_FDA';
UPDATE approval SET note = 'Approved in the US in September 2017. It is for cancer that grew after hormone therapy.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'abemaciclib-fulvestrant') AND region = 'US_FDA';
UPDATE approval SET note = 'Approved in the US in October 2024 for cancer with a PIK3CA change. It is for cancer that came back during or soon after hormone therapy.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'inavolisib-palbociclib-fulvestrant') AND region = 'US_FDA';
UPDATE approval SET note = 'First approved in the US in December 2019 for HER2-positive cancer. It was later also approved for HER2-low and HER2-ultralow cancer.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan') AND region = 'US_FDA';
UPDATE approval SET note = 'Approved in the EU in January 2021 for HER2-positive cancer. It was later widened to more groups.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'trastuzumab-deruxtecan') AND region = 'EU_EMA';
UPDATE approval SET note = 'Recommended on the NHS in England in 2021 after hormone therapy. This is when everolimus with exemestane would be the other choice.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'abemaciclib-fulvestrant') AND region = 'UK_NICE';
UPDATE approval SET note = 'Approved in the EU in April 2025 for HR-positive, HER2-negative cancer. It is for people who have had hormone therapy. They have also had at least one chemotherapy for cancer that has spread.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'datopotamab-deruxtecan') AND region = 'EU_EMA';
UPDATE approval SET note = 'Approved in the US in April 1998 for breast cancer that has spread. It is for cancer that has stopped responding to other chemotherapy.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'capecitabine') AND region = 'US_FDA';
UPDATE approval SET note = 'Approved in the US in January 2005 for breast cancer that has spread. It is used after other chemotherapy.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'nab-paclitaxel') AND region = 'US_FDA';
UPDATE approval SET note = 'Approved in the US in October 2007. It is used with capecitabine or on its own, after other chemotherapy.'
 WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'ixabepilone') AND region = 'US_FDA';
