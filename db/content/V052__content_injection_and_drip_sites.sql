-- Sore injection site and a leaking drip, reviewed 2026-12-06. Until now one side effect, "Sore injection site",
-- stood both for the injections into a muscle or under the skin (fulvestrant, goserelin) and for vinorelbine's drip
-- site. The two need different actions: a sore buttock after fulvestrant can wait for the next visit; a drug leaking
-- out of the vein during or after a drip cannot (it can damage the skin). So the drip site becomes its own side
-- effect, vinorelbine's row moves to it, and doxorubicin, whose US label has a boxed warning on leaks from the vein
-- (extravasation and tissue necrosis), lists it too. Sources: the EU Faslodex package leaflet (EMA, cited through its
-- EPAR as V039 does; read, as there, in a public copy of the EMA's electronic product information, an HL7 FHIR test
-- project, because the EMA's own page could not be read with our tools: recheck it on the EMA page at the next
-- review); eviQ (Cancer Institute NSW), a care-advice host from this script; the doxorubicin label record (V019).
-- Portable SQL (H2 2.x and PostgreSQL).

INSERT INTO side_effect (slug, name, explanation)
SELECT 'drip-site-reaction', 'Sore or leaking drip site',
       'Pain, redness or swelling where the drip goes into the vein. If the drug leaks out of the vein, it can harm the skin around it, so a leak needs care at once.'
WHERE NOT EXISTS (SELECT 1 FROM side_effect WHERE slug = 'drip-site-reaction');

UPDATE therapy_side_effect SET side_effect_id = (SELECT id FROM side_effect WHERE slug = 'drip-site-reaction')
WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'vinorelbine')
  AND side_effect_id = (SELECT id FROM side_effect WHERE slug = 'injection-site-reaction');

-- checked 2026-12-06 (openFDA updated 2026-09-18): WARNING: CARDIOMYOPATHY, SECONDARY MALIGNANCIES, EXTRAVASATION AND
--   TISSUE NECROSIS, and SEVERE MYELOSUPPRESSION (source fda-label-doxorubicin-2026, V019).
INSERT INTO drug_warning (drug_id, side_effect_id, boxed, test_before, source_id, reviewed_on)
SELECT d.id, e.id, TRUE, NULL, s.id, DATE '2026-12-06'
FROM drug d, side_effect e, source s
WHERE d.name = 'doxorubicin' AND e.slug = 'drip-site-reaction' AND s.code = 'fda-label-doxorubicin-2026'
  AND NOT EXISTS (SELECT 1 FROM drug_warning x WHERE x.drug_id = d.id AND x.side_effect_id = e.id);
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious)
SELECT DISTINCT td.therapy_id, w.side_effect_id, 'NOT_STATED', TRUE FROM therapy_drug td JOIN drug_warning w ON w.drug_id = td.drug_id
WHERE NOT EXISTS (SELECT 1 FROM therapy_side_effect x WHERE x.therapy_id = td.therapy_id AND x.side_effect_id = w.side_effect_id);

-- checked 2026-12-06: eviQ patient information (R-CHOP21, a drip treatment): a drug leaking from where it goes into
--   the vein can cause serious injury: pain, stinging, swelling or redness at or near that place; tell your doctor or
--   nurse immediately if you get any of these during or after treatment. Read, as V042 and V048 read such pages, as
--   advice about the symptom, whatever the drug in the drip.
INSERT INTO source (code, url, title, publisher, published_on)
SELECT 'eviq-r-chop21-patient-information',
       'https://www.eviq.org.au/haematology-and-bmt/lymphoma/other-b-cell-lymphoma/70-r-chop21-rituximab-cyclophosphamide-doxorubici/patient-information',
       'R-CHOP21: patient information', 'eviQ (Cancer Institute NSW)', DATE '2026-12-06'
WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = 'eviq-r-chop21-patient-information');

INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'CALL_NOW',
       'During a drip or after it: pain, stinging, swelling or redness where the drip goes into your vein, or near it.',
       'Tell the nurse at once if you are still being treated. If you are at home, call your 24-hour cancer line now.',
       DATE '2026-12-06' FROM side_effect WHERE slug = 'drip-site-reaction';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'drip-site-reaction' AND a.urgency = 'CALL_NOW' AND s.code = 'eviq-r-chop21-patient-information';

-- Sore injection site (fulvestrant): checked 2026-12-06, the EU Faslodex package leaflet, section 4: tell your
--   doctor, pharmacist or nurse if you notice injection site reactions such as pain or inflammation (very common) or
--   bruising and bleeding where the injection went in (uncommon). Left out of this row on purpose: bleeding (after a
--   goserelin implant, bleeding inside the belly is a rare emergency, so "next visit" must not cover it), and the
--   leaflet's "sciatica" and sudden leg weakness lines (for someone with cancer in the bones they can be signs of
--   pressure on the spinal cord, which the emergency box covers as a call now).
INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT id, 'MENTION',
       'Pain, soreness or swelling where the injection went in. Sometimes a bruise there.',
       'Tell your team at your next visit or injection.',
       DATE '2026-12-06' FROM side_effect WHERE slug = 'injection-site-reaction';
INSERT INTO side_effect_action_source (side_effect_action_id, source_id) SELECT a.id, s.id FROM side_effect_action a JOIN side_effect e ON e.id = a.side_effect_id, source s WHERE e.slug = 'injection-site-reaction' AND a.urgency = 'MENTION' AND s.code = 'ema-epar-faslodex';
