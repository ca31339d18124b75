package org.annals.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** PLOVER categories whose sides are interchangeable when merging reports, read from {@code mutual-categories.tsv}. */
final class MutualCategories {

    private static final Set<String> CATEGORIES = load();

    private MutualCategories() {
    }

    static boolean contains(String plover) {
        return plover != null && CATEGORIES.contains(plover.toUpperCase(Locale.ROOT));
    }

    private static Set<String> load() {
        try (InputStream in = MutualCategories.class.getResourceAsStream("mutual-categories.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource mutual-categories.tsv");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split("\t")[0].toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
