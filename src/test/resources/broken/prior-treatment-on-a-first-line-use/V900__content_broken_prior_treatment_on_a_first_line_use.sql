-- Broken on purpose: a first-line use that needs an earlier treatment.
INSERT INTO indication_prior_treatment (indication_id, alternative_group, treatment)
SELECT id, 1, 'CHEMO' FROM indication WHERE code = 'abemaciclib-ai-first';
