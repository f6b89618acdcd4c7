-- Broken on purpose: a capecitabine regimen without capecitabine's boxed DPD warning.
DELETE FROM therapy_side_effect WHERE therapy_id = (SELECT id FROM therapy WHERE slug = 'tucatinib-trastuzumab-capecitabine')
  AND side_effect_id = (SELECT id FROM side_effect WHERE slug = 'dpd-deficiency');
