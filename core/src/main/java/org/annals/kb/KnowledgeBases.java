package org.annals.kb;

/** Access to the standard knowledge base, loaded once on first use. */
public final class KnowledgeBases {

    private KnowledgeBases() {
    }

    /** Holder idiom: the JVM loads the KB lazily and publishes it safely to all threads. */
    private static final class Standard {
        static final CuratedKnowledgeBase INSTANCE = new CuratedKnowledgeBase();
    }

    /** The curated KB from the classpath data files; loaded on first call, then shared. */
    public static CuratedKnowledgeBase standard() {
        return Standard.INSTANCE;
    }
}
