-- Sources for advice that is written once in the UI text (messages.properties) and shown on many pages, such as
-- the emergency box ("call your 24-hour line now if ..."). topic names the piece of advice; position orders its
-- sources as the pages list them; label is the short citation printed on paper ("NICE CG151").
CREATE TABLE advice_source (
    topic      VARCHAR(40) NOT NULL,
    source_id  BIGINT      NOT NULL,
    position   INT         NOT NULL,
    label      VARCHAR(80) NOT NULL,
    CONSTRAINT pk_advice_source PRIMARY KEY (topic, source_id),
    CONSTRAINT fk_advice_source_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT ck_advice_source_topic CHECK (topic IN ('EMERGENCY'))
);
