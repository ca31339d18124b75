package org.annals.entities;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;
import org.annals.kb.Body;
import org.annals.kb.KbCandidate;
import org.annals.kb.KnowledgeBase;
import org.annals.model.EntityType;
import org.annals.model.Span;

/**
 * Finds the state bodies a text names by a common phrase ("ministère des Affaires étrangères du Kazakhstan",
 * "Kazakhstan's Foreign Ministry", "el Ministerio de Defensa ruso") and the country each belongs to. The phrase is
 * one mention even where the tagger cut it into names ("Affaires étrangères du Kazakhstan" as a place).
 */
final class BodyMentions {

    /** Tokens in the longest phrase of the body lexicons, a country word inside it not counted. */
    private static final int LONGEST_PHRASE = 9;

    private final KnowledgeBase kb;
    private final Affiliations affiliations;

    BodyMentions(KnowledgeBase kb, Affiliations affiliations) {
        this.kb = kb;
        this.affiliations = affiliations;
    }

    /** A body phrase: its tokens, the body, and a country word found inside it ("ministère russe de la Défense"). */
    private record Phrase(int first, int last, Body body, String innerCountry) {
    }

    /**
     * Adds a mention for every body phrase of the sentence, replacing the name mentions found inside it unless one
     * is a known institution ("Russian Defence Ministry", "European Central Bank"), which keeps its name. A phrase
     * that is itself the name of a known institution ("ministère des Armées", "Home Office") links to it.
     */
    void find(String text, Sentence sentence, String lang, LocalDate date, boolean[] taken, List<Mention> out) {
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Phrase phrase = longestAt(text, sentence, i, lang);
            if (phrase == null || namedInstitutionOver(sentence, phrase.first(), phrase.last(), out)) {
                i++;
                continue;
            }
            int first = phrase.first();
            int last = phrase.last();
            String country = phrase.innerCountry();
            if (country == null && first > 0 && isCountryWord(tokens.get(first - 1), lang)) {
                first--; // "the Ukrainian Foreign Ministry"
                country = kb.countryOf(tokens.get(first).text(), lang).orElseThrow();
            }
            if (country == null && last + 1 < tokens.size() && isCountryWord(tokens.get(last + 1), lang)) {
                last++; // "el Ministerio de Defensa ruso"
                country = kb.countryOf(tokens.get(last).text(), lang).orElseThrow();
            }
            if (country == null) {
                int[] place = placeAfter(text, sentence, first, last, lang, true);
                if (place != null) {
                    last = place[0]; // "the Ministry of Foreign Affairs of Uzbekistan", "ministère ... du Kazakhstan"
                    country = placeCountry(text, sentence, place[1], place[0], lang);
                }
            }
            if (country == null) {
                // "Kazakhstan's Foreign Ministry", "das Außenministerium in Kiew": a modifier of the phrase.
                for (int k = phrase.first(); k <= phrase.last() && country == null; k++) {
                    country = affiliations.countryIn(sentence, tokens.get(k), lang).orElse(null);
                }
            }
            if (country == null) {
                int[] place = placeAfter(text, sentence, first, last, lang, false);
                if (place != null) {
                    last = place[0]; // "le ministère de l'Agriculture à Minsk", however the parser attached the town
                    country = placeCountry(text, sentence, place[1], place[0], lang);
                }
            }
            int from = first;
            int to = last;
            out.removeIf(m -> m.sentence() == sentence.index() && m.first() <= to && m.last() >= from);
            Span span = Span.of(text, tokens.get(first).start(), tokens.get(last).end());
            int head = MentionDetector.headOf(sentence, first, last);
            KbCandidate named = MentionDetector.link(kb, span.text(), lang, date);
            if (named != null && named.entity().type() == EntityType.ORGANIZATION) {
                out.add(new Mention(span, sentence.index(), first, last, head, MentionKind.NAME,
                        EntityType.ORGANIZATION, named, MentionDetector.countryOf(named),
                        MentionDetector.sectorOf(named), named.entity().id(), null));
            } else {
                out.add(new Mention(span, sentence.index(), first, last, head, MentionKind.NOMINAL, EntityType.GROUP,
                        null, country, phrase.body().sector(), "NOMINAL:"
                        + phrase.body().name().toLowerCase(Locale.ROOT) + ":" + (country == null ? "" : country),
                        null));
            }
            for (int k = first; k <= last; k++) {
                taken[k] = true;
            }
            i = last + 1;
        }
    }

    /** The longest body phrase starting at a token, country adjectives inside it set aside. */
    private Phrase longestAt(String text, Sentence sentence, int start, String lang) {
        List<Token> tokens = sentence.tokens();
        Token first = tokens.get(start);
        if (isFunctionWord(first) || !kb.startsBody(first.text(), lang) && !kb.startsBody(first.lemma(), lang)) {
            return null;
        }
        Predicate<Token> innerCountryWord = t -> t.index() > start && isCountryWord(t, lang);
        for (int end = Math.min(tokens.size() - 1, start + LONGEST_PHRASE); end >= start; end--) {
            if (isFunctionWord(tokens.get(end))) {
                continue;
            }
            Optional<Body> body = kb.bodyOf(MentionDetector.phraseText(text, tokens, start, end, innerCountryWord), lang);
            if (body.isEmpty() && start == end) {
                body = kb.bodyOf(first.lemma(), lang);
            }
            if (body.isPresent()) {
                String innerCountry = tokens.subList(start, end + 1).stream().filter(innerCountryWord).findFirst()
                        .flatMap(t -> kb.countryOf(t.text(), lang)).orElse(null);
                return new Phrase(start, end, body.get(), innerCountry);
            }
        }
        return null;
    }

    /** Whether a name the KB links to something other than a place overlaps the tokens. */
    private static boolean namedInstitutionOver(Sentence sentence, int first, int last, List<Mention> found) {
        for (Mention m : found) {
            if (m.sentence() == sentence.index() && m.first() <= last && m.last() >= first && m.link() != null
                    && m.link().entity().type() != EntityType.GPE && m.link().entity().type() != EntityType.LOCATION) {
                return true;
            }
        }
        return false;
    }

    /**
     * "of Uzbekistan", "du Kazakhstan", "de l'Ukraine" right after the phrase (any place unless {@code countriesOnly}),
     * or a place attached to it with no preposition ("Staatsanwaltschaft Moskau"): {last token, first name token}.
     */
    private int[] placeAfter(String text, Sentence sentence, int phraseFirst, int phraseLast, String lang,
                             boolean countriesOnly) {
        List<Token> tokens = sentence.tokens();
        int k = phraseLast + 1;
        boolean preposition = false;
        while (k < tokens.size() && ("ADP".equals(tokens.get(k).upos()) || "DET".equals(tokens.get(k).upos()))) {
            preposition |= "ADP".equals(tokens.get(k).upos());
            k++;
        }
        int nameStart = k;
        while (k < tokens.size() && ("PROPN".equals(tokens.get(k).upos()) || MentionDetector.isNamed(tokens.get(k)))
                && !"PUNCT".equals(tokens.get(k).upos())) {
            k++;
        }
        if (k == nameStart || !preposition && !attachedTo(sentence, tokens.get(nameStart), phraseFirst, phraseLast)) {
            return null;
        }
        // "du Kazakhstan" belongs to the name; "à Minsk", "in Kiew" say where it sits and stay a place of their own
        // (the country is read from them all the same).
        String name = text.substring(tokens.get(nameStart).start(), tokens.get(k - 1).end());
        KbCandidate country = preposition && countriesOnly ? MentionDetector.link(kb, name, lang, null) : null;
        boolean belongs = preposition && countriesOnly ? country != null && kb.isCountry(country.entity())
                : placeCountry(text, sentence, nameStart, k - 1, lang) != null;
        return belongs ? new int[] {k - 1, nameStart} : null;
    }

    private static boolean attachedTo(Sentence sentence, Token name, int phraseFirst, int phraseLast) {
        Token head = sentence.head(name);
        return sentence.parsed() && head != null && head.index() >= phraseFirst && head.index() <= phraseLast;
    }

    private String placeCountry(String text, Sentence sentence, int first, int last, String lang) {
        List<Token> tokens = sentence.tokens();
        return affiliations.countryOfPlaceName(text.substring(tokens.get(first).start(), tokens.get(last).end()), lang)
                .orElse(null);
    }

    /**
     * A country adjective standing beside a body ("ukrainien", "argentina"); taggers call capitalized ones proper
     * nouns ("Turkish"), so a proper noun counts when it modifies.
     */
    private boolean isCountryWord(Token t, String lang) {
        boolean adjective = "ADJ".equals(t.upos())
                || "PROPN".equals(t.upos()) && t.baseRelation().equals("amod");
        return adjective && kb.countryOf(t.text(), lang).isPresent();
    }

    /** Words a body phrase neither starts nor ends with (wider than a name's: auxiliaries and particles too). */
    private static boolean isFunctionWord(Token t) {
        return switch (t.upos()) {
            case "DET", "ADP", "PUNCT", "CCONJ", "PRON", "AUX", "PART" -> true;
            default -> false;
        };
    }
}
