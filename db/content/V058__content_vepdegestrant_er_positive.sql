-- Vepdegestrant's recent-approval text said "hormone receptor positive"; the FDA notice it cites (V022,
-- fda-approval-vepdegestrant-2026) names ER-positive cancer, as V056 now says for imlunestrant with abemaciclib. A
-- cancer can be hormone receptor positive through the progesterone receptor alone, so the narrower words are the
-- right ones. Nothing else changes: the filter's nearest answer is still hormone receptor positive. Reviewed
-- 2026-12-06. Portable SQL (H2 2.x and PostgreSQL).
UPDATE recent_approval
SET for_whom = 'Approved in the US for adults with oestrogen receptor positive, HER2-negative cancer that has spread. A test must find a change in the ESR1 gene. It is for cancer that has grown after at least one hormone treatment. It comes as tablets.',
    reviewed_on = DATE '2026-12-06'
WHERE slug = 'vepdegestrant';
