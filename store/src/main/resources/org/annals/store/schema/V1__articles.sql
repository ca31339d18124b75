-- Version 1: articles as read and everything extracted from them (annals.v1), one row set per article.
-- Offsets are UTF-16 code units into articles.text (line endings normalized to \n).
CREATE TABLE articles (
    id           VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL UNIQUE,
    lang         VARCHAR,
    published    DATE,
    title        VARCHAR,
    url          VARCHAR,
    source       VARCHAR,
    origin       VARCHAR,
    text         VARCHAR NOT NULL,
    ingested_at  TIMESTAMP NOT NULL
);
CREATE TABLE entities (
    article_id VARCHAR NOT NULL,
    entity_id  VARCHAR NOT NULL,
    kb         VARCHAR,
    name       VARCHAR,
    type       VARCHAR,
    country    VARCHAR,
    sector     VARCHAR,
    code       VARCHAR,
    PRIMARY KEY (article_id, entity_id)
);
CREATE TABLE mentions (
    article_id   VARCHAR NOT NULL,
    entity_id    VARCHAR NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         VARCHAR,
    name_key     VARCHAR  -- spelling- and script-neutral key of the text (org.annals.kb.NameKey)
);
CREATE TABLE times (
    article_id   VARCHAR NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         VARCHAR,
    value        VARCHAR,
    type         VARCHAR,
    precision    VARCHAR
);
CREATE TABLE events (
    article_id     VARCHAR NOT NULL,
    event_id       VARCHAR NOT NULL,
    plover         VARCHAR NOT NULL,
    mode           VARCHAR,
    cameo          VARCHAR,
    goldstein      DOUBLE,
    quad_class     INTEGER,
    location       VARCHAR,
    date           VARCHAR,
    date_precision VARCHAR,
    date_first     DATE,
    date_last      DATE,
    factuality     VARCHAR NOT NULL,
    attribution    VARCHAR,
    confidence     DOUBLE,
    PRIMARY KEY (article_id, event_id)
);
-- Who took part: role is source, target, location or attribution; position keeps the order of the record.
CREATE TABLE event_arguments (
    article_id VARCHAR NOT NULL,
    event_id   VARCHAR NOT NULL,
    role       VARCHAR NOT NULL,
    position   INTEGER NOT NULL,
    entity_id  VARCHAR NOT NULL
);
-- The words behind an event: kind is trigger or sentence.
CREATE TABLE event_evidence (
    article_id   VARCHAR NOT NULL,
    event_id     VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         VARCHAR
);
