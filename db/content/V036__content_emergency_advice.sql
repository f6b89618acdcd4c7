-- The emergency box (reviewed 2026-12-06). Its words are in messages.properties (emergency.*), written in our own
-- words; these are the pages they rest on.
-- checked 2026-12-06: NICE CG151 asks teams to tell people on cancer treatment how and when to call 24-hour
--   specialist advice and when to seek emergency care, and to treat suspected neutropenic sepsis as an emergency.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nice-cg151', 'https://www.nice.org.uk/guidance/cg151/chapter/1-recommendations',
       'Neutropenic sepsis: prevention and management in people with cancer (CG151): recommendations',
       'National Institute for Health and Care Excellence', DATE '2012-09-19'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nice-cg151');
-- checked 2026-12-06: NICE's information for the public: neutropenic sepsis is diagnosed with a low neutrophil
--   count and a temperature higher than 38 °C or signs of sepsis; the hospital treats it as an emergency.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nice-cg151-public', 'https://www.nice.org.uk/guidance/cg151/ifp/chapter/If-you-become-unwell-during-your-anticancer-treatment',
       'If you become unwell during your anticancer treatment (NICE information for the public, CG151)',
       'National Institute for Health and Care Excellence', DATE '2012-09-19'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nice-cg151-public');
-- checked 2026-12-06: an NHS cancer centre's advice to people on chemotherapy: a temperature below 36 °C with
--   feeling unwell, shivering or hot and cold sweats, breathlessness and confusion are signs to call its
--   24-hour hotline at once; chest pain or difficulty breathing: call 999. (Undated page: published_on = date checked.)
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'christie-infection-fever', 'https://www.christie.nhs.uk/patients-and-visitors/services/acute-oncology/infection-and-fever-advice',
       'Infection and fever advice', 'The Christie NHS Foundation Trust', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'christie-infection-fever');
-- checked 2026-12-06: NICE NG234 (replaces CG75): the symptoms of spinal metastases and of metastatic spinal cord
--   compression (back or neck pain, band-like pain, numbness or weakness in the limbs, bladder or bowel
--   problems) and that they need urgent assessment.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'nice-ng234', 'https://www.nice.org.uk/guidance/ng234/chapter/Recommendations',
       'Spinal metastases and metastatic spinal cord compression (NG234): recommendations',
       'National Institute for Health and Care Excellence', DATE '2023-09-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'nice-ng234');

INSERT INTO advice_source (topic, source_id, position, label) SELECT 'EMERGENCY', id, 1, 'NICE CG151' FROM source WHERE code = 'nice-cg151';
INSERT INTO advice_source (topic, source_id, position, label) SELECT 'EMERGENCY', id, 2, 'NICE CG151 for the public' FROM source WHERE code = 'nice-cg151-public';
INSERT INTO advice_source (topic, source_id, position, label) SELECT 'EMERGENCY', id, 3, 'The Christie NHS Foundation Trust' FROM source WHERE code = 'christie-infection-fever';
INSERT INTO advice_source (topic, source_id, position, label) SELECT 'EMERGENCY', id, 4, 'NICE NG234' FROM source WHERE code = 'nice-ng234';
