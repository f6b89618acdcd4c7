-- Broken on purpose: aromatase inhibitors lose their GnRH agent for men.
DELETE FROM drug_companion WHERE person = 'MALE';
