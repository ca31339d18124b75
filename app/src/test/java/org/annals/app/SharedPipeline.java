package org.annals.app;

import org.annals.pipeline.AnnalsPipeline;

/** One pipeline per test JVM: CoreNLP models are loaded once and shared by every slow test. */
public final class SharedPipeline {

    private static volatile AnnalsPipeline pipeline;

    private SharedPipeline() {
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
