package org.annals.entities;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.annals.analysis.Token;
import org.annals.resources.TsvResource;

/** Per-language words that in-document coreference relies on (pronouns, demonstratives, "country"). */
public final class CoreferenceLexicon {

    /** The word classes listed in {@code coref/<lang>.tsv}. */
    public enum Kind { PERSON_PRONOUN, RELATIVE, DEMONSTRATIVE, COUNTRY_NOUN, GROUP_PRONOUN, DEMONSTRATIVE_PRONOUN, ETHNIC,
        THING_PRONOUN, BODY_NOUN, COMPASS, LED_BY, IMPERSONAL_VERB, TOPIC_NOUN, RELATIVE_PLACE,
        POSSESSIVE_PERSON, POSSESSIVE_THING, POSSESSIVE_GROUP, KIN_NOUN, RECEIVE_VERB }

    private static final Map<String, CoreferenceLexicon> CACHE = new ConcurrentHashMap<>();

    private final Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);

    /** The English word a third column gives a word of a kind ("famille" → "family"), keyed by kind and lemma. */
    private final Map<String, String> english = new HashMap<>();

    private CoreferenceLexicon(String language) {
        for (Kind kind : Kind.values()) {
            words.put(kind, new HashSet<>());
        }
        for (String[] row : TsvResource.rows("coref/" + language + ".tsv")) {
            if (row.length >= 2) {
                Kind kind = Kind.valueOf(row[0].trim());
                String lemma = row[1].trim().toLowerCase(Locale.ROOT);
                words.get(kind).add(lemma);
                if (row.length >= 3 && !row[2].isBlank()) {
                    english.put(kind + "\t" + lemma, row[2].trim());
                }
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

    /** Whether a token is a word of the kind, by its lemma or as written (lemmatizers leave some forms as they are). */
    public boolean isToken(Kind kind, Token token) {
        return is(kind, token.lemma()) || is(kind, token.text());
    }

    /** The English word the lexicon gives a word of a kind ("famille" → "family"), when it gives one. */
    public Optional<String> english(Kind kind, String lemma) {
        return lemma == null ? Optional.empty()
                : Optional.ofNullable(english.get(kind + "\t" + lemma.toLowerCase(Locale.ROOT)));
    }
}
