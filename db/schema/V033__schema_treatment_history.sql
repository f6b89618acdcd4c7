-- Treatment history (the results' optional `had` answers). Treatment kinds, as the URL spells them lower-case:
-- ENDOCRINE, CDK46, CHEMO, TAXANE, ANTHRACYCLINE, TRASTUZUMAB, PERTUZUMAB, TDM1, TDXD, IMMUNOTHERAPY, PARP.
--
-- indication_prior_treatment: what the label says must have been given before this use. Rows with the same
-- alternative_group are alternatives ("any of"); every group must be met ("all of"). Only conditions the
-- kinds above can state in full are written here; the others stay in the indication's conditions text.
--
-- indication_not_after: for a first-line use, the kinds that, once had, put this use behind the person (the
-- label's "first hormone treatment", "no HER2 medicine for the spread cancer yet").
CREATE TABLE indication_prior_treatment (
    indication_id      BIGINT      NOT NULL,
    alternative_group  SMALLINT    NOT NULL,
    treatment          VARCHAR(16) NOT NULL,
    CONSTRAINT pk_indication_prior_treatment PRIMARY KEY (indication_id, alternative_group, treatment),
    CONSTRAINT fk_indication_prior_treatment_indication FOREIGN KEY (indication_id) REFERENCES indication (id),
    CONSTRAINT ck_indication_prior_treatment_treatment CHECK (treatment IN ('ENDOCRINE', 'CDK46', 'CHEMO', 'TAXANE',
        'ANTHRACYCLINE', 'TRASTUZUMAB', 'PERTUZUMAB', 'TDM1', 'TDXD', 'IMMUNOTHERAPY', 'PARP'))
);

CREATE TABLE indication_not_after (
    indication_id  BIGINT      NOT NULL,
    treatment      VARCHAR(16) NOT NULL,
    CONSTRAINT pk_indication_not_after PRIMARY KEY (indication_id, treatment),
    CONSTRAINT fk_indication_not_after_indication FOREIGN KEY (indication_id) REFERENCES indication (id),
    CONSTRAINT ck_indication_not_after_treatment CHECK (treatment IN ('ENDOCRINE', 'CDK46', 'CHEMO', 'TAXANE',
        'ANTHRACYCLINE', 'TRASTUZUMAB', 'PERTUZUMAB', 'TDM1', 'TDXD', 'IMMUNOTHERAPY', 'PARP'))
);
