-- Topic pages (not drugs) for the metastatic breast cancer app: local treatments (radiotherapy, bone surgery and
-- spinal cord compression, brain, liver, lung/pleura, surgery to the primary), supportive care (steroids, palliative care,
-- clinical trials) and living with secondary breast cancer (when treatment stops working, treatment breaks, questions,
-- men, support). 14 topics, each linked to its sources.
-- Reviewed 2026-11-23 by the topics helper. Notes: docs/research/topics.md
-- Sources: NICE CG81 (advanced breast cancer), NICE NG234 and CG75 (spinal metastases / MSCC), ASTRO bone radiotherapy
-- guideline, ASCO-SNO-ASTRO brain metastases guideline, ASCO guidelines (palliative care 2024, male breast cancer 2020,
-- biomarkers in metastatic breast cancer 2015, tumour markers 2007), NCI, Macmillan, Cancer Research UK, Breast Cancer Now,
-- Marie Curie, NHS trust pages, and published trials/reviews named in each source row.
-- Web pages that show no date in the stored copy have published_on = 2026-11-23 (the date checked); see the notes.
-- Portable SQL (H2 2.x and PostgreSQL). Bodies are single string literals with real newlines (blank line between paragraphs).

-- ===== Sources (guarded by code) =====
-- checked 2026-11-23: NICE CG81 recommendations: check upper arm and thigh bones for fracture risk when bone metastases are present (1.1.3); MRI when lytic metastases encroach on the spinal canal (1.1.4); consider re-testing ER and HER2 at recurrence (1.1.6); do not use bone scans to monitor response of bone metastases or PET-CT to monitor advanced breast cancer (1.1.7, 1.1.8). Date = first publication; the page is the current, updated version
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'nice-cg81-advanced-breast-cancer', 'http://nice.org.uk/guidance/cg81/chapter/1-Recommendations%23managing-complications-2', 'Advanced breast cancer: diagnosis and treatment (NICE guideline CG81), recommendations', 'NICE', DATE '2009-02-25' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nice-cg81-advanced-breast-cancer');
-- checked 2026-11-23: symptoms suggesting spinal metastases (contact within 24 hours) and nerve symptoms suggesting cord compression (contact immediately, oncological emergency); MRI of the whole spine. CG75 was replaced by NG234 in 2023, which keeps this approach
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'nice-cg75-mscc-2008', 'https://www.nice.org.uk/guidance/cg75/chapter/Key-priorities-for-implementation', 'Metastatic spinal cord compression in adults (NICE CG75): key priorities for implementation', 'NICE', DATE '2008-11-26' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nice-cg75-mscc-2008');
-- checked 2026-11-23: current NICE guideline on spinal metastases and MSCC (replaces CG75): care pathways; dexamethasone 16 mg for people with nerve symptoms or signs (rec 1.8.1); 8 Gy single-fraction radiotherapy for painful spinal metastases
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'nice-ng234-spinal-metastases-2023', 'https://www.nice.org.uk/guidance/NG234/chapter/recommendations', 'Spinal metastases and metastatic spinal cord compression (NICE guideline NG234): recommendations', 'NICE', DATE '2023-09-06' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nice-ng234-spinal-metastases-2023');
-- checked 2026-11-23: MSCC is a spinal emergency; nerve function before treatment is the most important factor for how well people do afterwards; breast is one of the commonest primary cancers that spread to the spine
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'bjgp-how-not-to-miss-mscc-2014', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4141619', 'How not to miss metastatic spinal cord compression (Br J Gen Pract 2014;64:e596)', 'British Journal of General Practice (via PubMed Central)', DATE '2014-09-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'bjgp-how-not-to-miss-mscc-2014');
-- checked 2026-11-23: single 8 Gy fraction gives the same pain relief as 20 Gy/5, 24 Gy/6 and 30 Gy/10 for previously untreated painful bone metastases; single fraction has a higher rate of re-treatment of the same site; re-treatment possible after 1 month
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'astro-palliative-rt-bone-metastases-2017', 'https://www.guidelinecentral.com/guideline/8726/', 'Palliative radiation therapy for bone metastases: ASTRO guideline update (summary)', 'American Society for Radiation Oncology (via Guideline Central)', DATE '2017-02-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'astro-palliative-rt-bone-metastases-2017');
-- checked 2026-11-23: palliative radiotherapy for bone, brain, lymph nodes and skin; often 1 to 5 sessions of a few minutes; not painful; tiredness is the main side effect (undated page: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'macmillan-radiotherapy-secondary-breast', 'https://www.macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/radiotherapy-for-secondary-breast-cancer', 'Radiotherapy for secondary breast cancer', 'Macmillan Cancer Support', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'macmillan-radiotherapy-secondary-breast');
-- checked 2026-11-23: single or several sessions; 7 to 10 days for pain to start easing, up to 6 weeks for full benefit, pain can get slightly worse first; sickness after ribs/spine, diarrhoea after pelvis; external radiotherapy does not make people radioactive (undated page: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'macmillan-radiotherapy-secondary-bone', 'https://www.macmillan.org.uk/cancer-information-and-support/bone-cancer-secondary/radiotherapy-for-secondary-bone-cancer', 'Radiotherapy for secondary bone cancer', 'Macmillan Cancer Support', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'macmillan-radiotherapy-secondary-bone');
-- checked 2026-11-23: radiotherapy for bone, skin and brain secondaries; strontium-89 injection when cancer is in several bones; radiotherapy is usually given for spinal cord compression (undated page: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'cruk-radiotherapy-secondary-breast', 'https://www.cancerresearchuk.org/about-cancer/breast-cancer/secondary/treatment/radiotherapy/having-radiotherapy', 'Having radiotherapy for secondary breast cancer', 'Cancer Research UK', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'cruk-radiotherapy-secondary-breast');
-- checked 2026-11-23: surgery to strengthen a weak long bone (metal rod or plate, bone cement), to relieve pressure on the spinal cord, or to fix a broken bone; about 3 days in hospital after arm surgery and 5 to 7 days after leg surgery; radiotherapy often given afterwards (undated page: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'macmillan-surgery-secondary-bone', 'https://www93-preview.macmillan.org.uk/cancer-information-and-support/bone-cancer-secondary/surgery-for-secondary-bone-cancer', 'Surgery for secondary bone cancer', 'Macmillan Cancer Support', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'macmillan-surgery-secondary-bone');
-- checked 2026-11-23: joint ASCO-ASTRO-SNO guideline (published December 2021) covering surgery, radiotherapy (WBRT, SRS) and drug treatment of brain metastases
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'astro-asco-sno-brain-metastases-2021', 'https://www.astro.org/patient-care-and-research/clinical-practice-statements/clinical-practice-guidelines/brain-metastases-joint-guideline', 'ASCO/ASTRO/SNO guideline on treatment of brain metastases', 'American Society for Radiation Oncology', DATE '2021-12-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'astro-asco-sno-brain-metastases-2021');
-- checked 2026-11-23: surgery is reasonable, more likely to help large tumours with mass effect; symptomatic brain metastases should get local treatment; SRS alone for 1 to 4 unresected metastases; SRS to the cavity after removal of 1 to 2 metastases
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'eur-asco-sno-astro-brain-metastases-abstract-2021', 'https://pure.eur.nl/en/publications/treatment-for-brain-metastases-asco-sno-astro-guideline', 'Treatment for brain metastases: ASCO-SNO-ASTRO guideline (abstract, Erasmus University repository)', 'Erasmus University Rotterdam (abstract of the J Clin Oncol guideline)', DATE '2021-12-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'eur-asco-sno-astro-brain-metastases-abstract-2021');
-- checked 2026-11-23: symptoms of brain secondaries (headache, sickness, weakness, seizures, speech, vision, behaviour changes); Breast Cancer Now nurses helpline 0808 800 6000 (undated page: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'bcn-secondary-breast-cancer-brain', 'https://breastcancernow.org/about-breast-cancer/secondary-breast-cancer/secondary-breast-cancer-treatment/secondary-metastatic-breast-cancer-in-the-brain/', 'Secondary (metastatic) breast cancer in the brain', 'Breast Cancer Now', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'bcn-secondary-breast-cancer-brain');
-- checked 2026-11-23: roughly 1 to 3 in 10 people with secondary breast cancer get brain secondaries; whole brain radiotherapy; stereotactic radiosurgery for small numbers with fewer side effects; rehabilitation support (undated, older page: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'bcn-treatment-brain-secondaries', 'https://breastcancernow.org/about-breast-cancer/living-with-secondary-breast-cancer/additional-treatments/treatment-of-secondary-breast-cancer-in-the-brain', 'Treatment of secondary breast cancer in the brain', 'Breast Cancer Now', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'bcn-treatment-brain-secondaries');
-- checked 2026-11-23: steroids reduce swelling around a brain tumour and ease headache, weakness, sickness and speech problems; side effects; team keeps the dose as low as possible; never stop suddenly (undated page: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'leeds-steroid-management-brain', 'https://www.leedsth.nhs.uk/a-z-of-services/leeds-cancer-centre/services/brain-tumour/symptom-management-2/steroid-management/', 'Steroid management (Leeds Cancer Centre, brain tumour service)', 'Leeds Teaching Hospitals NHS Trust', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'leeds-steroid-management-brain');
-- checked 2026-11-23: body stops making its own cortisol while on steroids, so they are not stopped suddenly but lowered step by step; side effects incl. infections, high blood sugar, bone thinning with long use (undated page: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'uclh-steroid-treatment', 'https://uclh.nhs.uk/patients-and-visitors/patient-information-pages/steroid-treatment-inflammation-caused-immunotherapy', 'Steroid treatment for inflammation caused by immunotherapy', 'University College London Hospitals NHS Foundation Trust', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'uclh-steroid-treatment');
-- checked 2026-11-23: reasons steroids are used in cancer care: treat cancer, reduce inflammation, prevent allergic reactions to treatment, reduce sickness, improve appetite (undated page: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'cruk-steroids', 'https://www.cancerresearchuk.org/about-cancer/cancer-in-general/treatment/cancer-drugs/drugs/steroids', 'Steroids (dexamethasone, prednisolone, methylprednisolone and hydrocortisone)', 'Cancer Research UK', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'cruk-steroids');
-- checked 2026-11-23: common side effects: infection risk, raised blood sugar, fluid swelling, mood changes, feeling low after stopping (undated page: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'cruk-steroids-side-effects', 'https://www.cancerresearchuk.org/about-cancer/cancer-in-general/treatment/cancer-drugs/drugs/steroids/side-effects', 'Side effects of steroids (dexamethasone, prednisolone, methylprednisolone)', 'Cancer Research UK', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'cruk-steroids-side-effects');
-- checked 2026-11-23: indigestion, bigger appetite and weight gain, restlessness and poor sleep (taking them in the morning helps), raised blood sugar, tired and low for a few days after a course (undated, older page: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'macmillan-steroids-side-effects', 'https://www.macmillan.org.uk/information-and-support/unknown-primary-cancer/treating/chemotherapy/side-effects-of-chemotherapy/steroids.html', 'Side effects of steroids', 'Macmillan Cancer Support', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'macmillan-steroids-side-effects');
-- checked 2026-11-23: surgery for breast cancer liver metastases is used despite a lack of robust evidence of benefit; few people are suitable; thermal ablation (RFA, MWA) is less invasive; TACE, TAE and SIRT are palliative options
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'bale-2019-local-treatment-liver-metastasis', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6770644', 'Local treatment of breast cancer liver metastasis (Cancers 2019;11:1341)', 'Cancers (MDPI), via PubMed Central', DATE '2019-09-11' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'bale-2019-local-treatment-liver-metastasis');
-- checked 2026-11-23: observational studies only: median survival 20 to 67 months after resection, 30 to 60 months after ablation; surgery may benefit a subset of selected patients; no firm selection limits
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'ejso-2011-liver-resection-ablation-review', 'https://ar.iiarjournals.org/lookup/external-ref?access_num=21605957&link_type=MED&atom=%2Fanticanres%2F34%2F3%2F1281.atom', 'Liver resection and local ablation of breast cancer liver metastases: a systematic review (Eur J Surg Oncol 2011;37:549-57), PubMed abstract', 'European Journal of Surgical Oncology (abstract)', DATE '2011-05-24' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ejso-2011-liver-resection-ablation-review');
-- checked 2026-11-23: two main options for recurrent malignant pleural effusion: pleurodesis or an indwelling pleural catheter; pleurodesis needs a hospital stay; catheter is an outpatient option; symptom relief and quality of life similar (date = acceptance date)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'jthoracdis-ipc-vs-pleurodesis-2015', 'http://www.jthoracdis.com/article/view/4150/html', 'Pleural controversies: indwelling pleural catheter vs. pleurodesis for malignant pleural effusions (J Thorac Dis)', 'Journal of Thoracic Disease', DATE '2015-01-14' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'jthoracdis-ipc-vs-pleurodesis-2015');
-- checked 2026-11-23: breast cancer causes about a third of malignant pleural effusions; repeated drainage alone controls under 15%; tunnelled catheter improves symptoms without hospital stay; talc pleurodesis (year only known: date = 1 January 2019)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'springer-mpe-breast-cancer-2019', 'https://link.springer.com/chapter/10.1007%2F978-3-030-16792-9_39', 'Management of malignant pleural effusions in breast cancer (Breast Disease, Springer)', 'Springer', DATE '2019-01-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'springer-mpe-breast-cancer-2019');
-- checked 2026-11-23: observational studies suggesting benefit were biased; Tata Memorial, ECOG-ACRIN E2108 and JCOG trials found no survival benefit from surgery to the primary; only the Turkish trial (unbalanced groups) did; small benefit in local control (undated: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'taylorfrancis-primary-tumour-surgery-trials', 'https://www.taylorfrancis.com/chapters/mono/10.1201/b23352-46/locoregional-treatment-versus-treatment-primary-tumour-metastatic-breast-cancer-open-label-randomised-controlled-trial-lynda-wyld-ramsey-cutress-jenna-morgan?context=ubx&refId=ab6054d9-9075-4b94-ac76-51a46205b169', 'Locoregional treatment versus no treatment of the primary tumour in metastatic breast cancer: an open-label randomised controlled trial (book chapter abstract, Wyld, Cutress, Morgan)', 'Taylor & Francis (CRC Press)', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'taylorfrancis-primary-tumour-surgery-trials');
-- checked 2026-11-23: ECOG-ACRIN E2108 (presented at ASCO 2020; the article misprints it as E2018): 256 women, surgery after response to systemic therapy gave no overall survival difference (median 54 months in both groups) (date approximate: month of ASCO 2020 presentation)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'cancerhealth-e2108-2020', 'https://www.cancerhealth.com/article/surgery-metastatic-breast-cancer-improve-overall-survival', 'Surgery for metastatic breast cancer does not improve overall survival', 'Cancer Health', DATE '2020-06-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'cancerhealth-e2108-2020');
-- checked 2026-11-23: UK hospice care: day visits, short stays for specialist care then home, care at home, or care in the last weeks or days; for people living with a terminal illness and their families (undated page: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'mariecurie-hospice-care', 'https://mariecurie.org.uk/information/getting-care/hospice-care', 'Hospice care', 'Marie Curie', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'mariecurie-hospice-care');
-- checked 2026-11-23: NHS: end of life care is for the last months or years of life and can be given at home, in care homes, hospices or hospitals; palliative care is part of it (undated, older page: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'nhs-end-of-life-care', 'http://www.nhs.uk/Planners/end-of-life-care/Pages/what-it-involves-and-when-it-starts.aspx', 'What end of life care involves (NHS Choices)', 'NHS', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nhs-end-of-life-care');
-- checked 2026-11-23: US Medicare hospice needs a doctor to certify a life expectancy of 6 months or less; people who live longer keep hospice care (two 90-day periods, then unlimited 60-day periods) while still terminally ill (undated page: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'medicareinteractive-hospice-six-months', 'https://www.medicareinteractive.org/get-answers/medicare-covered-services/hospice-care-benefit-part-a/can-i-still-get-medicare-hospice-benefits-if-i-outlive-the-initial-six-month-prognosis', 'Can I still get Medicare hospice benefits if I outlive the initial six-month prognosis?', 'Medicare Rights Center (Medicare Interactive)', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'medicareinteractive-hospice-six-months');
-- checked 2026-11-23: people with advanced solid tumours should be referred to specialist palliative care teams early in the illness, alongside active cancer treatment
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'asco-palliative-care-2024', 'https://ace.asco.org/guidelines/9671', 'Palliative care for patients with cancer: ASCO guideline update', 'American Society of Clinical Oncology', DATE '2024-05-15' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'asco-palliative-care-2024');
-- checked 2026-11-23: palliative care suits any age and any stage; often offered at diagnosis, given alongside cancer treatment; also called supportive care (undated page: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'acs-what-is-palliative-care', 'https://www.cancer.org/cancer/managing-cancer/palliative-care/what-is-palliative-care.html', 'What is palliative care?', 'American Cancer Society', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'acs-what-is-palliative-care');
-- checked 2026-11-23: clinical trials test whether new treatments are safe, effective and better than standard care; safety review and informed consent; placebos are rarely used in cancer trials (undated page: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'cancernet-clinical-trials', 'http://www.cancer.net/navigating-cancer-care/how-cancer-treated/clinical-trials', 'Clinical trials (Cancer.Net)', 'American Society of Clinical Oncology (Cancer.Net)', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'cancernet-clinical-trials');
-- checked 2026-11-23: NCI Cancer Information Service answers questions about cancer and clinical trials free by phone (1-800-4-CANCER), in English and Spanish (older undated page; opening hours not re-checked: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'nci-cancer-information-service', 'http://www.cancer.gov/aboutnci/cis/page1/AllPages/Print', 'NCI''s Cancer Information Service', 'National Cancer Institute', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nci-cancer-information-service');
-- checked 2026-11-23: decisions to change or stop treatment rest on clinical evaluation, judgement of progression and the patient's goals; CEA, CA 15-3 and CA 27-29 may be used only as an add-on; not enough data to use them alone
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'asco-biomarkers-mbc-2015', 'https://eguideline.guidelinecentral.com/i/1475448/5', 'Use of biomarkers to guide decisions on systemic therapy for women with metastatic breast cancer: ASCO guideline (recommendations)', 'American Society of Clinical Oncology (via Guideline Central)', DATE '2015-07-20' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'asco-biomarkers-mbc-2015');
-- checked 2026-11-23: CA 15-3 and CA 27.29 used with imaging and examination to monitor metastatic disease; caution with a rise in the first 4 to 6 weeks of a new treatment, as early rises can be misleading
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'asco-tumor-markers-breast-2007', 'https://pilotguidelines.atlassian.net/wiki/spaces/BCTM', 'Recommendations for the use of tumor markers in breast cancer: ASCO 2007 update', 'American Society of Clinical Oncology', DATE '2007-11-20' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'asco-tumor-markers-breast-2007');
-- checked 2026-11-23: response usually checked every 2 to 4 months; more frequent monitoring gives no survival benefit; extra tests when progression is suspected; MRI for suspected cord compression; brain imaging for symptoms (undated page: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'ehc-metastatic-breast-cancer-guideline', 'https://lms.ehc.gov.eg/lms/mod/book/view.php?chapterid=4272&id=662', 'Advanced breast cancer guidance (Egyptian Health Council learning platform)', 'Egyptian Health Council', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ehc-metastatic-breast-cancer-guideline');
-- checked 2026-11-23: 11 trials, 2,269 patients: longer first-line chemotherapy gave a much longer progression-free survival and a slightly longer overall survival than shorter courses
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'gennari-2011-chemotherapy-duration-mbc', 'https://research.uniupo.it/it/publications/duration-of-chemotherapy-for-metastatic-breast-cancer-a-systemati', 'Duration of chemotherapy for metastatic breast cancer: a systematic review and meta-analysis of randomized clinical trials (J Clin Oncol 2011;29:2144-9)', 'Journal of Clinical Oncology (record at Universita del Piemonte Orientale)', DATE '2011-06-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'gennari-2011-chemotherapy-duration-mbc');
-- checked 2026-11-23: most management is the same as for women; first-line endocrine therapy for advanced HR-positive disease unless visceral crisis; targeted therapy uses the same indications as for women; germline testing for all men; evidence is mostly observational
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'asco-male-breast-cancer-2020', 'https://ace.asco.org/guidelines/142881', 'Management of male breast cancer: ASCO guideline', 'American Society of Clinical Oncology', DATE '2020-02-14' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'asco-male-breast-cancer-2020');
-- checked 2026-11-23: recommendation 4.1: options for men with advanced HR-positive HER2-negative disease are tamoxifen, an aromatase inhibitor with a GnRH agent, and fulvestrant; CDK4/6 inhibitors used as in women
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'asco-male-breast-cancer-2020-recommendations', 'https://eguideline.guidelinecentral.com/i/1475473-management-of-male-breast-cancer/2', 'Management of male breast cancer: ASCO guideline (recommendations 1 to 4)', 'American Society of Clinical Oncology (via Guideline Central)', DATE '2020-02-14' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'asco-male-breast-cancer-2020-recommendations');
-- checked 2026-11-23: Macmillan Support Line free on 0808 808 00 00, 8am to 8pm, 7 days a week (date approximate: written for World Cancer Day, 4 February 2024)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'macmillan-support-line-2024', 'https://community.macmillan.org.uk/cancer-blogs/b/community_news/posts/how-can-macmillan-help-me-getting-support-for-world-cancer-day-2024', 'How can Macmillan help me? A guide to getting support for World Cancer Day 2024', 'Macmillan Cancer Support', DATE '2024-02-04' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'macmillan-support-line-2024');
-- checked 2026-11-23: UK hospices no longer only care for people at the very end of life; referral possible when a person is thought to have 5 or fewer years to live (undated page: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'mountbatten-when-hospice-care', 'https://www.mountbatten.org.uk/faqs/when-will-i-need-hospice-care', 'When will I need hospice care?', 'Mountbatten (hospice charity, UK)', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'mountbatten-when-hospice-care');
-- checked 2026-11-23: 15 trials, 2,867 patients: chemotherapy maintenance after first-line chemotherapy improved progression-free and overall survival compared with observation (date = issue month, October 2022, approximate)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'ren-2022-maintenance-therapy-mbc', 'https://e-crt.org/journal/view.php?number=3360', 'Clinical evidence of chemotherapy or endocrine therapy maintenance in patients with metastatic breast cancer: meta-analysis and cohort study (Cancer Res Treat 2022;54(4))', 'Cancer Research and Treatment', DATE '2022-10-01' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'ren-2022-maintenance-therapy-mbc');
-- checked 2026-11-23: about 99% of male breast cancers are oestrogen receptor positive; care for advanced disease and chemotherapy the same across sexes; germline testing should be offered to all men
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'univadis-asco-male-breast-cancer-2020', 'https://www.univadis.co.uk/viewarticle/asco-issues-first-guideline-for-managing-male-breast-cancer-712855?s1=news', 'ASCO issues first guideline for managing male breast cancer (clinical summary)', 'Univadis (Medscape UK)', DATE '2020-02-14' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'univadis-asco-male-breast-cancer-2020');
-- checked 2026-11-23: Marie Curie Support Line 0800 090 2309, free from landlines and mobiles (opening hours not confirmed; undated page: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'mariecurie-support-line', 'https://www.mariecurie.org.uk/help/support/being-there/reviewers', 'Marie Curie information reviewers page (shows the Support Line number)', 'Marie Curie', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'mariecurie-support-line');
-- checked 2026-11-23: 72% of hospital organisations in England, Scotland and Wales did not give access to a dedicated secondary breast care nurse (older campaign page, undated: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'breastcancercare-secondary-campaign', 'https://www.breastcancercare.org.uk/get-involved/campaign-us/secondary', 'Ask your MP to support the Secondary Support Package (Secondary. Not second rate.)', 'Breast Cancer Care (now part of Breast Cancer Now)', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'breastcancercare-secondary-campaign');
-- checked 2026-11-23: metal pin or locking nail for a weakened thigh or upper arm bone, also to mend a broken one; hip or shoulder joint replacement when badly damaged (old page, no date in the stored copy: published_on = date checked)
INSERT INTO source (code, url, title, publisher, published_on) SELECT 'cancerbackup-treating-weakened-bones', 'http://www.cancerbackup.org.uk/Cancertype/Bonesecondary/Treatment/Treatingweakenedbones', 'Treating weakened bones resulting from secondary bone cancer', 'Cancerbackup (merged into Macmillan Cancer Support)', DATE '2026-11-23' WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'cancerbackup-treating-weakened-bones');

-- ===== Topics =====

-- topic: radiotherapy
INSERT INTO topic (slug, title, kind, site, summary, body, reviewed_on)
SELECT 'radiotherapy', 'Radiotherapy for secondary breast cancer', 'LOCAL_TREATMENT', NULL,
'Radiotherapy uses strong X-rays to treat one part of the body. In secondary breast cancer it is mostly used to ease symptoms, such as bone pain. It does not cure the cancer, but it often helps people feel better.',
'Radiotherapy aims strong X-rays at one area of the body. The rays kill cancer cells in that area. Healthy cells nearby can be harmed too, but they usually recover. When the aim is to ease symptoms, it is called palliative radiotherapy.

It is used most often for cancer in the bones. There it can ease pain and help a weak bone get stronger. It is also used for cancer in the brain, in the skin, or in lymph nodes. Lymph nodes are small glands that are part of the immune system.

For bone pain, one single treatment often works as well as a longer course. Many trials found that one dose eased pain as well as 5 or 10 doses. The catch is that after one dose, the same spot needs a second treatment a bit more often. If pain comes back after a month or more, the area can often be treated again.

Each session takes only a few minutes and does not hurt. Many people have between 1 and 5 sessions, though some have more. Lying still on the couch can be uncomfortable. Some people take a painkiller about half an hour before.

Pain relief is not instant. Bone pain often starts to ease after 7 to 10 days. The full effect can take up to 6 weeks. For a short time the pain can get a little worse before it gets better, so painkillers are usually carried on at first.

The main side effect is tiredness. It can last a few weeks after treatment ends. Other effects depend on the area treated. Treatment to the ribs or spine can make people feel sick for a day or two. Treatment to the pelvis can cause diarrhoea. The skin over the area can turn red.

Radiotherapy from a machine does not make people radioactive. It is safe to be close to others, including children, after each session.

When cancer is in many bones, a radioactive drug called strontium-89 is sometimes used instead. It is given as an injection into a vein and is taken up by the cancer in the bones.

Radiotherapy is also the usual treatment when cancer presses on the spinal cord, and it is one of the main treatments for cancer in the brain. Those topics have their own pages.',
DATE '2026-11-23'
WHERE NOT EXISTS (SELECT 1 FROM topic WHERE slug = 'radiotherapy');
INSERT INTO topic_source (topic_id, source_id) SELECT t.id, s.id FROM topic t, source s WHERE t.slug = 'radiotherapy' AND s.code IN ('astro-palliative-rt-bone-metastases-2017', 'macmillan-radiotherapy-secondary-breast', 'macmillan-radiotherapy-secondary-bone', 'cruk-radiotherapy-secondary-breast', 'nice-ng234-spinal-metastases-2023')
  AND NOT EXISTS (SELECT 1 FROM topic_source x WHERE x.topic_id = t.id AND x.source_id = s.id);

-- topic: bone-metastases-surgery
INSERT INTO topic (slug, title, kind, site, summary, body, reviewed_on)
SELECT 'bone-metastases-surgery', 'Surgery for cancer in the bones, and spinal cord compression', 'LOCAL_TREATMENT', 'BONE',
'Cancer in a bone can make it weak, so it may break. An operation can make a weak bone stronger, or fix a broken one. Cancer pressing on the spinal cord is an emergency, and its warning signs are listed here.',
'Breast cancer often spreads to the bones. A bone with cancer in it can become weak. It may then break with little or no force. Doctors use X-rays and scans to check if a bone is at risk. NICE says the upper arm and thigh bones should be checked when cancer is found in other bones.

If a long bone, such as the thigh bone, is likely to break, surgery can make it stronger. The surgeon puts a metal rod down the middle of the bone, or fixes a metal plate on the outside. These stay in for good. Bone cement is sometimes used to fill larger gaps. If cancer has badly damaged a hip joint, the joint can be replaced.

The same kinds of operation can mend a bone that has already broken. Radiotherapy is often given afterwards to help the bone heal. People usually stay in hospital for up to 3 days after arm surgery, and 5 to 7 days after leg surgery. A physiotherapist helps with exercises to get moving again.

Cancer in the spine can press on the spinal cord. The spinal cord is the bundle of nerves inside the backbone. This is called metastatic spinal cord compression, or MSCC. It is an emergency. Without fast treatment it can cause lasting weakness, or even paralysis, which means not being able to move the legs.

NICE lists these warning signs of cancer in the spine: pain or tenderness in the middle or top of the back or neck; low back pain that is severe, keeps getting worse or does not go away; back pain that is worse on coughing, sneezing or going to the toilet; and back pain that stops sleep. NICE says these signs need a call to the cancer team within 24 hours.

These signs suggest the cord itself may be squeezed: a band of pain around the body or down an arm or leg; numbness or weakness in the arms or legs; trouble walking; and problems controlling the bladder or bowel. NICE says these need contact with the cancer team straight away, as an emergency. NICE says people at risk should be given written information about these signs and who to contact.

The main test is an MRI scan of the whole spine. People with nerve symptoms are usually given a steroid called dexamethasone at once, to reduce swelling. Treatment then is usually radiotherapy, and sometimes surgery to take pressure off the cord or to make the spine stable.

Timing matters a lot. How well people can walk after treatment depends mostly on how well they could walk before it started. That is why these signs are treated so urgently.',
DATE '2026-11-23'
WHERE NOT EXISTS (SELECT 1 FROM topic WHERE slug = 'bone-metastases-surgery');
INSERT INTO topic_source (topic_id, source_id) SELECT t.id, s.id FROM topic t, source s WHERE t.slug = 'bone-metastases-surgery' AND s.code IN ('nice-cg81-advanced-breast-cancer', 'macmillan-surgery-secondary-bone', 'cancerbackup-treating-weakened-bones', 'nice-cg75-mscc-2008', 'nice-ng234-spinal-metastases-2023', 'bjgp-how-not-to-miss-mscc-2014', 'cruk-radiotherapy-secondary-breast')
  AND NOT EXISTS (SELECT 1 FROM topic_source x WHERE x.topic_id = t.id AND x.source_id = s.id);

-- topic: brain-metastases-treatment
INSERT INTO topic (slug, title, kind, site, summary, body, reviewed_on)
SELECT 'brain-metastases-treatment', 'Treatment for cancer in the brain', 'LOCAL_TREATMENT', 'BRAIN',
'When breast cancer spreads to the brain, treatment aims to ease symptoms and control the cancer there. The main options are targeted radiotherapy, radiotherapy to the whole brain, surgery, steroids and some drugs. The choice depends on how many tumours there are, their size, and the cancer elsewhere.',
'Some people with secondary breast cancer get tumours in the brain. Breast Cancer Now says this happens in roughly 1 to 3 in every 10 people. These are breast cancer cells, not a brain cancer. Most people who get them already have cancer in other places, such as the bones, liver or lungs.

Symptoms can include headaches, feeling or being sick, weakness or numbness on one side, loss of balance, fits (seizures), and changes in speech, sight, mood or memory. New or lasting symptoms like these are worth reporting to the cancer team.

Steroids, most often dexamethasone, reduce swelling around the tumours. This can ease headaches, sickness and weakness. They do not treat the cancer itself. Doctors try to keep the dose as low as possible because of side effects.

Stereotactic radiosurgery aims many thin, precise beams at each tumour. Despite the name, there is no cutting. It gives a high dose to each tumour in one or a few sessions. A joint guideline from ASCO, ASTRO and SNO, three US expert groups, supports it alone for people with 1 to 4 brain tumours that have not been removed. It has fewer side effects than treating the whole brain.

Whole brain radiotherapy treats all of the brain. It is used when there are many tumours or when targeted treatment is not possible. It can ease symptoms, but it has more side effects than targeted treatment, such as tiredness and problems with memory and thinking.

Surgery may be an option when there is one tumour, or a few, in a place the surgeon can reach. It helps most when a large tumour is pressing on the brain. It is less likely to help when there are many tumours or the cancer elsewhere is not under control. Targeted radiotherapy to the space left behind is usually given after surgery.

The guideline says tumours in the brain that cause symptoms should get a local treatment, such as surgery or radiotherapy, whatever drug treatment is used. Some drugs also reach the brain, and for some kinds of breast cancer they are part of the plan. Clinical trials may also be an option.

Support can include physiotherapy, help with daily tasks, and speech and language therapy.',
DATE '2026-11-23'
WHERE NOT EXISTS (SELECT 1 FROM topic WHERE slug = 'brain-metastases-treatment');
INSERT INTO topic_source (topic_id, source_id) SELECT t.id, s.id FROM topic t, source s WHERE t.slug = 'brain-metastases-treatment' AND s.code IN ('bcn-treatment-brain-secondaries', 'bcn-secondary-breast-cancer-brain', 'leeds-steroid-management-brain', 'astro-asco-sno-brain-metastases-2021', 'eur-asco-sno-astro-brain-metastases-abstract-2021', 'macmillan-radiotherapy-secondary-breast')
  AND NOT EXISTS (SELECT 1 FROM topic_source x WHERE x.topic_id = t.id AND x.source_id = s.id);

-- topic: liver-metastases-local-treatment
INSERT INTO topic (slug, title, kind, site, summary, body, reviewed_on)
SELECT 'liver-metastases-local-treatment', 'Surgery and other local treatments for cancer in the liver', 'LOCAL_TREATMENT', 'LIVER',
'Cancer that has spread to the liver is mostly treated with drugs that work all through the body. Surgery or heat treatment to the liver is used only rarely, for a few carefully chosen people. There are no strong trials showing these help people live longer.',
'Many people with secondary breast cancer get cancer in the liver at some point. Because the cancer is usually in other places too, drug treatments that reach the whole body are the main treatment.

A few people have cancer in only one small part of the liver, with little or no cancer elsewhere. For them, surgery to remove it may be possible. This is major surgery. Only a small number of people are well enough and have the right kind of spread.

Another option is ablation. A thin needle is put into the tumour through the skin, guided by a scan. Heat from radio waves or microwaves then destroys the tumour. This is less of an operation than surgery, but it works best for small tumours.

Other treatments put drugs or tiny radioactive beads into the blood vessels that feed the liver. Their aim is to control the cancer in the liver and ease symptoms. They are not a cure.

What does the evidence show? The studies are mostly looks back at people already treated, not fair trials where people are picked at random. In these studies, people who had surgery lived a median of about 2 to 5 and a half years. But the people chosen for surgery were fitter, with less cancer, so it is not clear how much the surgery itself helped.

Experts say surgery may help a small group of carefully chosen people. There is no strong proof that it helps people live longer. These choices are made case by case.',
DATE '2026-11-23'
WHERE NOT EXISTS (SELECT 1 FROM topic WHERE slug = 'liver-metastases-local-treatment');
INSERT INTO topic_source (topic_id, source_id) SELECT t.id, s.id FROM topic t, source s WHERE t.slug = 'liver-metastases-local-treatment' AND s.code IN ('bale-2019-local-treatment-liver-metastasis', 'ejso-2011-liver-resection-ablation-review')
  AND NOT EXISTS (SELECT 1 FROM topic_source x WHERE x.topic_id = t.id AND x.source_id = s.id);

-- topic: lung-and-pleura
INSERT INTO topic (slug, title, kind, site, summary, body, reviewed_on)
SELECT 'lung-and-pleura', 'Cancer in the lungs, fluid around the lungs, and breathlessness', 'LOCAL_TREATMENT', 'LUNG',
'Breast cancer can spread to the lungs or to the lining around them. Fluid can then build up and cause breathlessness. Draining the fluid and stopping it coming back can make breathing easier.',
'Breast cancer can spread to the lungs themselves, or to the thin lining around them. The main symptom of fluid around the lungs is breathlessness. A cough or chest discomfort can also happen.

The lining around the lungs is called the pleura. Cancer there can cause fluid to build up between the lung and the chest wall. This is called a pleural effusion. The fluid stops the lung from filling with air, so people feel short of breath. Breast cancer causes about 1 in 3 of these fluid build-ups due to cancer.

The fluid can be drained with a thin needle or tube put between the ribs. This is done with a local anaesthetic, which numbs the area. Breathing often eases quickly. But the fluid often comes back. Draining it again and again controls it in fewer than 15 in 100 people.

To stop fluid coming back, doctors can do a pleurodesis. After the fluid is drained, a powder called talc is put into the space. It makes the lung lining stick to the chest wall, so fluid has no room to collect. This usually means a short stay in hospital.

Another option is an indwelling pleural catheter. This is a thin, soft tube that stays in place under the skin. It lets fluid be drained regularly without a stay in hospital. Studies found that it and pleurodesis ease breathlessness and quality of life by about the same amount. Each has pros and cons.

Drug treatment for the whole body is still the main treatment for cancer in the lungs.

Palliative care teams help people manage breathlessness and other symptoms, at any stage of the illness.',
DATE '2026-11-23'
WHERE NOT EXISTS (SELECT 1 FROM topic WHERE slug = 'lung-and-pleura');
INSERT INTO topic_source (topic_id, source_id) SELECT t.id, s.id FROM topic t, source s WHERE t.slug = 'lung-and-pleura' AND s.code IN ('springer-mpe-breast-cancer-2019', 'jthoracdis-ipc-vs-pleurodesis-2015', 'acs-what-is-palliative-care')
  AND NOT EXISTS (SELECT 1 FROM topic_source x WHERE x.topic_id = t.id AND x.source_id = s.id);

-- topic: surgery-to-the-primary-tumour
INSERT INTO topic (slug, title, kind, site, summary, body, reviewed_on)
SELECT 'surgery-to-the-primary-tumour', 'Surgery to the breast when cancer has already spread', 'LOCAL_TREATMENT', NULL,
'Some people are told they have breast cancer that has already spread at the time it is first found. Several fair trials tested removing the breast tumour in this case. Most found it did not help people live longer.',
'About 1 in 20 people with breast cancer have cancer that has already spread when it is first found. This is called de novo secondary breast cancer. For them, the main treatment is drugs that reach the whole body.

For many years, doctors wondered if removing the tumour in the breast would also help. Older studies seemed to show that people who had surgery lived longer. But those people were often fitter, with less cancer, to begin with. That made the surgery look better than it really was.

To get a fair answer, researchers ran randomised trials. In these, people are put into groups by chance, so the groups start out alike. Trials in India, the USA and Japan all found that surgery to the breast did not help people live longer.

In the US trial, called E2108, women first had drug treatment. Those whose cancer did not grow were then split into two groups. One group also had surgery, and the other did not. Both groups lived for a median of about 54 months. There was no difference.

One trial in Turkey did find longer survival with surgery. But its groups were not evenly matched, and the surgery group had some advantages from the start. So most experts do not see it as proof.

Some trials found that the cancer in the breast area came back or grew less often after surgery. So surgery or radiotherapy to the breast can still help some people. For example, it can help with a tumour that is painful, bleeding or breaking through the skin.

In short, removing the breast tumour is not a standard way to help people live longer with secondary breast cancer. It may still be an option to control problems in the breast. A breast surgeon and cancer doctor can talk through the pros and cons for each person.',
DATE '2026-11-23'
WHERE NOT EXISTS (SELECT 1 FROM topic WHERE slug = 'surgery-to-the-primary-tumour');
INSERT INTO topic_source (topic_id, source_id) SELECT t.id, s.id FROM topic t, source s WHERE t.slug = 'surgery-to-the-primary-tumour' AND s.code IN ('taylorfrancis-primary-tumour-surgery-trials', 'cancerhealth-e2108-2020')
  AND NOT EXISTS (SELECT 1 FROM topic_source x WHERE x.topic_id = t.id AND x.source_id = s.id);

-- topic: steroids
INSERT INTO topic (slug, title, kind, site, summary, body, reviewed_on)
SELECT 'steroids', 'Steroids in secondary breast cancer', 'SUPPORTIVE_CARE', NULL,
'Steroids are strong medicines that reduce swelling. In secondary breast cancer they help with symptoms, such as swelling around tumours in the brain or spine. They can cause side effects, so doctors use the lowest dose for the shortest time.',
'The steroids used in cancer care are man-made copies of hormones that the body makes itself. They are called corticosteroids. The most common ones are dexamethasone and prednisolone.

They are used for many reasons. They reduce swelling around tumours in the brain, which can ease headaches and sickness. They are given at once when cancer presses on the spinal cord. They help prevent sickness and allergic reactions with some chemotherapy. They can also boost appetite and energy for a short time.

Steroids are usually taken as tablets. Taking them in the morning with food can help with sleep and indigestion. Most courses are short, lasting days or weeks.

Common side effects include indigestion, a much bigger appetite, weight gain, and trouble sleeping. Some people feel restless, anxious or moody. Steroids can raise blood sugar. People with diabetes may need to check their sugar more often. Steroids also make infections more likely. Cancer teams ask people to call straight away if they have a temperature above 37.5C or other signs of infection.

With longer use, steroids can cause swelling from fluid and thinner bones. This is one reason the dose is kept as low as possible.

While someone takes steroids, their body makes less of its own natural steroid, called cortisol. So after more than a few days, steroids are not stopped all at once. The dose is lowered step by step. Stopping suddenly can make people very unwell. Some people feel tired and low for a few days after a course ends.',
DATE '2026-11-23'
WHERE NOT EXISTS (SELECT 1 FROM topic WHERE slug = 'steroids');
INSERT INTO topic_source (topic_id, source_id) SELECT t.id, s.id FROM topic t, source s WHERE t.slug = 'steroids' AND s.code IN ('cruk-steroids', 'cruk-steroids-side-effects', 'macmillan-steroids-side-effects', 'uclh-steroid-treatment', 'leeds-steroid-management-brain', 'nice-ng234-spinal-metastases-2023')
  AND NOT EXISTS (SELECT 1 FROM topic_source x WHERE x.topic_id = t.id AND x.source_id = s.id);

-- topic: palliative-care
INSERT INTO topic (slug, title, kind, site, summary, body, reviewed_on)
SELECT 'palliative-care', 'Palliative care: support from the start', 'SUPPORTIVE_CARE', NULL,
'Palliative care helps people with serious illness feel as well as they can. It eases pain and other symptoms and supports the whole family. It can start when secondary breast cancer is first found, alongside cancer treatment.',
'Palliative care is care that aims to make life better for people with an illness that cannot be cured. It treats pain, breathlessness, sickness, tiredness and other symptoms. It also helps with worry, low mood, money worries and spiritual needs. It supports family and friends too.

Many people think palliative care is only for the last days of life. That is not true. It suits people of any age and at any stage of a serious illness. It is often given at the same time as cancer treatment, such as hormone therapy or chemotherapy.

ASCO, a large US cancer doctors group, advises that people with advanced cancer see a specialist palliative care team early on. This should be alongside their cancer treatment, not instead of it.

Palliative care teams include doctors, nurses, social workers and others. They work in hospitals, hospices and the community. Nurses can also visit people at home.

Hospice care is one kind of palliative care. It is not only for the very end of life. In the UK, people can visit a hospice during the day, stay for a short time to get symptoms under control and then go home, or get hospice care at home. Some people also stay in a hospice in their last weeks or days.

A common belief is that hospice is only for the last six months of life. This mixes up a US payment rule with how care works. In the US, Medicare pays for hospice when a doctor thinks life expectancy is 6 months or less if the illness follows its usual course. People who live longer can keep getting hospice care. UK hospices do not use a 6-month cut-off. Some take referrals when a person is thought to have 5 years or less to live.

Palliative care also helps people plan ahead. This can include where they would like to be cared for and what matters most to them. These talks can happen at any time, and plans can change.',
DATE '2026-11-23'
WHERE NOT EXISTS (SELECT 1 FROM topic WHERE slug = 'palliative-care');
INSERT INTO topic_source (topic_id, source_id) SELECT t.id, s.id FROM topic t, source s WHERE t.slug = 'palliative-care' AND s.code IN ('asco-palliative-care-2024', 'acs-what-is-palliative-care', 'mariecurie-hospice-care', 'mountbatten-when-hospice-care', 'nhs-end-of-life-care', 'medicareinteractive-hospice-six-months')
  AND NOT EXISTS (SELECT 1 FROM topic_source x WHERE x.topic_id = t.id AND x.source_id = s.id);

-- topic: clinical-trials
INSERT INTO topic (slug, title, kind, site, summary, body, reviewed_on)
SELECT 'clinical-trials', 'Clinical trials', 'SUPPORTIVE_CARE', NULL,
'Clinical trials are research studies that test new treatments in people. Joining one can give access to a new treatment, and it helps future patients. Taking part is always a free choice.',
'A clinical trial is a careful study that tests a new treatment, or a new way to use an existing one. It checks if the treatment is safe, if it works, and if it is better than the usual treatment. Every treatment used today was once tested in a trial.

Trials go in steps called phases. Early trials are small and mainly check safety and dose. Later trials are larger and compare the new treatment with the usual one.

Many people worry they will get a dummy treatment, called a placebo, and no real treatment. In cancer trials this is rare. Most often, one group gets the new treatment and the other gets the best standard treatment.

There are trials for people with secondary breast cancer at every stage. Some are for people just diagnosed. Others are for people whose cancer has grown after several treatments. Each trial has rules about who can join, based on things like the type of cancer and past treatment.

Before joining, people are given written information and time to ask questions. They then sign a consent form. Every trial is reviewed and watched over to protect the people in it. People can choose to leave a trial at any time.

Possible benefits include a new treatment before it is widely available, and close check-ups. Possible downsides include unknown side effects, extra tests and visits, and the chance that the new treatment does not work better.

Cancer doctors and nurses can say if a suitable trial is open. In the US, the National Cancer Institute answers questions about trials for free on 1-800-4-CANCER.',
DATE '2026-11-23'
WHERE NOT EXISTS (SELECT 1 FROM topic WHERE slug = 'clinical-trials');
INSERT INTO topic_source (topic_id, source_id) SELECT t.id, s.id FROM topic t, source s WHERE t.slug = 'clinical-trials' AND s.code IN ('cancernet-clinical-trials', 'nci-cancer-information-service')
  AND NOT EXISTS (SELECT 1 FROM topic_source x WHERE x.topic_id = t.id AND x.source_id = s.id);

-- topic: when-treatment-stops-working
INSERT INTO topic (slug, title, kind, site, summary, body, reviewed_on)
SELECT 'when-treatment-stops-working', 'When a treatment stops working', 'LIVING_WITH', NULL,
'Most treatments for secondary breast cancer work for a time and then stop working. Scans, check-ups and sometimes blood tests show when this happens. There are usually other treatments to try next.',
'Treatment for secondary breast cancer usually comes in lines. The first treatment is used for as long as it keeps the cancer under control and side effects are manageable. When it stops working, there is often a second treatment, then a third, and so on.

Doctors check how treatment is going with check-ups, blood tests and scans. Scans such as CT are often done every 2 to 4 months. More frequent scans have not been shown to help people live longer. If new symptoms appear, tests are done sooner.

Signs that a treatment may have stopped working include new or worse pain, new symptoms, tumours growing on scans, or new areas of cancer. Doctors call this progression. One change on its own is not always a sure sign. Doctors look at all the results together.

Some blood tests measure tumour markers, such as CA 15-3, CA 27-29 and CEA. A rising level can mean the cancer is growing. But ASCO says these tests should not be used on their own to decide to change treatment. Markers can also rise for a short time in the first weeks of a new treatment, even when it is working.

A bone scan is not a good way to check if bone secondaries are responding. In the first few months, a bone that is healing can look worse on the scan. This is called a flare.

When the cancer grows, a new sample of the tumour, called a biopsy, is sometimes taken. The cancer can change over time. A new test can show if its hormone receptor or HER2 status has changed. Tests for gene changes may also open up new treatment choices.

Choosing what comes next depends on the type of cancer, past treatments, side effects, general health, and what matters most to the person. A clinical trial may be an option.

Some people reach a point where the downsides of more treatment outweigh the likely benefits. Choosing to stop cancer treatment is a valid choice. Care then focuses fully on comfort and quality of life, with support from the palliative care team.',
DATE '2026-11-23'
WHERE NOT EXISTS (SELECT 1 FROM topic WHERE slug = 'when-treatment-stops-working');
INSERT INTO topic_source (topic_id, source_id) SELECT t.id, s.id FROM topic t, source s WHERE t.slug = 'when-treatment-stops-working' AND s.code IN ('ehc-metastatic-breast-cancer-guideline', 'asco-biomarkers-mbc-2015', 'asco-tumor-markers-breast-2007', 'nice-cg81-advanced-breast-cancer')
  AND NOT EXISTS (SELECT 1 FROM topic_source x WHERE x.topic_id = t.id AND x.source_id = s.id);

-- topic: treatment-breaks
INSERT INTO topic (slug, title, kind, site, summary, body, reviewed_on)
SELECT 'treatment-breaks', 'Treatment breaks', 'LIVING_WITH', NULL,
'Some people with secondary breast cancer take a planned break from treatment. A break can ease side effects and give time for important life events. The possible downside is that the cancer may grow sooner.',
'Many treatments for secondary breast cancer are given for as long as they work. This can mean months or years of treatment. Some people want a break, for example because of side effects, or for a holiday or family event.

Most research on breaks is about chemotherapy. Chemotherapy is sometimes given for a set number of cycles and then stopped, or switched to a lighter treatment. Carrying on with a lighter treatment is called maintenance.

What does the research show? An analysis of 11 trials looked at how long to give first chemotherapy. Giving it for longer kept the cancer under control for much longer. It also helped people live slightly longer. A second analysis, of 15 trials, found that maintenance treatment also did better than stopping and watching. So stopping early can mean the cancer grows back sooner.

Hormone therapy and targeted drugs are usually given for as long as they work and side effects are manageable. There is little research on planned breaks from them.

A break does not suit everyone. Doctors weigh things such as how well the cancer is controlled and where it has spread. Check-ups and scans usually carry on during a break.

Breaks can be planned with the cancer team. Together they weigh the benefit of rest and time off against the risk of the cancer growing. Many people restart the same treatment after a short break, or move to a new one if the cancer has grown.',
DATE '2026-11-23'
WHERE NOT EXISTS (SELECT 1 FROM topic WHERE slug = 'treatment-breaks');
INSERT INTO topic_source (topic_id, source_id) SELECT t.id, s.id FROM topic t, source s WHERE t.slug = 'treatment-breaks' AND s.code IN ('gennari-2011-chemotherapy-duration-mbc', 'ren-2022-maintenance-therapy-mbc')
  AND NOT EXISTS (SELECT 1 FROM topic_source x WHERE x.topic_id = t.id AND x.source_id = s.id);

-- topic: questions-for-your-care-team
INSERT INTO topic (slug, title, kind, site, summary, body, reviewed_on)
SELECT 'questions-for-your-care-team', 'Questions to ask your care team', 'LIVING_WITH', NULL,
'Having questions ready can help people get the most from each appointment. These are some questions that people with secondary breast cancer often ask. Bringing a friend or family member to take notes may also help.',
'About the cancer: Where has the cancer spread? Is it hormone receptor positive, HER2 positive, HER2 low, or triple negative? Has a new biopsy of the spread been tested, since the cancer can change over time? Would tests for gene changes in the tumour, or inherited genes such as BRCA, open up more treatment options?

About the treatment plan: What is the aim of this treatment? What are the other options, and why is this one suggested? How is it given, and how often? How long will it go on for? Is it available on the NHS, or covered by my insurance?

About side effects: What side effects are common, and which ones are serious? Who do I call if I feel unwell, day or night? How will this treatment affect work, driving, travel, sex and family life?

About checking progress: How will we know if the treatment is working? How often will I have scans and blood tests? Are tumour marker blood tests useful for me? What happens if this treatment stops working?

About symptoms and support: Can I see a palliative care team now, to help with pain or other symptoms? Is there a specialist nurse for secondary breast cancer? What help is there for my mood, money worries or family?

About trials and choices: Is there a clinical trial that might suit me? Can I take a break from treatment? What would happen if I chose not to have more treatment?

It is fine to ask the same question again, or to ask for things to be written down. A second opinion from another specialist is also possible.',
DATE '2026-11-23'
WHERE NOT EXISTS (SELECT 1 FROM topic WHERE slug = 'questions-for-your-care-team');
INSERT INTO topic_source (topic_id, source_id) SELECT t.id, s.id FROM topic t, source s WHERE t.slug = 'questions-for-your-care-team' AND s.code IN ('asco-biomarkers-mbc-2015', 'nice-cg81-advanced-breast-cancer', 'asco-palliative-care-2024', 'cancernet-clinical-trials')
  AND NOT EXISTS (SELECT 1 FROM topic_source x WHERE x.topic_id = t.id AND x.source_id = s.id);

-- topic: men-with-breast-cancer
INSERT INTO topic (slug, title, kind, site, summary, body, reviewed_on)
SELECT 'men-with-breast-cancer', 'Men with secondary breast cancer', 'LIVING_WITH', NULL,
'Breast cancer in men is rare, and most is hormone receptor positive. Men are treated mostly like women who have gone through the menopause. One difference is that an aromatase inhibitor is given with a drug that lowers testosterone.',
'About 1 in 100 breast cancers happen in men. Almost all breast cancers in men, about 99 in 100, are oestrogen receptor positive. This means hormones help the cancer grow, so hormone therapy often works well.

There are few trials just in men, because the disease is rare. So most advice for men comes from studies in women, plus expert agreement. ASCO, a large US cancer doctors group, published a guideline for men with breast cancer in 2020.

For men with secondary breast cancer that is hormone receptor positive and HER2 negative, hormone therapy is usually the first treatment. Chemotherapy comes first only if the cancer is growing fast or harming organs badly.

Hormone therapy options for men include tamoxifen, fulvestrant, and an aromatase inhibitor given with a GnRH drug. An aromatase inhibitor, such as letrozole, lowers the hormone oestrogen. A GnRH drug, given as an injection, lowers testosterone. The guideline advises giving the two together in men.

CDK4/6 inhibitors, such as palbociclib, ribociclib and abemaciclib, can be used in men as in women. Other targeted drugs, HER2 treatments and chemotherapy are also used in the same way as for women. Many drug labels mention men with the same conditions as women after menopause.

ASCO advises that all men with breast cancer are offered genetic testing. Inherited changes in genes such as BRCA2 are found in some men with breast cancer. A result can matter for treatment and for family members.

Lowering testosterone has its own side effects, which the care team can explain. Some men feel alone with a disease most people link with women. Breast cancer charities and helplines support men too.',
DATE '2026-11-23'
WHERE NOT EXISTS (SELECT 1 FROM topic WHERE slug = 'men-with-breast-cancer');
INSERT INTO topic_source (topic_id, source_id) SELECT t.id, s.id FROM topic t, source s WHERE t.slug = 'men-with-breast-cancer' AND s.code IN ('asco-male-breast-cancer-2020', 'asco-male-breast-cancer-2020-recommendations', 'univadis-asco-male-breast-cancer-2020')
  AND NOT EXISTS (SELECT 1 FROM topic_source x WHERE x.topic_id = t.id AND x.source_id = s.id);

-- topic: support
INSERT INTO topic (slug, title, kind, site, summary, body, reviewed_on)
SELECT 'support', 'Support and where to find it', 'LIVING_WITH', NULL,
'Living with secondary breast cancer affects every part of life. Support is available from specialist nurses, palliative care teams, charities and helplines. Many of these services are free.',
'Many hospitals have a specialist breast care nurse, and some have a nurse just for secondary breast cancer. They can explain treatment, help with symptoms, and point people to other help. They are often the main contact between appointments. Not every hospital has a specialist nurse for secondary breast cancer.

Palliative care teams help with pain, breathlessness, tiredness and other symptoms at any stage. They also support mood and practical needs, and help families.

In the UK, Breast Cancer Now has a free helpline staffed by breast care nurses on 0808 800 6000.

The Macmillan Support Line is free on 0808 808 00 00, from 8am to 8pm, 7 days a week. It offers help with cancer questions, emotional support, money and benefits, and work.

Marie Curie supports people living with a terminal illness and their families. It runs hospices and care at home, and a free support line on 0800 090 2309.

In the US, the National Cancer Institute Cancer Information Service answers questions about cancer and clinical trials for free on 1-800-4-CANCER, in English and Spanish.

Talking with others in the same situation can help people feel less alone. Options include local support groups, online forums, and counselling. Family and friends often want to help with meals, lifts or childcare, and saying yes can ease the load.

Money worries are common. Social workers and benefits advisers can help people find financial support they may be entitled to.',
DATE '2026-11-23'
WHERE NOT EXISTS (SELECT 1 FROM topic WHERE slug = 'support');
INSERT INTO topic_source (topic_id, source_id) SELECT t.id, s.id FROM topic t, source s WHERE t.slug = 'support' AND s.code IN ('bcn-secondary-breast-cancer-brain', 'macmillan-support-line-2024', 'mariecurie-hospice-care', 'mariecurie-support-line', 'nci-cancer-information-service', 'breastcancercare-secondary-campaign', 'acs-what-is-palliative-care')
  AND NOT EXISTS (SELECT 1 FROM topic_source x WHERE x.topic_id = t.id AND x.source_id = s.id);
