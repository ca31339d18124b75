package org.annals.entities;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.annals.resources.TsvResource;

/** Per-language words that in-document coreference relies on (pronouns, demonstratives, "country"). */
public final class CoreferenceLexicon {

    /** The word classes listed in {@code coref/<lang>.tsv}. */
    public enum Kind { PERSON_PRONOUN, RELATIVE, DEMONSTRATIVE, COUNTRY_NOUN, GROUP_PRONOUN, DEMONSTRATIVE_PRONOUN, ETHNIC,
        THING_PRONOUN, BODY_NOUN, COMPASS, LED_BY, IMPERSONAL_VERB, TOPIC_NOUN, RELATIVE_PLACE }

    private static final Map<String, CoreferenceLexicon> CACHE = new ConcurrentHashMap<>();

    private final Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);

    private CoreferenceLexicon(String language) {
        for (Kind kind : Kind.values()) {
            words.put(kind, new HashSet<>());
        }
        for (String[] row : TsvResource.rows("coref/" + language + ".tsv")) {
            if (row.length >= 2) {
                words.get(Kind.valueOf(row[0].trim())).add(row[1].trim().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** The lexicon of a language (empty when we have none). */
    public static CoreferenceLexicon forLanguage(String language) {
        return CACHE.computeIfAbsent(language, CoreferenceLexicon::new);
    }

    public boolean is(Kind kind, String lemma) {
        return lemma != null && words.get(kind).contains(lemma.toLowerCase(Locale.ROOT));
    }
}
