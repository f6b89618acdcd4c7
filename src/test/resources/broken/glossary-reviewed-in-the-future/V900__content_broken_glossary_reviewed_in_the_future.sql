UPDATE glossary_term SET reviewed_on = DATE '2027-03-01' WHERE slug = (SELECT min(slug) FROM glossary_term);
