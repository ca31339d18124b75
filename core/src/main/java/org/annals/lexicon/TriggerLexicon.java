package org.annals.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;
import org.annals.ontology.CameoCode;
import org.annals.ontology.CameoOntology;

/**
 * The event triggers of one language, read from {@code lexicons/<lang>/triggers.tsv}, and their
 * matching on analyzed sentences. Instances are immutable and safe to share between threads.
 */
public final class TriggerLexicon {

    private static final Map<String, TriggerLexicon> CACHE = new ConcurrentHashMap<>();

    /**
     * A row of the file: a trigger, or a blocker (entry {@code null}), a phrase that codes nothing
     * but, being longer, keeps its trigger word from matching ("press release", "trade war").
     */
    private record Row(TriggerEntry entry, LemmaPattern pattern, String pos) {
    }

    private final String language;
    private final List<TriggerEntry> entries;
    private final SequenceMatcher<Row> matcher;

    private TriggerLexicon(String language, List<Row> rows) {
        this.language = language;
        this.entries = rows.stream().map(Row::entry).filter(e -> e != null).toList();
        this.matcher = new SequenceMatcher<>(rows, Row::pattern, (row, head) -> fit(row.pos(), head));
    }

    /** A lexicon of the given triggers, without blockers; for tests and programmatic lexicons. */
    public static TriggerLexicon of(String language, List<TriggerEntry> entries) {
        return new TriggerLexicon(language,
                entries.stream().map(e -> new Row(e, e.pattern(), e.pos())).toList());
    }

    /** The lexicon of {@code language} (ISO 639-1), loaded once; empty when the language has none. */
    public static TriggerLexicon forLanguage(String language) {
        String lang = language.toLowerCase(Locale.ROOT);
        return CACHE.computeIfAbsent(lang, l -> load(l, LexiconFile.path(l, "triggers.tsv")));
    }

    /** Whether a trigger lexicon exists for {@code language}. */
    public static boolean supports(String language) {
        return !forLanguage(language).entries.isEmpty();
    }

    /** ISO 639-1 code of the language. */
    public String language() {
        return language;
    }

    /** All entries in file order. */
    public List<TriggerEntry> entries() {
        return entries;
    }

    /**
     * Cheap test, usable before parsing (needs lemmas or just token text): whether some token is
     * the head form of some trigger. False means {@link #find} returns nothing.
     */
    public boolean mayHaveTrigger(Sentence sentence) {
        return matcher.mayMatch(sentence);
    }

    /** The triggers in {@code sentence}: longest first, never overlapping, in sentence order. */
    public List<TriggerMatch> find(Sentence sentence) {
        List<TriggerMatch> out = new ArrayList<>();
        for (SequenceMatcher.Found<Row> f : matcher.find(sentence)) {
            if (f.entry().entry() != null) {
                out.add(new TriggerMatch(f.entry().entry(), f.tokens(), f.head()));
            }
        }
        return out;
    }

    /**
     * Exact POS agreement fits best; a participle tagged ADJ still fits a VERB entry, a PROPN a NOUN
     * entry; an untagged token is accepted; a clashing tag is rejected ("strike" VERB vs NOUN).
     */
    private static int fit(String pos, Token head) {
        String upos = head.upos() == null ? "" : head.upos();
        if (upos.equals(pos)) {
            return 2;
        }
        if (pos.equals("VERB") && upos.equals("ADJ")) {
            return head.feats() != null && head.hasFeature("VerbForm", "Part") ? 1 : -1;
        }
        if (pos.equals("NOUN") && upos.equals("PROPN")) {
            return 1;
        }
        return upos.isEmpty() || upos.equals("X") ? 0 : -1;
    }

    /**
     * Reads a triggers file. Columns: lemmas, pos, cameo, mode, frame, head, marker roles (see the file header).
     * The PLOVER category comes from the CAMEO code, so the two can never disagree; an empty mode
     * takes the mode of the CAMEO code.
     */
    static TriggerLexicon load(String language, String resource) {
        CameoOntology cameo = CameoOntology.standard();
        List<Row> rows = new ArrayList<>();
        for (LexiconFile.Row row : LexiconFile.read(resource)) {
            if (row.fields().size() < 5) {
                throw row.error("expected at least 5 tab-separated columns: lemmas, pos, cameo, mode, frame");
            }
            String pos = row.field(1).toUpperCase(Locale.ROOT);
            if (!pos.equals("VERB") && !pos.equals("NOUN") && !pos.equals("ADJ")) {
                throw row.error("pos must be VERB, NOUN or ADJ: " + row.field(1));
            }
            try {
                LemmaPattern pattern = LemmaPattern.parse(row.field(0), row.field(5));
                String code = row.field(2);
                if (code.isEmpty()) {
                    rows.add(new Row(null, pattern, pos));
                    continue;
                }
                if (!cameo.contains(code)) {
                    throw row.error("unknown CAMEO code " + code);
                }
                CameoCode cc = cameo.code(code).orElseThrow();
                if (!cc.hasPlover()) {
                    throw row.error("CAMEO code " + code + " has no PLOVER category");
                }
                TriggerEntry entry = new TriggerEntry(pattern, pos, code, cc.plover(),
                        row.field(3).isEmpty() ? cc.mode() : row.field(3), ArgumentFrame.parse(row.field(4)),
                        CaseMarkers.parseReplacements(row.field(6)));
                rows.add(new Row(entry, pattern, pos));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        return new TriggerLexicon(language, rows);
    }
}
