UPDATE therapy SET reviewed_on = DATE '2023-06-30' WHERE slug = 'elacestrant';
