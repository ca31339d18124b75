-- Version 3: stories, groups of articles about the same story across languages (derived; recomputed as a
-- whole by StoryClusterer after each merge).
CREATE TABLE stories (
    story_id        BIGINT PRIMARY KEY,
    first_published DATE,
    last_published  DATE,
    languages       VARCHAR,
    articles        INTEGER NOT NULL,
    sources         INTEGER NOT NULL,
    events          INTEGER NOT NULL,   -- merged events confirmed by its articles
    top_entities    VARCHAR,            -- most-mentioned resolved entities: "Name (articles); ..."
    title           VARCHAR             -- title of its earliest article that has one
);
CREATE TABLE story_articles (
    story_id   BIGINT NOT NULL,
    article_id VARCHAR NOT NULL PRIMARY KEY
);
