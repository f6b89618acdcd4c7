-- Treatment history, second look (reviewed 2026-12-06). A `had` answer means "given for the spread cancer, or the
-- cancer grew during or soon after it as treatment after surgery". Where an indication's checked condition text
-- asks for a treatment given *for the spread cancer only*, a `had` answer cannot tell, so "met" could be wrong;
-- those rows go, and the option reports "unknown" (its text still says the condition):
--   abemaciclib on its own ("after chemotherapy given for the spread cancer"),
--   datopotamab deruxtecan for HR-positive cancer ("chemotherapy for the cancer that has spread"),
--   tucatinib with trastuzumab and capecitabine ("at least one HER2 treatment for the spread cancer"),
--   trastuzumab deruxtecan for HR-positive HER2-low or ultralow ("that hormone therapy was for the spread cancer").
-- Gemcitabine with paclitaxel as a first chemotherapy follows chemotherapy given after surgery (an anthracycline),
-- so chemotherapy had does not put it behind someone: its not-after row goes too.
-- Portable SQL (H2 2.x and PostgreSQL).
DELETE FROM indication_prior_treatment WHERE indication_id IN (SELECT id FROM indication WHERE code IN (
    'abemaciclib-alone-later', 'datopotamab-deruxtecan-hr-positive-later',
    'tucatinib-trastuzumab-capecitabine-her2pos-later', 'trastuzumab-deruxtecan-hrpos-her2low-ultralow-after-endocrine'));
DELETE FROM indication_not_after WHERE indication_id = (SELECT id FROM indication WHERE code = 'gemcitabine-paclitaxel-first');
