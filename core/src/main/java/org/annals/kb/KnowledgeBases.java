package org.annals.kb;

/** Access to the standard knowledge base, loaded once on first use. */
public final class KnowledgeBases {

    private KnowledgeBases() {
    }

    /** Holder idiom: the JVM loads the KB lazily and publishes it safely to all threads. */
    private static final class Standard {
        static final CuratedKnowledgeBase INSTANCE = new CuratedKnowledgeBase();
    }

    /** Same, for the curated KB with the user's overlays from the default directory. */
    private static final class WithUserData {
        static final LayeredKnowledgeBase INSTANCE = new LayeredKnowledgeBase(Standard.INSTANCE,
                UserKbDirectory.resolve());
    }

    /** The curated KB from the classpath data files; loaded on first call, then shared. */
    public static CuratedKnowledgeBase standard() {
        return Standard.INSTANCE;
    }

    /**
     * The curated KB plus the user's imported dictionaries and learned facts from the directory that
     * {@link UserKbDirectory#resolve()} names ({@code annals.kb.dir}, {@code ANNALS_KB_DIR}, {@code ~/.annals/kb});
     * loaded on first call, then shared.
     */
    public static LayeredKnowledgeBase withUserData() {
        return WithUserData.INSTANCE;
    }

    /** A fresh layered KB over the shared curated one, with the overlays of {@code directory}. */
    public static LayeredKnowledgeBase withUserData(UserKbDirectory directory) {
        return new LayeredKnowledgeBase(Standard.INSTANCE, directory);
    }
}
