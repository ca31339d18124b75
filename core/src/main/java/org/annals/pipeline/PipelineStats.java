package org.annals.pipeline;

import java.util.concurrent.atomic.LongAdder;

/** Counts of what the pipeline processed, across threads: articles, tokens, sentences, parsed sentences. */
public final class PipelineStats {

    private final LongAdder articles = new LongAdder();
    private final LongAdder characters = new LongAdder();
    private final LongAdder tokens = new LongAdder();
    private final LongAdder sentences = new LongAdder();
    private final LongAdder parsed = new LongAdder();
    private final LongAdder events = new LongAdder();

    void record(int chars, int tokenCount, int sentenceCount, int parsedCount, int eventCount) {
        articles.increment();
        characters.add(chars);
        tokens.add(tokenCount);
        sentences.add(sentenceCount);
        parsed.add(parsedCount);
        events.add(eventCount);
    }

    public long articles() {
        return articles.sum();
    }

    public long characters() {
        return characters.sum();
    }

    public long tokens() {
        return tokens.sum();
    }

    public long sentences() {
        return sentences.sum();
    }

    public long parsedSentences() {
        return parsed.sum();
    }

    public long events() {
        return events.sum();
    }

    public void reset() {
        articles.reset();
        characters.reset();
        tokens.reset();
        sentences.reset();
        parsed.reset();
        events.reset();
    }
}
