-- The usual first choice first, with the guideline that says so. An editor sets, per indication:
-- 'PREFERRED'   usually offered first in this situation (a guideline recommends it over the others),
-- 'OTHER'       an option, with no guideline preference over the others,
-- 'SOME_PEOPLE' for selected people only (for example hormone therapy alone for HER2-positive cancer).
-- PREFERRED and SOME_PEOPLE rows cite the guideline (ESMO, NCCN, ASCO or NICE) in preference_source_id.
ALTER TABLE indication ADD COLUMN preference VARCHAR(12) DEFAULT 'OTHER' NOT NULL;
ALTER TABLE indication ADD CONSTRAINT ck_indication_preference CHECK (preference IN ('PREFERRED', 'OTHER', 'SOME_PEOPLE'));
ALTER TABLE indication ADD COLUMN preference_source_id BIGINT;
ALTER TABLE indication ADD CONSTRAINT fk_indication_preference_source FOREIGN KEY (preference_source_id) REFERENCES source (id);
