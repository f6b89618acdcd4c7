UPDATE glossary_term SET reviewed_on = DATE '2023-06-30' WHERE slug = (SELECT min(slug) FROM glossary_term);
UPDATE side_effect_action SET reviewed_on = DATE '2023-06-30'
WHERE urgency = 'CALL_NOW' AND side_effect_id = (SELECT id FROM side_effect WHERE slug = 'diarrhoea');
