package org.annals.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.analysis.Analysis;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;
import org.annals.kb.Gazetteer;
import org.annals.kb.KbCandidate;
import org.annals.kb.KnowledgeBase;
import org.annals.kb.NameKey;
import org.annals.model.EntityType;
import org.annals.model.Span;

/**
 * Finds the mentions of actors and places in an analysed text: names (from NER and proper-noun runs
 * the knowledge base knows), role and agent noun phrases ("le dirigeant biélorusse", "Kazakh police"),
 * and pronouns and anaphoric noun phrases that coreference may resolve.
 */
public final class MentionDetector {

    /** Minimum KB score for a name to be linked: a surname alone known only from a learned role (about 0.59) passes. */
    static final double LINK_THRESHOLD = 0.55;

    /** The KB scores a country reached through an adjective or demonym (0.7) below this; names score higher. */
    private static final double DEMONYM_SCORE_CEILING = 0.75;

    /** Key prefix of a pronoun whose antecedent is the subject at the given token of its own sentence. */
    static final String SPEAKER_KEY = "ANAPHOR:SUBJECT:";

    private final KnowledgeBase kb;
    private final Gazetteer gazetteer;
    private final Affiliations affiliations;
    private final BodyMentions bodies;
    private final PlaceContext places;

    public MentionDetector(KnowledgeBase kb) {
        this(kb, Gazetteer.standard());
    }

    /**
     * @param gazetteer gives the country of a place NER tagged that the KB does not know ("Samarra"); it is
     *     never a source of mentions, so a town named like a word ("Police", "Mobile") makes no place
     */
    public MentionDetector(KnowledgeBase kb, Gazetteer gazetteer) {
        this.kb = kb;
        this.gazetteer = gazetteer;
        this.affiliations = new Affiliations(kb, gazetteer);
        this.bodies = new BodyMentions(kb, affiliations);
        this.places = new PlaceContext(gazetteer);
    }

    /** All mentions of the text, in text order. */
    public List<Mention> detect(String text, Analysis analysis, LocalDate date) {
        String lang = analysis.language();
        CoreferenceLexicon coref = CoreferenceLexicon.forLanguage(lang);
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : analysis.sentences()) {
            boolean[] taken = new boolean[sentence.tokens().size()];
            nameMentions(text, sentence, lang, date, taken, mentions);
            bodies.find(text, sentence, lang, date, taken, mentions);
            nominalMentions(text, sentence, lang, date, coref, taken, mentions);
        }
        mentions.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return places.settle(mentions, lang);
    }

    private void nameMentions(String text, Sentence sentence, String lang, LocalDate date,
                              boolean[] taken, List<Mention> out) {
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!isNamed(t) && !"PROPN".equals(t.upos())) {
                i++;
                continue;
            }
            // A run: proper nouns and NER-tagged tokens of one tag ("Xi" untagged + "Jinping" PERSON is one name).
            String tag = isNamed(t) ? t.ner() : "";
            int j = i;
            while (j + 1 < tokens.size()) {
                Token next = tokens.get(j + 1);
                boolean joins = isNamed(next) ? (tag.isEmpty() || tag.equals(next.ner())) : "PROPN".equals(next.upos());
                if (!joins) {
                    break;
                }
                if (tag.isEmpty() && isNamed(next)) {
                    tag = next.ner();
                }
                j++;
            }
            int first = i;
            // NER runs swallow neighbours: "le président kazakh Kassym-Jomart Tokaïev" tags "kazakh" too.
            // In scripts with case, a name starts with a capital.
            // ...unless the whole run is a known name written so ("al-Qaeda", "de Gaulle").
            boolean knownAsWritten = startsLowerCase(tokens.get(first)) && first < j
                    && link(text.substring(tokens.get(first).start(), tokens.get(j).end()), lang, date) != null;
            while (!knownAsWritten && first < j
                    && (isFunctionWord(tokens.get(first)) || startsLowerCase(tokens.get(first)))) {
                first++;
            }
            while (j > first && startsLowerCase(tokens.get(j)) && !isNamed(tokens.get(j))) {
                j--;
            }
            int runEnd = j; // words dropped below belong to no other name
            // "southeastern Serbia Friday", "the Fatah Party", "Ansa news agency": an untagged or generic word after
            // a name goes when the name alone is known.
            while (j > first && (!tag.isEmpty() && !isNamed(tokens.get(j)) && isNamed(tokens.get(j - 1))
                        || isGenericWord(tokens.get(j), lang))
                    && link(text.substring(tokens.get(first).start(), tokens.get(j).end()), lang, date) == null
                    && link(text.substring(tokens.get(first).start(), tokens.get(j - 1).end()), lang, date) != null) {
                j--;
            }
            // "President Obama", "US President Bill Clinton": titles and nationalities before a name are not
            // part of it (taggers often include them); they stay available as the name's title context.
            Mention m = institutionOfPlace(text, sentence, first, j, lang);
            while (m == null && first < j) {
                if (isTitleWord(tokens.get(first), lang)) {
                    first++;
                } else if (first + 1 < j && isTitlePhrase(tokens.get(first), tokens.get(first + 1), lang)) {
                    first += 2; // "Prime Minister Mahendra Chaudhry"
                } else {
                    break;
                }
            }
            if (m == null && !endsRolePhrase(text, sentence, first, j, lang)) {
                m = nameMention(text, sentence, first, j, tag, lang, date);
            }
            if (m != null) {
                out.add(m);
                for (int k = m.first(); k <= m.last(); k++) {
                    taken[k] = true;
                }
            }
            i = runEnd + 1;
        }
    }

    /**
     * "Gobierno de España", "Gouvernement du Mali": an agent word, a preposition and a place, tagged as one
     * name, is that agent of the place's country (not a name "de España").
     */
    private Mention institutionOfPlace(String text, Sentence sentence, int first, int last, String lang) {
        List<Token> tokens = sentence.tokens();
        if (last - first < 2 || !isFunctionWord(tokens.get(first + 1))) {
            return null;
        }
        Token agent = tokens.get(first);
        Optional<String> sector = kb.sectorOf(agent.text().toLowerCase(Locale.ROOT), lang)
                .or(() -> kb.sectorOf(agent.lemma(), lang));
        int place = first + 1;
        while (place < last && isFunctionWord(tokens.get(place))) {
            place++;
        }
        for (int k = place; k <= last; k++) {
            if (isFunctionWord(tokens.get(k))) {
                return null; // "Government of Mali in Paris": more than an agent and its place
            }
        }
        String placeName = text.substring(tokens.get(place).start(), tokens.get(last).end());
        Optional<String> country = affiliations.countryOfPlaceName(placeName, lang);
        if (sector.isEmpty() || country.isEmpty() || country.get() == null) {
            return null;
        }
        Span span = Span.of(text, agent.start(), tokens.get(last).end());
        if (kb.holderOf(span.text(), lang, null).isPresent()) {
            return null; // "President of France": a title, resolved to its holder elsewhere
        }
        return new Mention(span, sentence.index(), first, last, headOf(sentence, first, last), MentionKind.NOMINAL,
                EntityType.GROUP, null, country.get(), sector.get(),
                "NOMINAL:" + agent.lemma().toLowerCase(Locale.ROOT) + ":" + country.get(), null);
    }

    /**
     * "le ministre des Affaires étrangères", "the Minister of Foreign Affairs": capitalized words that end a role
     * phrase name the portfolio, not an organization; the role noun makes the mention.
     */
    private boolean endsRolePhrase(String text, Sentence sentence, int first, int last, String lang) {
        List<Token> tokens = sentence.tokens();
        // "le ministre ukrainien des Affaires étrangères": the country word is not part of the role.
        Predicate<Token> countryAdjective = t -> "ADJ".equals(t.upos()) && kb.countryOf(t.text(), lang).isPresent();
        for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
            if (kb.isRole(phraseText(text, tokens, k, last, countryAdjective), lang)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of tokens {@code from..to} as the text writes them, without the ones {@code skip} sets aside; a
     * contraction the tagger splits in two ("des" = "de" + "les", both with the text "des") is written once.
     */
    static String phraseText(String text, List<Token> tokens, int from, int to, Predicate<Token> skip) {
        StringBuilder phrase = new StringBuilder();
        int previousEnd = -1;
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            if (k > from && t.start() == tokens.get(k - 1).start() || skip.test(t)) {
                continue;
            }
            if (previousEnd >= 0 && t.start() > previousEnd) {
                phrase.append(' ');
            }
            phrase.append(text, t.start(), t.end());
            previousEnd = t.end();
        }
        return phrase.toString();
    }

    /**
     * The country of a place name the KB does not link: a known town or region ("Samarra"), or a compass word and a
     * country ("South Lebanon", "Northern Iraq").
     */
    private String countryOfPlace(String text, Sentence sentence, int first, int last, String lang) {
        List<Token> tokens = sentence.tokens();
        String name = text.substring(tokens.get(first).start(), tokens.get(last).end());
        Optional<String> country = kb.countryOf(name, lang).or(() -> gazetteer.countryOf(name, lang));
        if (country.isEmpty() && first < last && CoreferenceLexicon.forLanguage(lang)
                .is(CoreferenceLexicon.Kind.COMPASS, tokens.get(first).text().toLowerCase(Locale.ROOT))) {
            country = kb.countryOf(text.substring(tokens.get(first + 1).start(), tokens.get(last).end()), lang);
        }
        return country.orElse(null);
    }

    /** A common word naming a kind of body ("party", "group", "agency"), which news writes after a name. */
    private boolean isGenericWord(Token t, String lang) {
        String word = t.text().toLowerCase(Locale.ROOT);
        return kb.sectorOf(word, lang).isPresent()
                || CoreferenceLexicon.forLanguage(lang).is(CoreferenceLexicon.Kind.BODY_NOUN, word);
    }

    private boolean isTitlePhrase(Token a, Token b, String lang) {
        String phrase = (a.text() + " " + b.text()).toLowerCase(Locale.ROOT);
        return kb.sectorOf(phrase, lang).isPresent();
    }

    private boolean isTitleWord(Token t, String lang) {
        String word = t.text().toLowerCase(Locale.ROOT);
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0 && hyphen < word.length() - 1 && kb.sectorOf(word.substring(hyphen + 1), lang).isPresent()) {
            return true; // "ex-president", "Vice-President": a title joined to a prefix
        }
        return kb.sectorOf(word, lang).isPresent() || kb.sectorOf(t.lemma(), lang).isPresent()
                || (kb.countryOf(t.text(), lang).isPresent() && kb.lookup(t.text(), lang, null).isEmpty());
    }

    private static boolean startsLowerCase(Token t) {
        return !t.text().isEmpty() && Character.isLowerCase(t.text().codePointAt(0));
    }

    static boolean isNamed(Token t) {
        return !"O".equals(t.ner()) && !t.ner().isEmpty();
    }

    /** Whether a token fills an argument slot of a clause (subject, object, oblique, conjunct of one). */
    private static boolean isArgument(Token t) {
        String rel = t.baseRelation();
        return rel.equals("nsubj") || rel.equals("obj") || rel.equals("iobj") || rel.equals("obl")
                || rel.equals("conj") || (rel.equals("nmod") && !t.deprel().equals("nmod:poss"));
    }

    private static boolean isFunctionWord(Token t) {
        return switch (t.upos()) {
            case "DET", "ADP", "PUNCT", "CCONJ", "PRON" -> true;
            default -> false;
        };
    }

    private Mention nameMention(String text, Sentence sentence, int first, int last, String tag,
                                String lang, LocalDate date) {
        List<Token> tokens = sentence.tokens();
        Span span = Span.of(text, tokens.get(first).start(), tokens.get(last).end());
        String surface = span.text();
        if (surface.isBlank() || !Character.isLetter(surface.codePointAt(0))) {
            return null;
        }
        int head = headOf(sentence, first, last);
        int hyphen = surface.lastIndexOf('-');
        if (first == last && hyphen > 0 && kb.countryOf(surface.substring(hyphen + 1), lang).isPresent()) {
            return null; // "Franco-German relations", "Sino-Russian ties": a compound of nationalities qualifies
        }
        KbCandidate link = link(surface, lang, date);
        if (link != null && link.entity().type() == EntityType.PERSON && first == last
                && kb.countryOf(surface, lang).isPresent()) {
            link = null; // "German" is the nationality, not the surname of a Gherman reached by its spelling key
        }
        Token headWord = sentence.tokens().get(head);
        if (link != null && link.score() < DEMONYM_SCORE_CEILING && kb.isCountry(link.entity())
                && kb.countryOf(surface, lang).isPresent() && isArgument(headWord) && !"ADJ".equals(headWord.upos())) {
            link = null; // "ethnic Albanians", "the Palestinians": a people, which the demonym rules below place
        }
        if (link != null) {
            String country = countryOf(link);
            String sector = sectorOf(link);
            Span title = null;
            if (sector == null && link.entity().type() == EntityType.PERSON) {
                // "la porte-parole de la présidence française Catherine Colonna" in 1999: a known person holding no
                // known role at the date acts in the one the text gives.
                TitleContext context = titleOf(text, sentence, first, last, head, lang, date);
                country = context.country() != null ? context.country() : country;
                sector = context.sector();
                title = context.phrase();
            }
            return new Mention(span, sentence.index(), first, last, head, MentionKind.NAME,
                    link.entity().type(), link, country, sector, link.entity().id(), title);
        }
        Optional<String> demonymOf = kb.countryOf(surface, lang);
        if (demonymOf.isPresent() && !"LOCATION".equals(tag)) {
            Token headToken = sentence.tokens().get(head);
            if (isArgument(headToken) && !"ADJ".equals(headToken.upos())) {
                // "the Palestinians blamed Israel": a nationality used as a noun is the people of that country.
                String country = affiliations.residence(sentence, headToken, demonymOf.get(), lang);
                return new Mention(span, sentence.index(), first, last, head, MentionKind.NAME, EntityType.GROUP,
                        null, country, null, "demonym:" + demonymOf.get() + ":" + country, null);
            }
            // A nationality adjective tagged as a name ("Russian", "biélorusse") qualifies, it does not refer.
            return null;
        }
        Token headToken = sentence.tokens().get(head);
        Optional<String> headDemonym = Optional.empty();
        if (first < last && isArgument(headToken) && headToken.hasFeature("Number", "Plur")) {
            headDemonym = kb.countryOf(headToken.text(), lang)
                    .or(() -> kb.countryOf(tokens.get(first).text(), lang));
        }
        if (headDemonym.isPresent()) {
            // "Young Algerians": the nationality noun heads the name run; "Iraqi Kurds", "Bosnian Serbs": a
            // people named with the country they live in.
            String country = affiliations.residence(sentence, headToken, headDemonym.get(), lang);
            return new Mention(span, sentence.index(), first, last, head, MentionKind.NAME, EntityType.GROUP,
                    null, country, null, "demonym:" + headDemonym.get() + ":" + country, null);
        }
        Mention office = capitalizedTitle(text, sentence, first, last, head, lang, date);
        if (office != null) {
            return office;
        }
        EntityType type = switch (tag) {
            case "PERSON", "PER" -> EntityType.PERSON;
            case "LOCATION", "LOC", "GPE", "COUNTRY", "CITY" -> EntityType.LOCATION;
            case "ORGANIZATION", "ORG" -> EntityType.ORGANIZATION;
            default -> null;
        };
        if (type == null) {
            return null;
        }
        String country = type == EntityType.LOCATION ? countryOfPlace(text, sentence, first, last, lang) : null;
        TitleContext title = TitleContext.NONE;
        if (type == EntityType.PERSON) {
            // "Serbian President Vojislav Kostunica", "X, Algeria's leading activist": the title next to an
            // unknown name says whose side the person acts for.
            title = titleOf(text, sentence, first, last, head, lang, date);
            country = title.country() != null ? title.country()
                    : affiliations.countryOfAmbiguousName(surface, lang, date);
        }
        return new Mention(span, sentence.index(), first, last, head, MentionKind.NAME, type, null,
                country, title.sector(), fold(surface), title.phrase());
    }

    /** The title phrase before a person's name or in apposition to it, with the country and sector it gives. */
    private TitleContext titleOf(String text, Sentence sentence, int first, int last, int head, String lang,
                                 LocalDate date) {
        TitleContext title = affiliations.titleAround(text, sentence, first, last, lang);
        return title.country() != null ? title
                : affiliations.titleOfApposition(text, sentence, first, last, head, lang, date, title);
    }

    /**
     * "the US President", "the French Foreign Minister": a title written with capitals is tagged as a name (or as
     * a place); it refers to the holder at the date, or, without one, to that office of the country.
     */
    private Mention capitalizedTitle(String text, Sentence sentence, int first, int last, int head, String lang,
                                     LocalDate date) {
        Token headToken = sentence.tokens().get(head);
        if (!isArgument(headToken)) {
            return null;
        }
        // es "el Primer Ministro británico": parsers may make the first word of the title its head; but in "le Premier
        // ministre arménien Nikol Pachinian" the title belongs to the name that follows it.
        Optional<String> sector = Optional.empty();
        boolean named = nameFollows(sentence, last);
        int lastTitleWord = named ? head : last;
        for (int k = head; k <= lastTitleWord && sector.isEmpty(); k++) {
            Token word = sentence.tokens().get(k);
            sector = kb.sectorOf(word.text().toLowerCase(Locale.ROOT), lang)
                    .or(() -> kb.sectorOf(word.lemma().toLowerCase(Locale.ROOT), lang));
        }
        if (sector.isEmpty()) {
            return null;
        }
        Span span = Span.of(text, sentence.tokens().get(first).start(), sentence.tokens().get(last).end());
        Optional<KbCandidate> holder = kb.holderOf(span.text(), lang, date);
        if (holder.isPresent()) {
            KbCandidate h = holder.get();
            return new Mention(span, sentence.index(), first, last, head, MentionKind.NOMINAL, h.entity().type(), h,
                    countryOf(h), sectorOf(h), h.entity().id(), null);
        }
        String country = null;
        for (int k = first; k <= last && country == null; k++) {
            country = kb.countryOf(sentence.tokens().get(k).text(), lang).orElse(null);
        }
        // es "el Primer Ministro británico", fr "le Premier ministre britannique": the nationality follows the title.
        for (Token d : sentence.dependents(headToken, "amod")) {
            if (country == null && !named && d.index() > last) {
                country = kb.countryOf(d.text(), lang).orElse(null);
            }
        }
        if (country == null) {
            return null;
        }
        return new Mention(span, sentence.index(), first, last, head, MentionKind.NOMINAL, EntityType.GROUP, null,
                country, sector.get(), "NOMINAL:" + headToken.lemma().toLowerCase(Locale.ROOT) + ":" + country, null);
    }

    /** Whether a person's name comes right after token {@code last}, past any adjectives ("ministre arménien X"). */
    private static boolean nameFollows(Sentence sentence, int last) {
        List<Token> tokens = sentence.tokens();
        int next = last + 1;
        while (next < tokens.size() && "ADJ".equals(tokens.get(next).upos())) {
            next++;
        }
        return next < tokens.size() && Set.of("PERSON", "PER").contains(tokens.get(next).ner());
    }

    private KbCandidate link(String surface, String lang, LocalDate date) {
        return link(kb, surface, lang, date);
    }

    /** The KB entity a name links to: the best candidate, unless it scores too low or ties with another. */
    static KbCandidate link(KnowledgeBase kb, String surface, String lang, LocalDate date) {
        List<KbCandidate> candidates = kb.lookup(surface, lang, date);
        if (candidates.isEmpty() && surface.indexOf('.') > 0 && surface.indexOf(' ') < 0) {
            candidates = kb.lookup(surface.replace(".", ""), lang, date); // "U.N." is written "UN" too
        }
        if (candidates.isEmpty()) {
            return null;
        }
        KbCandidate best = candidates.get(0);
        if (best.score() < LINK_THRESHOLD) {
            return null;
        }
        if (candidates.size() > 1 && candidates.get(1).score() >= best.score()
                && !candidates.get(1).entity().id().equals(best.entity().id())) {
            return null; // ambiguous: better unlinked than wrong
        }
        return best;
    }

    private void nominalMentions(String text, Sentence sentence, String lang, LocalDate date,
                                 CoreferenceLexicon coref, boolean[] taken, List<Mention> out) {
        List<Token> tokens = sentence.tokens();
        for (Token t : tokens) {
            if (taken[t.index()]) {
                continue;
            }
            Mention speaker = speakerPronoun(text, sentence, t, coref, out);
            if (speaker != null) {
                out.add(speaker);
                continue;
            }
            if ("PRON".equals(t.upos()) && coref.is(CoreferenceLexicon.Kind.PERSON_PRONOUN, t.lemma())
                    && t.baseRelation().startsWith("nsubj")) {
                out.add(new Mention(Span.of(text, t.start(), t.end()), sentence.index(), t.index(), t.index(),
                        t.index(), MentionKind.PRONOUN, EntityType.PERSON, null, null, null, "PRONOUN", null));
                continue;
            }
            if (!"NOUN".equals(t.upos())) {
                continue;
            }
            int[] extent = nounPhrase(sentence, t, coref);
            Span span = Span.of(text, tokens.get(extent[0]).start(), tokens.get(extent[1]).end());
            if (coref.is(CoreferenceLexicon.Kind.COUNTRY_NOUN, t.lemma()) && hasDemonstrative(sentence, t, coref)
                    && affiliations.countryIn(sentence, t, lang).isEmpty()) {
                out.add(new Mention(Span.of(text, t.start(), t.end()), sentence.index(), t.index(), t.index(),
                        t.index(), MentionKind.NOMINAL, EntityType.GPE, null, null, null, "ANAPHOR:COUNTRY", null));
                continue;
            }
            // "his country", "son pays": the owner's country; "their countries" are more than one.
            Possessive ownedCountry = coref.is(CoreferenceLexicon.Kind.COUNTRY_NOUN, t.lemma())
                    && !t.hasFeature("Number", "Plur")
                    && affiliations.countryIn(sentence, t, lang).isEmpty() ? PossessivePhrases.possessiveOf(sentence, t, coref) : null;
            if (ownedCountry != null && !tokens.get(ownedCountry.token()).hasFeature("Number", "Plur")) {
                int[] owned = PossessivePhrases.ownedPhrase(sentence, t, ownedCountry);
                out.add(new Mention(Span.of(text, tokens.get(owned[0]).start(), tokens.get(owned[1]).end()),
                        sentence.index(), owned[0], owned[1], t.index(), MentionKind.NOMINAL, EntityType.GPE, null, null,
                        null, "NOMINAL:" + t.lemma() + ":", null, ownedCountry));
                markTaken(taken, owned);
                continue;
            }
            String phrase = span.text();
            Optional<KbCandidate> holder = kb.holderOf(phrase, lang, date);
            // The head noun must be what names the role: in "le service de presse du chef de l'État" the
            // title belongs to "chef", which gets its own mention.
            String withoutHead = (text.substring(span.start(), t.start()) + " " + text.substring(t.end(), span.end())).strip();
            if (holder.isPresent() && !withoutHead.isEmpty()
                    && kb.holderOf(withoutHead, lang, date).map(h -> h.entity().id())
                        .equals(Optional.of(holder.get().entity().id()))) {
                holder = Optional.empty();
            }
            if (holder.isPresent() && !hasNamedApposition(sentence, t, out)) {
                KbCandidate h = holder.get();
                out.add(new Mention(span, sentence.index(), extent[0], extent[1], t.index(), MentionKind.NOMINAL,
                        h.entity().type(), h, countryOf(h), sectorOf(h), h.entity().id(), null));
                markTaken(taken, extent);
                continue;
            }
            // The lemma, else the word as written ("people", which the English lemmatizer turns into "person").
            Optional<String> sector = kb.sectorOf(t.lemma(), lang)
                    .or(() -> kb.sectorOf(t.text().toLowerCase(Locale.ROOT), lang));
            if (sector.isPresent() && !hasNamedApposition(sentence, t, out)) {
                String country = affiliations.countryIn(sentence, t, lang).orElse(null);
                Possessive possessive = PossessivePhrases.possessiveOf(sentence, t, coref);
                if (possessive != null) {
                    // "sa famille de leurs positions": the owner already says whose the actor is, so a following
                    // "de/of" phrase is no part of it, most often an argument of the verb the parser hung on the noun.
                    extent = PossessivePhrases.ownedPhrase(sentence, t, possessive);
                    span = Span.of(text, tokens.get(extent[0]).start(), tokens.get(extent[1]).end());
                    // "sa police kazakhe" says its country; "ses troupes du Liban" are still the owner's.
                    country = null;
                    for (int k = extent[0]; k <= extent[1] && country == null; k++) {
                        if (k != t.index() && k != possessive.token()) {
                            country = kb.countryOf(tokens.get(k).text(), lang).orElse(null);
                        }
                    }
                }
                out.add(new Mention(span, sentence.index(), extent[0], extent[1], t.index(), MentionKind.NOMINAL,
                        EntityType.GROUP, null, country, sector.get(),
                        "NOMINAL:" + t.lemma() + ":" + (country == null ? "" : country), null, possessive));
                markTaken(taken, extent);
            }
        }
    }

    /**
     * "Switzerland said it had expelled...", "les rebelles ont affirmé qu'ils...": the subject pronoun of a
     * content clause stands for the subject of the verb that governs the clause, when the pronoun can refer
     * to that kind of actor. The parse, not distance, names the antecedent, so the rule is safe for countries
     * and organizations too.
     */
    private static Mention speakerPronoun(String text, Sentence sentence, Token pronoun, CoreferenceLexicon coref,
                                          List<Mention> found) {
        if (!"PRON".equals(pronoun.upos()) || !pronoun.deprel().equals("nsubj") && !isSubjectlessExpletive(sentence,
                pronoun, coref)) {
            return null;
        }
        Token clause = sentence.head(pronoun);
        Token governor = clause == null || !clause.baseRelation().equals("ccomp") ? null : sentence.head(clause);
        if (governor == null) {
            return null;
        }
        for (Token subject : sentence.dependents(governor, "nsubj")) {
            for (Mention m : found) {
                if (m.covers(sentence.index(), subject.index()) && canStandFor(pronoun, m.type(), coref)) {
                    return new Mention(Span.of(text, pronoun.start(), pronoun.end()), sentence.index(),
                            pronoun.index(), pronoun.index(), pronoun.index(), MentionKind.PRONOUN, m.type(), null,
                            null, null, SPEAKER_KEY + subject.index(), null);
                }
            }
        }
        return null;
    }

    /**
     * de "Japan erklärte, es habe ...": parsers label the neuter subject "es" of a clause with no subject as expletive;
     * a verb that takes a true expletive ("es gebe keine Angriffe") keeps it one.
     */
    private static boolean isSubjectlessExpletive(Sentence sentence, Token pronoun, CoreferenceLexicon coref) {
        Token clause = sentence.head(pronoun);
        return pronoun.deprel().equals("expl") && clause != null
                && !coref.is(CoreferenceLexicon.Kind.IMPERSONAL_VERB, clause.lemma())
                && sentence.dependents(clause).stream().noneMatch(d -> d.baseRelation().startsWith("nsubj"));
    }

    private static boolean canStandFor(Token pronoun, EntityType type, CoreferenceLexicon coref) {
        String lemma = pronoun.lemma();
        return switch (type) {
            case PERSON -> coref.is(CoreferenceLexicon.Kind.PERSON_PRONOUN, lemma);
            case GROUP -> coref.is(CoreferenceLexicon.Kind.GROUP_PRONOUN, lemma);
            case ORGANIZATION -> coref.is(CoreferenceLexicon.Kind.THING_PRONOUN, lemma)
                    || coref.is(CoreferenceLexicon.Kind.GROUP_PRONOUN, lemma);
            default -> coref.is(CoreferenceLexicon.Kind.THING_PRONOUN, lemma);
        };
    }

    private static void markTaken(boolean[] taken, int[] extent) {
        for (int k = extent[0]; k <= extent[1]; k++) {
            taken[k] = true;
        }
    }

    /** First and last token of the noun with its adjectives and "of X" modifiers (or just the noun when unparsed). */
    private static int[] nounPhrase(Sentence sentence, Token noun, CoreferenceLexicon coref) {
        int first = noun.index();
        int last = noun.index();
        int end = PossessivePhrases.verbArgumentAfter(sentence, noun, coref);
        for (Token d : sentence.dependents(noun)) {
            String rel = d.baseRelation();
            if (d.index() >= end) {
                continue;
            }
            if (rel.equals("amod") || rel.equals("nmod") || rel.equals("compound") || rel.equals("flat")) {
                int[] sub = subtree(sentence, d);
                first = Math.min(first, sub[0]);
                last = Math.max(last, sub[1]);
            }
        }
        if (!sentence.parsed()) {
            // Adjacent adjectives still belong to the phrase: "Kazakh police", "autorités kazakhes".
            List<Token> tokens = sentence.tokens();
            while (first > 0 && "ADJ".equals(tokens.get(first - 1).upos())) {
                first--;
            }
            while (last + 1 < tokens.size() && "ADJ".equals(tokens.get(last + 1).upos())) {
                last++;
            }
        }
        return new int[] {first, last};
    }

    /** Extent of the contiguous subtree of {@code token}. */
    static int[] subtree(Sentence sentence, Token token) {
        int first = token.index();
        int last = token.index();
        for (Token d : sentence.dependents(token)) {
            if ("punct".equals(d.deprel())) {
                continue;
            }
            int[] sub = subtree(sentence, d);
            first = Math.min(first, sub[0]);
            last = Math.max(last, sub[1]);
        }
        return new int[] {first, last};
    }

    private static boolean hasDemonstrative(Sentence sentence, Token noun, CoreferenceLexicon coref) {
        for (Token d : sentence.dependents(noun)) {
            if ("det".equals(d.baseRelation()) && coref.is(CoreferenceLexicon.Kind.DEMONSTRATIVE, d.lemma())) {
                return true;
            }
        }
        int i = noun.index() - 1;
        return !sentence.parsed() && i >= 0 && coref.is(CoreferenceLexicon.Kind.DEMONSTRATIVE, sentence.tokens().get(i).lemma());
    }

    /** "le dirigeant biélorusse Alexandre Loukachenko": the noun is a title of a name that follows. */
    private static boolean hasNamedApposition(Sentence sentence, Token noun, List<Mention> found) {
        return hasNamedApposition(sentence, noun, found, 0);
    }

    private static boolean hasNamedApposition(Sentence sentence, Token noun, List<Mention> found, int depth) {
        for (Token d : sentence.dependents(noun)) {
            String rel = d.baseRelation();
            // "the Bush administration" (Bush father or son): a name compounded before the noun that refers to no
            // one known leaves the noun to name the actor; "Hamas leaders", "U.N. helicopters" are their name's.
            boolean unknownBefore = rel.equals("compound") && d.index() < noun.index()
                    && found.stream().noneMatch(m -> m.covers(sentence.index(), d.index()));
            if (rel.equals("nmod") && personInApposition(sentence, d)) {
                return true; // "la porte-parole de la présidence française Catherine Colonna": parsers hang the name low
            }
            if (!(rel.equals("appos") || rel.equals("flat") || rel.equals("compound")) || unknownBefore) {
                continue;
            }
            if ("PROPN".equals(d.upos()) || (rel.equals("appos") && !"O".equals(d.ner()))) {
                return true;
            }
            if (depth < 3 && hasNamedApposition(sentence, d, found, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a person's name stands in apposition to {@code noun}, ending the phrase. */
    private static boolean personInApposition(Sentence sentence, Token noun) {
        int end = subtree(sentence, noun)[1];
        return sentence.dependents(noun, "appos").stream()
                .anyMatch(a -> "PERSON".equals(a.ner()) && subtree(sentence, a)[1] == end);
    }

    /** Index of the token of {@code [first, last]} whose head lies outside the span. */
    static int headOf(Sentence sentence, int first, int last) {
        if (!sentence.parsed()) {
            return last;
        }
        for (int k = first; k <= last; k++) {
            int h = sentence.tokens().get(k).head();
            if (h < first || h > last) {
                return k;
            }
        }
        return last;
    }

    static String countryOf(KbCandidate c) {
        return c.code() != null && c.code().country() != null ? c.code().country() : c.entity().country();
    }

    static String sectorOf(KbCandidate c) {
        return c.code() == null ? null : c.code().sector();
    }

    /** Grouping key of an unlinked name: the KB's script-neutral spelling without punctuation. */
    static String fold(String s) {
        return NameKey.ascii(s).replaceAll("[\\p{P}\\p{S}]", "").trim();
    }
}
