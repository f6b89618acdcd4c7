-- Pegylated liposomal doxorubicin (Caelyx), reviewed 2026-12-06: the warnings of its EU package leaflet, section 2,
-- beside the boxed warnings of the US label that V051 added (heart damage, with heart scans; drip reactions). Caelyx
-- is the EU licence this therapy rests on (V023: breast cancer in people at higher heart risk), so its leaflet is the
-- label that applies. Read, as V054 read the other EU leaflets, in a public copy of the EMA's electronic product
-- information (an HL7 FHIR test project, composition dated 2022), because the EMA's own pages could not be read with
-- our tools; cited through the Caelyx EPAR page (ema-epar-caelyx, V023). Recheck on the EMA page at the next review.
--   * Lung inflammation: interstitial lung disease has been seen with pegylated liposomal doxorubicin, including
--     deaths; its signs are cough and shortness of breath, sometimes with fever, not brought on by activity; get
--     medical help at once if they appear.
--   * Harm to an unborn baby: it may cause birth defects; women avoid pregnancy and use contraception during
--     treatment and for eight months after; men use contraception during treatment and for six months after.
--   * Sore mouth: the leaflet asks people to tell the doctor about sores, discolouration or discomfort in the mouth.
-- No test before starting is named in section 2 (the heart scan comes from the US boxed warning, V051).
-- Portable SQL (H2 2.x and PostgreSQL).

INSERT INTO drug_warning (drug_id, side_effect_id, boxed, test_before, source_id, reviewed_on)
SELECT d.id, e.id, FALSE, CAST(NULL AS VARCHAR(600)), s.id, DATE '2026-12-06'
FROM drug d, side_effect e, source s
WHERE d.name = 'pegylated liposomal doxorubicin' AND e.slug IN ('lung-inflammation', 'harm-in-pregnancy', 'mouth-sores')
  AND s.code = 'ema-epar-caelyx'
  AND NOT EXISTS (SELECT 1 FROM drug_warning x WHERE x.drug_id = d.id AND x.side_effect_id = e.id);

-- As V027: every regimen holding the drug lists each warning (NOT_STATED where it had no band) as serious.
INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious)
SELECT DISTINCT td.therapy_id, w.side_effect_id, 'NOT_STATED', TRUE FROM therapy_drug td JOIN drug_warning w ON w.drug_id = td.drug_id
WHERE NOT EXISTS (SELECT 1 FROM therapy_side_effect x WHERE x.therapy_id = td.therapy_id AND x.side_effect_id = w.side_effect_id);
UPDATE therapy_side_effect SET serious = TRUE
WHERE serious = FALSE AND EXISTS (SELECT 1 FROM therapy_drug td JOIN drug_warning w ON w.drug_id = td.drug_id
  WHERE td.therapy_id = therapy_side_effect.therapy_id AND w.side_effect_id = therapy_side_effect.side_effect_id);
