package org.annals.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.kb.KnowledgeBases;
import org.annals.kb.RoleLearner;
import org.annals.kb.UserKbDirectory;
import org.annals.pipeline.AnnalsPipeline;

/**
 * One pipeline per test JVM: CoreNLP models are loaded once and shared by every slow test. The user KB
 * directory is a fresh temporary one, so tests never read or write the developer's ~/.annals.
 */
public final class SharedPipeline {

    private static volatile AnnalsPipeline pipeline;

    static {
        try {
            Path dir = Files.createTempDirectory("annals-test-kb");
            System.setProperty(UserKbDirectory.PROPERTY, dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SharedPipeline() {
    }

    /** The shared pipeline, also learning roles from the text into the same temporary user KB. */
    public static AnnalsPipeline learning() {
        return get().withLearner(new RoleLearner(KnowledgeBases.withUserData()));
    }

    public static AnnalsPipeline get() {
        if (pipeline == null) {
            synchronized (SharedPipeline.class) {
                if (pipeline == null) {
                    pipeline = AnnalsPipeline.standard();
                }
            }
        }
        return pipeline;
    }
}
