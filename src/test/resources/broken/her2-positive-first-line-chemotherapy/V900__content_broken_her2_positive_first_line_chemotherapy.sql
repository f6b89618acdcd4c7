-- Broken on purpose: chemotherapy without a HER2 drug offered first for HER2-positive cancer.
UPDATE indication SET her2_positive = TRUE WHERE code = 'gemcitabine-paclitaxel-first';
