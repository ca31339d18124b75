-- Version 2: one row per real-world event, merged across reports, and the reports behind each.
-- Both tables are derived from version 1's tables and recomputed as a whole by the event merger.
CREATE TABLE merged_events (
    merged_id      BIGINT PRIMARY KEY,
    plover         VARCHAR NOT NULL,
    cameo          VARCHAR,
    goldstein      DOUBLE,
    quad_class     INTEGER,
    source_actors  VARCHAR,
    target_actors  VARCHAR,
    source_names   VARCHAR,
    target_names   VARCHAR,
    source_code    VARCHAR,
    target_code    VARCHAR,
    source_country VARCHAR,
    target_country VARCHAR,
    source_sector  VARCHAR,
    target_sector  VARCHAR,
    location       VARCHAR,
    location_name  VARCHAR,
    date           VARCHAR,
    date_precision VARCHAR,
    date_first     DATE,
    date_last      DATE,
    mentions       INTEGER NOT NULL,
    articles       INTEGER NOT NULL,
    sources        INTEGER NOT NULL,
    languages      VARCHAR,
    first_reported DATE,
    first_ingested TIMESTAMP,
    source_url     VARCHAR
);
-- confirms is false for hypothetical, negated and future mentions: they are listed, never counted.
CREATE TABLE event_mentions (
    merged_id     BIGINT NOT NULL,
    article_id    VARCHAR NOT NULL,
    event_id      VARCHAR NOT NULL,
    factuality    VARCHAR NOT NULL,
    confirms      BOOLEAN NOT NULL,
    lang          VARCHAR,
    trigger_start INTEGER,
    trigger_end   INTEGER,
    trigger_text  VARCHAR
);
