package org.annals.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;

/**
 * Factuality and attribution cues of one language, read from {@code lexicons/<lang>/cues.tsv}:
 * negation, hypothesis, future, reporting and desire. Immutable and shareable between threads.
 */
public final class CueLexicon {

    private static final Map<String, CueLexicon> CACHE = new ConcurrentHashMap<>();

    private final String language;
    private final List<CueEntry> entries;
    private final List<CueEntry> featureCues;
    private final SequenceMatcher<CueEntry> matcher;

    CueLexicon(String language, List<CueEntry> entries) {
        this.language = language;
        this.entries = List.copyOf(entries);
        this.featureCues = this.entries.stream().filter(CueEntry::featureOnly).toList();
        this.matcher = new SequenceMatcher<>(
                this.entries.stream().filter(e -> !e.featureOnly()).toList(), CueEntry::pattern, CueLexicon::fit);
    }

    /** The cues of {@code language} (ISO 639-1), loaded once; empty when the language has none. */
    public static CueLexicon forLanguage(String language) {
        String lang = language.toLowerCase(Locale.ROOT);
        return CACHE.computeIfAbsent(lang, l -> load(l, LexiconFile.path(l, "cues.tsv")));
    }

    /** ISO 639-1 code of the language. */
    public String language() {
        return language;
    }

    /** All entries in file order. */
    public List<CueEntry> entries() {
        return entries;
    }

    /**
     * The cues in {@code sentence}, in sentence order. Word cues never overlap each other; a token
     * may in addition carry a feature cue (a conditional verb that is also "pouvoir").
     */
    public List<CueMatch> find(Sentence sentence) {
        List<CueMatch> out = new ArrayList<>();
        for (SequenceMatcher.Found<CueEntry> f : matcher.find(sentence)) {
            out.add(new CueMatch(f.entry(), f.tokens(), f.head()));
        }
        for (Token t : sentence.tokens()) {
            for (CueEntry e : featureCues) {
                if (fit(e, t) >= 0) {
                    out.add(new CueMatch(e, List.of(t), t));
                }
            }
        }
        out.sort(Comparator.comparingInt(m -> m.tokens().get(0).index()));
        return out;
    }

    /** A cue's required tag and features must be present on its head. */
    private static int fit(CueEntry entry, Token head) {
        if (!entry.pos().isEmpty() && !entry.pos().equals(head.upos())) {
            return -1;
        }
        if (!entry.features().isEmpty()) {
            for (String feature : entry.features().split("\\|")) {
                int eq = feature.indexOf('=');
                if (eq < 0 || head.feats() == null
                        || !head.hasFeature(feature.substring(0, eq), feature.substring(eq + 1))) {
                    return -1;
                }
            }
        }
        return 0;
    }

    /** Reads a cues file. Columns: lemmas ("*" for any token), kind, head, features, pos. */
    static CueLexicon load(String language, String resource) {
        List<CueEntry> entries = new ArrayList<>();
        for (LexiconFile.Row row : LexiconFile.read(resource)) {
            if (row.fields().size() < 2) {
                throw row.error("expected at least 2 tab-separated columns: lemmas, kind");
            }
            try {
                String lemmas = row.field(0);
                LemmaPattern pattern = lemmas.equals("*") ? null : LemmaPattern.parse(lemmas, row.field(2));
                CueKind kind = CueKind.valueOf(row.field(1).toUpperCase(Locale.ROOT));
                entries.add(new CueEntry(pattern, kind, row.field(3), row.field(4).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        return new CueLexicon(language, entries);
    }
}
