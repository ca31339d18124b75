package org.annals.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;

/**
 * Prepositions and case markers of one language with the argument roles they may introduce, read
 * from {@code lexicons/<lang>/markers.tsv}. A marker can have several roles ("à": target or
 * location); the argument engine picks one from the head noun (a place, a date, an actor).
 */
public final class CaseMarkers {

    private static final Map<String, CaseMarkers> CACHE = new ConcurrentHashMap<>();

    private final String language;
    private final Map<String, Set<ArgumentRole>> roles;
    private final Map<Map<String, Set<ArgumentRole>>, CaseMarkers> withReplaced = new ConcurrentHashMap<>();

    CaseMarkers(String language, Map<String, Set<ArgumentRole>> roles) {
        this.language = language;
        Map<String, Set<ArgumentRole>> copy = new LinkedHashMap<>();
        roles.forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(EnumSet.copyOf(v))));
        this.roles = Collections.unmodifiableMap(copy);
    }

    /** The markers of {@code language} (ISO 639-1), loaded once; empty when the language has none. */
    public static CaseMarkers forLanguage(String language) {
        String lang = language.toLowerCase(Locale.ROOT);
        return CACHE.computeIfAbsent(lang, l -> load(l, LexiconFile.path(l, "markers.tsv")));
    }

    /** ISO 639-1 code of the language. */
    public String language() {
        return language;
    }

    /**
     * The roles {@code marker} may introduce; empty when unknown.
     * Multiword markers are written with single spaces ("auprès de", "according to").
     */
    public Set<ArgumentRole> roles(String marker) {
        if (marker == null) {
            return Set.of();
        }
        return roles.getOrDefault(LemmaPattern.normalize(marker.trim()).replaceAll("\\s+", " "), Set.of());
    }

    /**
     * The roles of a case token, read together with the words UD attaches to it as "fixed" when they make a
     * known marker: fr "près de", "auprès de", "lors de" are parsed "près" + fixed "de".
     */
    public Set<ArgumentRole> roles(Sentence sentence, Token caseToken) {
        StringBuilder phrase = new StringBuilder(caseToken.lemma() == null ? "" : caseToken.lemma());
        for (Token fixed : sentence.dependents(caseToken, "fixed")) {
            phrase.append(' ').append(fixed.lemma());
        }
        Set<ArgumentRole> whole = roles(phrase.toString());
        return whole.isEmpty() ? roles(caseToken.lemma()) : whole;
    }

    /** Whether the case token {@code caseToken}, with its fixed words, may introduce {@code role}. */
    public boolean marks(Sentence sentence, Token caseToken, ArgumentRole role) {
        return roles(sentence, caseToken).contains(role);
    }

    /** Whether {@code marker} may introduce {@code role}. */
    public boolean marks(String marker, ArgumentRole role) {
        return roles(marker).contains(role);
    }

    /** All known markers. */
    public Set<String> markers() {
        return roles.keySet();
    }

    /**
     * These markers with some replaced: "exiger de X", "demand of X" make X the one asked, where "de" and "of"
     * otherwise mark an author. Returns this instance when {@code replaced} is empty.
     */
    public CaseMarkers replacing(Map<String, Set<ArgumentRole>> replaced) {
        if (replaced.isEmpty()) {
            return this;
        }
        // A handful of distinct replacements per language, asked for on every trigger that has one: made once.
        return withReplaced.computeIfAbsent(replaced, r -> {
            Map<String, Set<ArgumentRole>> merged = new LinkedHashMap<>(roles);
            merged.putAll(r);
            return new CaseMarkers(language, merged);
        });
    }

    /**
     * Parses replaced marker roles as a trigger lexicon writes them: {@code de=TARGET}, several pairs separated
     * by commas, several roles joined by "+" ({@code à=TARGET+LOCATION}).
     */
    public static Map<String, Set<ArgumentRole>> parseReplacements(String text) {
        Map<String, Set<ArgumentRole>> out = new LinkedHashMap<>();
        if (text == null || text.isBlank() || text.equals("-")) {
            return out;
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("marker roles must be written marker=ROLE: " + pair.trim());
            }
            Set<ArgumentRole> set = EnumSet.noneOf(ArgumentRole.class);
            for (String r : pair.substring(eq + 1).split("\\+")) {
                set.add(parseRole(r));
            }
            out.put(LemmaPattern.normalize(pair.substring(0, eq).trim()).replaceAll("\\s+", " "), set);
        }
        return out;
    }

    private static ArgumentRole parseRole(String name) {
        try {
            return ArgumentRole.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role " + name.trim());
        }
    }

    /** Reads a markers file. Columns: marker, roles (comma-separated). */
    static CaseMarkers load(String language, String resource) {
        Map<String, Set<ArgumentRole>> roles = new LinkedHashMap<>();
        for (LexiconFile.Row row : LexiconFile.read(resource)) {
            if (row.fields().size() < 2) {
                throw row.error("expected 2 tab-separated columns: marker, roles");
            }
            String marker = LemmaPattern.normalize(row.field(0)).replaceAll("\\s+", " ");
            List<ArgumentRole> list = new ArrayList<>();
            for (String r : row.field(1).split(",")) {
                try {
                    list.add(parseRole(r));
                } catch (IllegalArgumentException e) {
                    throw row.error(e.getMessage());
                }
            }
            roles.computeIfAbsent(marker, k -> EnumSet.noneOf(ArgumentRole.class)).addAll(list);
        }
        return new CaseMarkers(language, roles);
    }
}
