-- The glossary: plain meanings of the medical words patient text uses (issue 5).
-- Written in our own words. The general meanings were checked against the NCI Dictionary of Cancer Terms
-- (https://www.cancer.gov/publications/dictionaries/cancer-terms); facts about tests, drugs and approvals are the
-- ones already sourced in the earlier content scripts. Reviewed 2026-11-23.
-- To add a word: one INSERT into glossary_term, then one INSERT into glossary_form listing every spelling that
-- pages use (the term itself included). See docs/editing.md.

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('accelerated-approval', 'Accelerated approval',
    'an early US approval, based on first results. The firm must then show it works in more studies', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'accelerated approval' AS form) f WHERE t.slug = 'accelerated-approval';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('akt1', 'AKT1',
    'a gene that passes on growth signals in the cell; a change in it can make cancer grow', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'AKT1' AS form) f WHERE t.slug = 'akt1';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('anaemia', 'Anaemia',
    'too few red blood cells, which can make you tired and short of breath', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'anaemia' AS form UNION ALL SELECT 'anemia') f WHERE t.slug = 'anaemia';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('anaesthetic', 'Anaesthetic',
    'a medicine that stops you feeling pain. Some kinds put you into a deep sleep', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'anaesthetic' AS form UNION ALL SELECT 'general anaesthetic' UNION ALL SELECT 'local anaesthetic') f WHERE t.slug = 'anaesthetic';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('anthracycline', 'Anthracycline',
    'a group of chemo drugs that can harm the heart. Doxorubicin is one of them', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'anthracycline' AS form UNION ALL SELECT 'anthracyclines') f WHERE t.slug = 'anthracycline';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('antibody', 'Antibody',
    'a protein that sticks to one target, such as HER2; some drugs are antibodies made in a lab', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'antibody' AS form UNION ALL SELECT 'antibodies') f WHERE t.slug = 'antibody';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('antibody-drug-conjugate', 'Antibody-drug conjugate',
    'an antibody joined to a chemo drug. It takes the drug to the cells the antibody sticks to', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'antibody-drug conjugate' AS form UNION ALL SELECT 'antibody-drug conjugates' UNION ALL SELECT 'ADC' UNION ALL SELECT 'ADCs') f WHERE t.slug = 'antibody-drug-conjugate';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('aromatase-inhibitor', 'Aromatase inhibitor',
    'a hormone tablet that lowers oestrogen. It is used after menopause. Before that, it is given with drugs to stop the ovaries', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'aromatase inhibitor' AS form UNION ALL SELECT 'aromatase inhibitors') f WHERE t.slug = 'aromatase-inhibitor';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('biomarker', 'Biomarker',
    'something measured in a sample, such as a gene change or a protein, that can show which treatments may work', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'biomarker' AS form UNION ALL SELECT 'biomarkers') f WHERE t.slug = 'biomarker';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('biopsy', 'Biopsy',
    'taking a small piece of tissue so it can be looked at in a lab', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'biopsy' AS form UNION ALL SELECT 'biopsies') f WHERE t.slug = 'biopsy';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('bisphosphonate', 'Bisphosphonate',
    'a drug that slows down the cells that break down bone, which helps keep bones strong', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'bisphosphonate' AS form UNION ALL SELECT 'bisphosphonates') f WHERE t.slug = 'bisphosphonate';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('braf-v600e', 'BRAF V600E',
    'one exact change in the BRAF gene that drives growth; it is very rare in breast cancer', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'BRAF V600E' AS form UNION ALL SELECT 'BRAF') f WHERE t.slug = 'braf-v600e';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('brca', 'BRCA1 and BRCA2',
    'genes that help repair damaged DNA; a fault in one of them is often inherited and raises the risk of cancer', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'BRCA1' AS form UNION ALL SELECT 'BRCA2' UNION ALL SELECT 'BRCA') f WHERE t.slug = 'brca';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('cancer-drugs-fund', 'Cancer Drugs Fund',
    'a way the NHS in England pays for a new cancer drug while more is learned about it', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'Cancer Drugs Fund' AS form UNION ALL SELECT 'managed access') f WHERE t.slug = 'cancer-drugs-fund';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('cdk46-inhibitor', 'CDK4/6 inhibitor',
    'a tablet that stops cancer cells from splitting to make new cells. It is taken with hormone therapy', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'CDK4/6 inhibitor' AS form UNION ALL SELECT 'CDK4/6 inhibitors') f WHERE t.slug = 'cdk46-inhibitor';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('chemotherapy', 'Chemotherapy',
    'drugs that kill cells that divide quickly, such as cancer cells', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'chemotherapy' AS form UNION ALL SELECT 'chemotherapies' UNION ALL SELECT 'chemo') f WHERE t.slug = 'chemotherapy';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('clinical-trial', 'Clinical trial',
    'a research study that tests a new treatment, or a new way to use one, in people who choose to take part', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'clinical trial' AS form UNION ALL SELECT 'clinical trials') f WHERE t.slug = 'clinical-trial';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('cps', 'CPS',
    'combined positive score: a number from the PD-L1 test that shows how many cells carry PD-L1', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'CPS' AS form UNION ALL SELECT 'combined positive score') f WHERE t.slug = 'cps';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('ctdna', 'ctDNA',
    'bits of DNA from cancer cells found in the blood; a blood test can look for gene changes in it', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'ctDNA' AS form UNION ALL SELECT 'liquid biopsy' UNION ALL SELECT 'circulating tumour DNA') f WHERE t.slug = 'ctdna';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('cycle', 'Cycle',
    'a set time of treatment and rest, which then starts again, for example every 3 weeks', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'cycle' AS form UNION ALL SELECT 'cycles') f WHERE t.slug = 'cycle';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('dna', 'DNA',
    'the code inside each cell, made up of genes, that tells the cell how to work', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'DNA' AS form) f WHERE t.slug = 'dna';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('ema', 'EMA',
    'the European Medicines Agency: the body that checks medicines for the European Union', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'EMA' AS form UNION ALL SELECT 'European Medicines Agency') f WHERE t.slug = 'ema';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('endocrine-therapy', 'Hormone therapy',
    'treatment that lowers oestrogen or stops it from reaching cancer cells', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'hormone therapy' AS form UNION ALL SELECT 'hormone therapies' UNION ALL SELECT 'hormone treatment' UNION ALL SELECT 'hormone treatments' UNION ALL SELECT 'endocrine therapy') f WHERE t.slug = 'endocrine-therapy';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('endometrial-cancer', 'Endometrial cancer',
    'cancer of the lining of the womb', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'endometrial cancer' AS form UNION ALL SELECT 'endometrial') f WHERE t.slug = 'endometrial-cancer';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('esr1', 'ESR1',
    'the gene for the oestrogen receptor; a change in it can stop some hormone drugs from working', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'ESR1' AS form) f WHERE t.slug = 'esr1';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('fda', 'FDA',
    'the US Food and Drug Administration: the body that decides if a medicine can be sold in the United States', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'FDA' AS form) f WHERE t.slug = 'fda';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('first-line', 'First-line treatment',
    'the first treatment given once cancer has spread', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'first-line' AS form UNION ALL SELECT 'first line') f WHERE t.slug = 'first-line';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('gene', 'Gene',
    'a short piece of DNA that tells the cell how to make one thing, such as a protein', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'gene' AS form UNION ALL SELECT 'genes') f WHERE t.slug = 'gene';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('gene-fusion', 'Gene fusion',
    'two genes joined by mistake; the joined gene can drive the cancer to grow', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'gene fusion' AS form UNION ALL SELECT 'gene fusions' UNION ALL SELECT 'fusion' UNION ALL SELECT 'fusions') f WHERE t.slug = 'gene-fusion';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('germline', 'Germline',
    'a gene change you were born with; it is in every cell and can run in families', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'germline' AS form) f WHERE t.slug = 'germline';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('hand-foot-syndrome', 'Hand-foot syndrome',
    'red, sore or peeling skin on the palms of the hands and soles of the feet', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'hand-foot syndrome' AS form) f WHERE t.slug = 'hand-foot-syndrome';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('her2', 'HER2',
    'a protein on the surface of cells that tells them to grow', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'HER2' AS form) f WHERE t.slug = 'her2';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('her2-low', 'HER2-low',
    'cancer with a small amount of HER2, not enough to count as HER2-positive', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'HER2-low' AS form) f WHERE t.slug = 'her2-low';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('her2-negative', 'HER2-negative',
    'cancer that is not HER2-positive; this covers HER2-low, HER2-ultralow and HER2-zero', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'HER2-negative' AS form) f WHERE t.slug = 'her2-negative';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('her2-positive', 'HER2-positive',
    'cancer with a lot of HER2 on its cells, which makes it grow fast', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'HER2-positive' AS form) f WHERE t.slug = 'her2-positive';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('her2-ultralow', 'HER2-ultralow',
    'cancer with only a very faint trace of HER2, on a few of its cells', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'HER2-ultralow' AS form) f WHERE t.slug = 'her2-ultralow';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('her2-zero', 'HER2-zero',
    'cancer where no HER2 at all is seen on the cells', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'HER2-zero' AS form) f WHERE t.slug = 'her2-zero';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('hormone-receptor', 'Hormone receptor',
    'a protein in a cell that lets a hormone, such as oestrogen, tell the cell to grow', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'hormone receptor' AS form UNION ALL SELECT 'hormone receptors') f WHERE t.slug = 'hormone-receptor';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('hospice', 'Hospice',
    'a place or service that gives care and comfort, mostly near the end of life', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'hospice' AS form UNION ALL SELECT 'hospices') f WHERE t.slug = 'hospice';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('hr-negative', 'HR-negative',
    'cancer with few or no hormone receptors, so hormones do not drive its growth', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'HR-negative' AS form UNION ALL SELECT 'hormone receptor-negative') f WHERE t.slug = 'hr-negative';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('hr-positive', 'HR-positive',
    'cancer with hormone receptors, so hormones such as oestrogen can help it grow', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'HR-positive' AS form UNION ALL SELECT 'hormone receptor-positive' UNION ALL SELECT 'ER-positive') f WHERE t.slug = 'hr-positive';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('immune-system', 'Immune system',
    'the body''s defence against germs and damaged cells', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'immune system' AS form) f WHERE t.slug = 'immune-system';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('immunotherapy', 'Immunotherapy',
    'treatment that helps the immune system find and attack cancer', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'immunotherapy' AS form UNION ALL SELECT 'immunotherapies') f WHERE t.slug = 'immunotherapy';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('infusion', 'Infusion',
    'medicine given slowly through a tube into a vein', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'infusion' AS form UNION ALL SELECT 'infusions') f WHERE t.slug = 'infusion';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('lung-inflammation', 'Lung inflammation',
    'swelling and scarring in the lungs, which can cause a cough and shortness of breath', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'interstitial lung disease' AS form UNION ALL SELECT 'pneumonitis' UNION ALL SELECT 'lung inflammation') f WHERE t.slug = 'lung-inflammation';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('melanoma', 'Melanoma',
    'a type of skin cancer', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'melanoma' AS form) f WHERE t.slug = 'melanoma';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('menopause', 'Menopause',
    'when periods stop for good, because the ovaries stop making most of their oestrogen', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'menopause' AS form) f WHERE t.slug = 'menopause';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('metastases', 'Metastases',
    'areas of cancer that have spread from where it started to another part of the body', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'metastases' AS form UNION ALL SELECT 'metastasis' UNION ALL SELECT 'secondaries') f WHERE t.slug = 'metastases';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('metastatic', 'Metastatic',
    'cancer that has spread from the breast to other parts of the body. Some call it secondary or stage 4', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'metastatic' AS form UNION ALL SELECT 'secondary breast cancer' UNION ALL SELECT 'advanced breast cancer') f WHERE t.slug = 'metastatic';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('msi-h', 'MSI-H and dMMR',
    'signs that the cancer cells cannot fix small copying mistakes in their DNA; this is rare in breast cancer', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'MSI-H' AS form UNION ALL SELECT 'MSI-high' UNION ALL SELECT 'dMMR' UNION ALL SELECT 'mismatch repair') f WHERE t.slug = 'msi-h';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('mutation', 'Mutation',
    'a change in a gene; cancer cells can pick up changes that help them grow', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'mutation' AS form UNION ALL SELECT 'mutations' UNION ALL SELECT 'gene change' UNION ALL SELECT 'gene changes') f WHERE t.slug = 'mutation';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('neuropathy', 'Nerve damage',
    'harm to the nerves, often felt as tingling, numbness or pain in the hands and feet', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'neuropathy' AS form UNION ALL SELECT 'peripheral neuropathy' UNION ALL SELECT 'nerve damage') f WHERE t.slug = 'neuropathy';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('nice', 'NICE',
    'the National Institute for Health and Care Excellence: the body that advises which medicines the NHS in England pays for', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'NICE' AS form) f WHERE t.slug = 'nice';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('ntrk', 'NTRK',
    'a group of genes; a fusion of one of them can drive growth, and is very rare in breast cancer', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'NTRK' AS form) f WHERE t.slug = 'ntrk';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('oestrogen', 'Oestrogen',
    'a hormone that can help some breast cancers grow. Before menopause, the ovaries make most of it', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'oestrogen' AS form UNION ALL SELECT 'estrogen') f WHERE t.slug = 'oestrogen';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('osteonecrosis-jaw', 'Jaw bone damage',
    'a rare problem where part of the jaw bone loses its blood supply and is laid bare', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'osteonecrosis of the jaw' AS form UNION ALL SELECT 'jaw bone damage') f WHERE t.slug = 'osteonecrosis-jaw';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('ovarian-suppression', 'Ovarian suppression',
    'treatment to stop the ovaries from making oestrogen. It is often a jab each month', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'ovarian suppression' AS form UNION ALL SELECT 'ovarian function suppression') f WHERE t.slug = 'ovarian-suppression';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('ovaries', 'Ovaries',
    'two small organs in the pelvis. They make eggs. Before menopause, they make most of a woman''s oestrogen', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'ovaries' AS form UNION ALL SELECT 'ovary') f WHERE t.slug = 'ovaries';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('palliative-care', 'Palliative care',
    'care that eases symptoms and supports quality of life, at any stage of an illness', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'palliative care' AS form) f WHERE t.slug = 'palliative-care';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('parp-inhibitor', 'PARP inhibitor',
    'a tablet that stops cancer cells with a BRCA fault from repairing their DNA, so they die', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'PARP inhibitor' AS form UNION ALL SELECT 'PARP inhibitors') f WHERE t.slug = 'parp-inhibitor';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('pd-l1', 'PD-L1',
    'a protein that can stop the immune system from attacking cancer. A test on the tumour looks for it', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'PD-L1' AS form) f WHERE t.slug = 'pd-l1';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('pik3ca', 'PIK3CA',
    'a gene that helps control cell growth; changes in it are common in HR-positive breast cancer', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'PIK3CA' AS form) f WHERE t.slug = 'pik3ca';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('platelets', 'Platelets',
    'tiny blood cells that help the blood clot and stop bleeding', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'platelets' AS form UNION ALL SELECT 'platelet') f WHERE t.slug = 'platelets';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('pleural-effusion', 'Pleural effusion',
    'fluid that builds up between the lung and the chest wall, which can make breathing hard', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'pleural effusion' AS form UNION ALL SELECT 'pleural effusions') f WHERE t.slug = 'pleural-effusion';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('pleurodesis', 'Pleurodesis',
    'a treatment that seals the space between the lung and the chest wall, so fluid cannot build up there again', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'pleurodesis' AS form) f WHERE t.slug = 'pleurodesis';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('postmenopausal', 'Postmenopausal',
    'after menopause', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'postmenopausal' AS form) f WHERE t.slug = 'postmenopausal';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('premenopausal', 'Premenopausal',
    'before menopause, while the ovaries still make oestrogen', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'premenopausal' AS form) f WHERE t.slug = 'premenopausal';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('progesterone', 'Progesterone',
    'a hormone made by the ovaries; some breast cancer cells have receptors for it', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'progesterone' AS form) f WHERE t.slug = 'progesterone';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('pten', 'PTEN',
    'a gene that normally acts as a brake on cell growth; when it is lost, cells can grow unchecked', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'PTEN' AS form) f WHERE t.slug = 'pten';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('radiotherapy', 'Radiotherapy',
    'treatment with high-energy x-rays, aimed at one part of the body', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'radiotherapy' AS form UNION ALL SELECT 'radiation therapy') f WHERE t.slug = 'radiotherapy';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('ret', 'RET',
    'a gene; a fusion of it can drive cancer growth, and is very rare in breast cancer', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'RET' AS form) f WHERE t.slug = 'ret';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('serd', 'SERD',
    'a hormone drug that sticks to the oestrogen receptor and makes the cell break it down', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'SERD' AS form UNION ALL SELECT 'SERDs') f WHERE t.slug = 'serd';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('spinal-cord-compression', 'Spinal cord compression',
    'pressure on the spinal cord from cancer in the spine, which needs treatment at once', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'spinal cord compression' AS form UNION ALL SELECT 'metastatic spinal cord compression') f WHERE t.slug = 'spinal-cord-compression';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('stereotactic', 'Stereotactic radiotherapy',
    'very precise radiotherapy that gives a high dose to a small area', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'stereotactic radiotherapy' AS form UNION ALL SELECT 'stereotactic radiosurgery' UNION ALL SELECT 'stereotactic') f WHERE t.slug = 'stereotactic';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('steroids', 'Steroids',
    'drugs that reduce swelling, and can ease sickness and other symptoms', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'steroid' AS form UNION ALL SELECT 'steroids' UNION ALL SELECT 'corticosteroids') f WHERE t.slug = 'steroids';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('taxane', 'Taxane',
    'a group of chemotherapy drugs, such as paclitaxel and docetaxel', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'taxane' AS form UNION ALL SELECT 'taxanes') f WHERE t.slug = 'taxane';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('testosterone', 'Testosterone',
    'the main male hormone; the body can turn some of it into oestrogen', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'testosterone' AS form) f WHERE t.slug = 'testosterone';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('tmb-high', 'TMB-high',
    'a tumour with a large number of gene changes in its cells', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'TMB-H' AS form UNION ALL SELECT 'TMB-high' UNION ALL SELECT 'tumour mutational burden') f WHERE t.slug = 'tmb-high';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('triple-negative', 'Triple-negative',
    'cancer that is both HR-negative and HER2-negative', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'triple-negative' AS form UNION ALL SELECT 'TNBC') f WHERE t.slug = 'triple-negative';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('tumour', 'Tumour',
    'a lump or area of cancer cells', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'tumour' AS form UNION ALL SELECT 'tumours' UNION ALL SELECT 'tumor' UNION ALL SELECT 'tumors') f WHERE t.slug = 'tumour';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('tumour-agnostic', 'Tumour-agnostic',
    'approved for a gene change, whatever part of the body the cancer started in', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'tumour-agnostic' AS form UNION ALL SELECT 'tumour agnostic') f WHERE t.slug = 'tumour-agnostic';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('tyrosine-kinase-inhibitor', 'Tyrosine kinase inhibitor',
    'a tablet that blocks growth signals inside the cell', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'tyrosine kinase inhibitor' AS form UNION ALL SELECT 'tyrosine kinase inhibitors' UNION ALL SELECT 'TKI') f WHERE t.slug = 'tyrosine-kinase-inhibitor';

INSERT INTO glossary_term (slug, term, meaning, reviewed_on) VALUES ('white-blood-cells', 'White blood cells',
    'blood cells that fight infection; some treatments lower them for a time', DATE '2026-11-23');
INSERT INTO glossary_form (glossary_term_id, form) SELECT t.id, f.form FROM glossary_term t,
    (SELECT 'white blood cells' AS form UNION ALL SELECT 'white blood cell' UNION ALL SELECT 'neutropenia') f WHERE t.slug = 'white-blood-cells';
