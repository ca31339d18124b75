package org.annals.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;
import org.annals.kb.Gazetteer;
import org.annals.kb.KbCandidate;
import org.annals.kb.KnowledgeBase;
import org.annals.model.EntityType;
import org.annals.model.Span;

/**
 * Reads whose side an actor is on from the words around it: the title phrase or apposition next to an unknown
 * name, the country words and organizations qualifying an agent noun, where a people named by a demonym lives.
 */
final class Affiliations {

    private final KnowledgeBase kb;
    private final Gazetteer gazetteer;

    Affiliations(KnowledgeBase kb, Gazetteer gazetteer) {
        this.kb = kb;
        this.gazetteer = gazetteer;
    }

    /** Country and sector from the title words just before a name, or in the apposition just after it. */
    TitleContext titleAround(String text, Sentence sentence, int first, int last, String lang) {
        String[] found = new String[2];
        List<Token> tokens = sentence.tokens();
        int from = first;
        for (int k = first - 1; k >= 0 && k >= first - 8; k--) {
            Token t = tokens.get(k);
            boolean linking = "ADP".equals(t.upos()) || "DET".equals(t.upos());
            // "l'ex-président du Kirghizistan X": "du" links two title words; "visit to Russia by X" does not.
            if (linking ? !titleNounBefore(tokens, k) : !absorbTitleWord(t, lang, found)) {
                break;
            }
            from = k;
        }
        while (from < first && ("ADP".equals(tokens.get(from).upos()) || "DET".equals(tokens.get(from).upos()))) {
            from++;
        }
        if (from < first) {
            Span phrase = Span.of(text, tokens.get(from).start(), tokens.get(first - 1).end());
            String country = found[0] != null ? found[0]
                    : organizationIn(text, sentence, from, first - 1, first, last, lang, null);
            return new TitleContext(phrase, country, found[1]);
        }
        if (last + 2 < tokens.size() && "PUNCT".equals(tokens.get(last + 1).upos())) {
            int to = last + 1;
            for (int k = last + 2; k < tokens.size() && k <= last + 8; k++) {
                if (!absorbTitleWord(tokens.get(k), lang, found)) {
                    break;
                }
                to = k;
            }
            if (to > last + 1) {
                return new TitleContext(Span.of(text, tokens.get(last + 2).start(), tokens.get(to).end()),
                        found[0], found[1]);
            }
        }
        return TitleContext.NONE;
    }

    /**
     * "A member of the Syrian parliament, Mohammed Mamoun,", "Kenzo Oshima, the United Nations Emergency Relief
     * Coordinator": the noun phrase a name is in apposition with says whose side the person is on, by a country
     * word or by the name of an organization in it.
     */
    TitleContext titleOfApposition(String text, Sentence sentence, int first, int last, int head, String lang,
                                           LocalDate date, TitleContext found) {
        Token name = sentence.tokens().get(head);
        Token other;
        if (name.baseRelation().equals("appos")) {
            other = sentence.head(name);
        } else {
            other = sentence.dependents(name, "appos").stream().findFirst().orElse(null);
        }
        if (other == null || !sentence.parsed()) {
            return found;
        }
        int[] extent = MentionDetector.subtree(sentence, other);
        List<Token> tokens = sentence.tokens();
        String country = null;
        String sector = found.sector();
        for (int k = extent[0]; k <= extent[1] && country == null; k++) {
            Token t = tokens.get(k);
            if (k >= first && k <= last) {
                continue; // the name's own words
            }
            country = kb.countryOf(t.text(), lang).orElse(null);
            if (sector == null && "NOUN".equals(t.upos())) {
                sector = kb.sectorOf(t.lemma(), lang).orElse(null);
            }
        }
        if (country == null) {
            country = organizationIn(text, sentence, extent[0], extent[1], first, last, lang, date);
        }
        if (country == null) {
            return found;
        }
        return new TitleContext(Span.of(text, tokens.get(extent[0]).start(), tokens.get(extent[1]).end()), country,
                sector);
    }

    /**
     * The country code (IGO for international bodies) of the first known organization named by a run of capitalized
     * words in tokens {@code from..to}, outside the name {@code first..last}: "the United Nations Emergency Relief
     * Coordinator", "Arab League Secretary General".
     */
    private String organizationIn(String text, Sentence sentence, int from, int to, int first, int last, String lang,
                                  LocalDate date) {
        List<Token> tokens = sentence.tokens();
        for (int k = from; k <= to; k++) {
            if (!"PROPN".equals(tokens.get(k).upos()) || k >= first && k <= last) {
                continue;
            }
            int end = k;
            while (end + 1 <= to && "PROPN".equals(tokens.get(end + 1).upos()) && (end + 1 < first || end + 1 > last)) {
                end++;
            }
            for (int e = end; e >= k; e--) { // the longest run from here that names a known organization
                String name = text.substring(tokens.get(k).start(), tokens.get(e).end());
                KbCandidate org = MentionDetector.link(kb, name, lang, date);
                if (org != null && org.entity().type() == EntityType.ORGANIZATION) {
                    return MentionDetector.countryOf(org);
                }
            }
            k = end;
        }
        return null;
    }

    /** Whether the nearest word left of {@code k} that is not a preposition or article belongs to a title. */
    private static boolean titleNounBefore(List<Token> tokens, int k) {
        for (int i = k - 1; i >= 0; i--) {
            String upos = tokens.get(i).upos();
            if (!upos.equals("ADP") && !upos.equals("DET")) {
                return upos.equals("NOUN") || upos.equals("ADJ");
            }
        }
        return false;
    }

    /** Takes a country or sector from a word of a title phrase; false at the end of the phrase. */
    private boolean absorbTitleWord(Token t, String lang, String[] found) {
        switch (t.upos()) {
            case "VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "ADP", "PRON", "NUM", "DET" -> {
                return false;
            }
            default -> { }
        }
        if (found[0] == null) {
            found[0] = kb.countryOf(t.text(), lang).orElse(null);
        }
        if (found[1] == null) {
            found[1] = kb.sectorOf(t.lemma(), lang).orElse(null);
        }
        return true;
    }

    /**
     * "President Bush" with no date: the name stays unlinked (father or son), but when every equally good
     * candidate acts for one country, that country is known.
     */
    String countryOfAmbiguousName(String surface, String lang, LocalDate date) {
        List<KbCandidate> candidates = kb.lookup(surface, lang, date);
        if (candidates.size() < 2 || candidates.get(0).score() < MentionDetector.LINK_THRESHOLD) {
            return null;
        }
        double best = candidates.get(0).score();
        String country = MentionDetector.countryOf(candidates.get(0));
        for (KbCandidate c : candidates) {
            if (c.score() >= best && !Objects.equals(MentionDetector.countryOf(c), country)) {
                return null;
            }
        }
        return country;
    }

    /**
     * The country a people named by nationality is placed in: "the Albanians of southern Serbia", "ethnic Turks
     * in Sweden" live in that country; an "ethnic" people named nowhere has none; otherwise the nationality's.
     */
    String residence(Sentence sentence, Token people, String nationality, String lang) {
        for (Token d : sentence.dependents(people, "nmod")) {
            Optional<String> place = kb.countryOf(d.text(), lang);
            if (place.isPresent() && !d.deprel().equals("nmod:poss")) {
                return place.get();
            }
        }
        return isEthnic(sentence, people, lang) ? null : nationality;
    }

    private static boolean isEthnic(Sentence sentence, Token people, String lang) {
        CoreferenceLexicon words = CoreferenceLexicon.forLanguage(lang);
        for (Token d : sentence.dependents(people, "amod", "nmod")) {
            if (words.is(CoreferenceLexicon.Kind.ETHNIC, d.lemma())) {
                return true;
            }
        }
        int before = people.index() - 1;
        return before >= 0 && words.is(CoreferenceLexicon.Kind.ETHNIC, sentence.tokens().get(before).lemma());
    }

    /**
     * The country a place name after an agent word gives ("de España", "du Kazakhstan", "Moskau"): a country word,
     * else a place the KB links, else the gazetteer's town.
     */
    Optional<String> countryOfPlaceName(String name, String lang) {
        return kb.countryOf(name, lang).or(() -> Optional.ofNullable(MentionDetector.link(kb, name, lang, null))
                        .filter(c -> c.entity().type() == EntityType.GPE || c.entity().type() == EntityType.LOCATION)
                        .map(MentionDetector::countryOf))
                .or(() -> gazetteer.countryOf(name, lang));
    }

    /** The country that adjectives or "of X" modifiers of a noun name: "Kazakh police", "autorités du Kazakhstan". */
    Optional<String> countryIn(Sentence sentence, Token noun, String lang) {
        if (sentence.parsed() && isEthnic(sentence, noun, lang)) {
            // "ethnic Albanian guerrillas in Macedonia": the adjective names a people, not a state.
            return sentence.dependents(noun, "nmod").stream()
                    .map(d -> kb.countryOf(d.text(), lang))
                    .flatMap(Optional::stream)
                    .findFirst();
        }
        List<Token> candidates = new ArrayList<>();
        if (sentence.parsed()) {
            // "opposition groups in Zimbabwe": a noun compounded into another shares that noun's modifiers.
            Token phraseHead = noun.baseRelation().equals("compound") && sentence.head(noun) != null
                    ? sentence.head(noun) : noun;
            for (Token holder : phraseHead == noun ? List.of(noun) : List.of(noun, phraseHead)) {
                for (Token d : sentence.dependents(holder)) {
                    String rel = d.baseRelation();
                    if (d.index() != noun.index() && (rel.equals("amod") || rel.equals("nmod")
                            || rel.equals("compound") || rel.equals("nmod:poss"))) {
                        candidates.add(d);
                    }
                }
            }
        } else {
            List<Token> tokens = sentence.tokens();
            if (noun.index() > 0) {
                candidates.add(tokens.get(noun.index() - 1));
            }
            if (noun.index() + 1 < tokens.size()) {
                candidates.add(tokens.get(noun.index() + 1));
            }
        }
        for (Token c : candidates) {
            Optional<String> country = countryOfWord(sentence, c, lang).or(() -> ledBy(sentence, c, lang));
            if (country.isPresent()) {
                return country;
            }
        }
        for (Token c : candidates) {
            // "the Bush administration", "Putin's government": a leader's name stands for the leader's country.
            boolean ownerOrCompound = c.deprel().equals("nmod:poss") || c.baseRelation().equals("compound");
            if (ownerOrCompound && "PROPN".equals(c.upos())) {
                Optional<String> leader = kb.lookup(c.text(), lang, null).stream().findFirst()
                        .filter(k -> k.entity().type() == EntityType.PERSON
                                && k.score() >= MentionDetector.LINK_THRESHOLD)
                        .map(k -> k.entity().country());
                if (leader.isPresent()) {
                    return leader;
                }
            }
            if (ownerOrCompound || c.baseRelation().equals("nmod") && "PROPN".equals(c.upos())) {
                // "top al-Qaeda leaders", "NATO officials", "un responsable de la Maison Blanche": members of a known
                // organization act for it.
                KbCandidate org = MentionDetector.link(kb, nameAt(sentence, c), lang, null);
                if (org != null && org.entity().type() == EntityType.ORGANIZATION
                        && MentionDetector.countryOf(org) != null) {
                    return Optional.of(MentionDetector.countryOf(org));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The country a modifier names; a multiword place is read whole ("Northern Ireland" is British, not Irish), by the
     * KB and then the gazetteer.
     */
    private Optional<String> countryOfWord(Sentence sentence, Token word, String lang) {
        int from = word.index();
        for (Token d : sentence.dependents(word, "compound", "flat")) {
            if ("PROPN".equals(d.upos()) && d.index() < from) {
                from = d.index();
            }
        }
        if (from == word.index() || !sentence.parsed()) {
            return kb.countryOf(word.text(), lang);
        }
        StringBuilder name = new StringBuilder();
        for (int k = from; k <= word.index(); k++) {
            Token t = sentence.tokens().get(k);
            if (k > from && t.start() > sentence.tokens().get(k - 1).end()) {
                name.append(' ');
            }
            name.append(t.text());
        }
        String whole = name.toString();
        return kb.countryOf(whole, lang).or(() -> gazetteer.countryOf(whole, lang));
    }

    /** The name a proper noun heads, with the proper nouns and adjectives that continue it ("Maison Blanche"). */
    private static String nameAt(Sentence sentence, Token word) {
        int last = word.index();
        for (Token d : sentence.dependents(word, "flat", "compound", "amod", "fixed")) {
            if (d.index() == last + 1 && Character.isUpperCase(d.text().codePointAt(0))) {
                last = d.index();
            }
        }
        Token end = sentence.tokens().get(last);
        StringBuilder name = new StringBuilder(word.text());
        for (int k = word.index() + 1; k <= end.index(); k++) {
            name.append(' ').append(sentence.tokens().get(k).text());
        }
        return name.toString();
    }

    /**
     * "Vietnamese-led forces", "US-geführte Koalition": a force led by a country acts for it, whether the tokenizer
     * keeps the word whole or splits it into the country word, a hyphen and the participle.
     */
    private Optional<String> ledBy(Sentence sentence, Token word, String lang) {
        CoreferenceLexicon words = CoreferenceLexicon.forLanguage(lang);
        String text = word.text();
        int hyphen = text.lastIndexOf('-');
        String after = hyphen > 0 ? text.substring(hyphen + 1).toLowerCase(Locale.ROOT) : "";
        if (hyphen > 0 && words.is(CoreferenceLexicon.Kind.LED_BY, after)) {
            return kb.countryOf(text.substring(0, hyphen), lang);
        }
        if (words.is(CoreferenceLexicon.Kind.LED_BY, text.toLowerCase(Locale.ROOT))) {
            for (Token d : sentence.dependents(word)) {
                Optional<String> country = kb.countryOf(d.text(), lang);
                if (country.isPresent()) {
                    return country;
                }
            }
        }
        return Optional.empty();
    }
}
