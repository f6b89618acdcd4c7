-- Which uses (indications) each regulator or NICE decision covers. One therapy can have several uses, and a
-- decision often covers only some of them: NICE's managed access for trastuzumab deruxtecan is for HER2-positive
-- cancer, not for HER2-low. The results page shows, for each option, the decisions that cover the uses that fit
-- the reader, so a decision about one use is never shown as if it were about another.
CREATE TABLE approval_indication (
    approval_id    BIGINT NOT NULL,
    indication_id  BIGINT NOT NULL,
    CONSTRAINT pk_approval_indication PRIMARY KEY (approval_id, indication_id),
    CONSTRAINT fk_approval_indication_approval FOREIGN KEY (approval_id) REFERENCES approval (id),
    CONSTRAINT fk_approval_indication_indication FOREIGN KEY (indication_id) REFERENCES indication (id)
);

-- With decisions scoped to uses, a therapy can have two decisions in one region (one use recommended, another
-- not). The content check keeps each use to at most one decision per region instead.
ALTER TABLE approval DROP CONSTRAINT uk_approval_therapy_region;
