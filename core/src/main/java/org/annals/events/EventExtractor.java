package org.annals.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Predicate;
import org.annals.analysis.Analysis;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;
import org.annals.entities.CoreferenceLexicon;
import org.annals.entities.DocumentEntities;
import org.annals.lexicon.CaseMarkers;
import org.annals.lexicon.CueKind;
import org.annals.lexicon.CueLexicon;
import org.annals.lexicon.CueMatch;
import org.annals.lexicon.ArgumentFrame;
import org.annals.lexicon.ArgumentRole;
import org.annals.lexicon.TriggerLexicon;
import org.annals.lexicon.TriggerMatch;
import org.annals.kb.KnowledgeBase;
import org.annals.model.EntityRecord;
import org.annals.model.EntityType;
import org.annals.model.EventRecord;
import org.annals.model.Factuality;
import org.annals.model.Span;
import org.annals.model.TimeExpression;
import org.annals.ontology.CameoCode;
import org.annals.ontology.CameoOntology;
import org.annals.ontology.Plover;

/**
 * Codes the events of one analysed document: finds triggers from the language's lexicon, reads their
 * arguments off the dependency parse, maps them to the document's entities, and adds place, date,
 * factuality, attribution and evidence offsets.
 */
public final class EventExtractor {

    /** CAMEO "threaten": what an announced action made conditional on the other side is coded as. */
    private static final String THREAT_CODE = "130";

    /** CAMEO "make a demand": what a reported obligation ("Y must...") is coded as. */
    private static final String DEMAND_CODE = "100";

    /** Relations through which one event's trigger governs another event as its content. */
    private static final Set<String> CONTENT_RELATIONS = Set.of("xcomp", "ccomp", "csubj", "obj", "iobj", "obl",
            "nmod", "acl", "advcl");

    private final CameoOntology ontology;
    private final IntentRecoder intents;
    private final KnowledgeBase kb;

    public EventExtractor(CameoOntology ontology, KnowledgeBase kb) {
        this.ontology = ontology;
        this.intents = new IntentRecoder(ontology);
        this.kb = kb;
    }

    /** Events of the document, in text order. */
    public List<EventRecord> extract(String text, Analysis analysis, DocumentEntities entities,
                                     List<TimeExpression> times) {
        return extract(text, analysis, entities, times, List.of());
    }

    /**
     * Events of the document, in text order.
     *
     * @param pastReadings the time expressions resolved towards the past, for past-tense clauses
     */
    public List<EventRecord> extract(String text, Analysis analysis, DocumentEntities entities,
                                     List<TimeExpression> times, List<TimeExpression> pastReadings) {
        String lang = analysis.language();
        TriggerLexicon triggers = TriggerLexicon.forLanguage(lang);
        CueLexicon cueLexicon = CueLexicon.forLanguage(lang);
        CaseMarkers markers = CaseMarkers.forLanguage(lang);
        CoreferenceLexicon coref = CoreferenceLexicon.forLanguage(lang);
        ArgumentFinder arguments = new ArgumentFinder(markers, coref);
        FactualityAssessor factuality = new FactualityAssessor(markers);
        EventDater dater = new EventDater(markers);
        ImplicitActors implicit = new ImplicitActors(kb);

        List<Draft> drafts = new ArrayList<>();
        List<Sentence> sentences = analysis.sentences();
        // Cues of each parsed sentence, found once: a sentence's cues also serve its predecessor's report check.
        List<List<CueMatch>> cuesOf = sentences.stream()
                .map(x -> x.parsed() ? cueLexicon.find(x) : List.<CueMatch>of()).toList();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            if (!sentence.parsed()) {
                continue;
            }
            List<CueMatch> cues = cuesOf.get(s);
            adoptNationalityWords(text, sentence, lang, entities);
            List<Draft> here = new ArrayList<>();
            List<TriggerMatch> matches = triggers.find(sentence);
            // "The strike on Kharkiv killed six": whom an event noun is aimed at is not the author of what it does
            // (it may be the target: "mobilized for a war against Iraq").
            EventNouns eventNouns = new EventNouns(matches.stream().map(TriggerMatch::head)
                    .filter(h -> "NOUN".equals(h.upos())).map(Token::index).collect(Collectors.toSet()), markers);
            for (TriggerMatch match : matches) {
                if (isAttributive(sentence, match.head()) || hasObjectOfAnotherSense(sentence, match)
                        || receivesAnEvent(sentence, match, eventNouns, arguments)
                        || entities.insideOrganizationName(match.head().start(), match.head().end())) {
                    continue;
                }
                Optional<CameoCode> code = ontology.code(match.entry().cameo(), match.entry().mode());
                if (code.isEmpty() || code.get().plover() == null) {
                    continue;
                }
                Arguments args = withoutTimes(arguments.forTrigger(match.entry()).find(sentence, match.head()), times);
                FactualityAssessor.Verdict verdict = factuality.assess(sentence, match.head(), args.predicate(), cues);
                TimeExpression date = dater.date(sentence, match.head(), args.predicate(), times, pastReadings);
                here.add(draft(text, sentence, match, code.get(), args, verdict, date, entities, eventNouns));
            }
            here.addAll(demands(text, sentence, cues, factuality, dater, times, entities));
            here = mergeWithinSentence(sentence, here);
            here = targetsFromPurpose(sentence, here);
            here = completeSides(here, implicit, entities);
            here = markEmbedded(sentence, here, markers);
            here = targetsFromContent(sentence, here, markers, arguments, entities);
            here = recodeIntents(here, cues);
            if (s + 1 < sentences.size()) {
                applyFollowingReport(text, sentences.get(s + 1), here, cuesOf.get(s + 1), coref, factuality, dater,
                        times, entities);
            }
            drafts.addAll(here);
        }
        List<EventRecord> events = new ArrayList<>();
        for (Draft d : drafts) {
            if (isBareMention(d) || namesNoOne(d) || isTroopArrival(d, entities)) {
                continue;
            }
            events.add(d.toRecord("v" + (events.size() + 1), entities));
        }
        return events;
    }

    private Draft draft(String text, Sentence sentence, TriggerMatch match, CameoCode code, Arguments args,
                        FactualityAssessor.Verdict verdict, TimeExpression date, DocumentEntities entities,
                        EventNouns eventNouns) {
        Set<String> authors = ids(sentence, outside(sentence, match, args.authors(), entities), entities);
        authors.removeIf(id -> entities.byId(id).type() == EntityType.LOCATION); // "its Gulf war": a region is no author
        Set<String> sources = authors.isEmpty()
                ? ids(sentence, outside(sentence, match, args.sources(), entities), entities, eventNouns) : authors;
        Set<String> targets = ids(sentence, outside(sentence, match, args.targets(), entities), entities);
        if (targets.isEmpty() && !sources.isEmpty() && match.entry().frame() == ArgumentFrame.DIRECTED
                && code.quadClass() >= 3) {
            // "Israel mounted its invasion of Lebanon": an act of conflict someone does is done to its genitive; with
            // no one doing it ("in the wake of the execution of...") the noun stays a reference.
            targets.addAll(ids(sentence, args.patients(), entities));
        }
        Set<String> both = ids(sentence, args.participants(), entities);
        ArgumentFrame frame = match.entry().frame();
        if (frame == ArgumentFrame.SYMMETRIC) {
            LinkedHashSet<String> all = new LinkedHashSet<>(sources);
            all.addAll(both);
            all.addAll(targets);
            sources = new LinkedHashSet<>();
            targets = new LinkedHashSet<>();
            for (String id : all) {
                (sources.isEmpty() ? sources : targets).add(id);
            }
        } else {
            if (sources.isEmpty() && !both.isEmpty()) {
                sources.add(both.iterator().next());
            }
            for (String id : both) {
                if (!sources.contains(id)) {
                    targets.add(id);
                }
            }
        }
        targets.removeAll(sources);
        String location = null;
        for (Token place : args.places()) {
            String id = placeNamed(sentence, place, entities);
            EntityRecord e = id == null ? null : entities.byId(id);
            if (e == null || !(e.type() == EntityType.GPE || e.type() == EntityType.LOCATION)) {
                continue;
            }
            // "aid to Turkey", "l'aide des États-Unis": a country behind a marker that can mean either is a recipient
            // or the only author, a city a place.
            if ((targets.contains(id) || sources.equals(Set.of(id))) && isCountry(e)) {
                continue;
            }
            location = id;
            targets.remove(id); // "à Saint-Pétersbourg" was a place, not someone met
            sources.remove(id);
            break;
        }
        String attribution = verdict.reporter() == null ? null : entities.adopt(text, sentence, verdict.reporter());
        List<Token> tokens = match.tokens();
        Span trigger = Span.of(text, tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        String mode = match.entry().mode() == null || match.entry().mode().isBlank() ? null : match.entry().mode();
        return new Draft(code, mode, match.head(), args.predicate(), sources, targets, location,
                date, verdict.factuality(), attribution, trigger,
                Span.of(text, sentence.start(), sentence.end()), sentence);
    }

    /**
     * "demonstrated on Tuesday in Serbia": a time phrase is never the target of an event, even behind a marker
     * that can introduce one ("on"), nor does what hangs from it become one.
     */
    private static Arguments withoutTimes(Arguments args, List<TimeExpression> times) {
        if (times.isEmpty()) {
            return args;
        }
        Predicate<Token> timed = t -> times.stream()
                .anyMatch(x -> t.start() >= x.start() && t.end() <= x.end());
        // Subjects stay: "Israel Friday reimposed..." is parsed with the date as the subject and the actor under it.
        return new Arguments(args.predicate(), args.sources(),
                args.authors(), args.targets().stream().filter(timed.negate()).toList(),
                args.participants().stream().filter(timed.negate()).toList(), args.places(), args.patients());
    }

    /** The entity a place phrase names: "Basra", or the name in "the Iraqi city of Basra", "the town of Samarra". */
    private static String placeNamed(Sentence sentence, Token place, DocumentEntities entities) {
        String id = entities.entityOf(sentence, place);
        if (id != null || !"NOUN".equals(place.upos())) {
            return id;
        }
        for (Token d : sentence.dependents(place, "nmod")) {
            id = entities.entityOf(sentence, d);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /**
     * "rejected an Indian proposal", "shelled Iraqi towns": a nationality word qualifying a thing (not a
     * named actor) becomes a mention of its country, which then stands for the thing's owner.
     */
    private void adoptNationalityWords(String text, Sentence sentence, String lang, DocumentEntities entities) {
        for (Token word : sentence.tokens()) {
            Token owner = sentence.head(word);
            if (owner == null || !"NOUN".equals(owner.upos()) || entities.entityOf(sentence, word) != null
                    || !(word.deprel().equals("amod") || word.deprel().equals("nmod:poss"))) {
                continue;
            }
            // The nationality word itself, not the best name match ("German" is not a Gherman reached by spelling).
            kb.countryOf(word.text(), lang)
                    .flatMap(kb::country)
                    .filter(kb::isCountry)
                    .ifPresent(country -> entities.adoptCountry(text, sentence, word, country));
        }
    }

    /**
     * es "visita de Estado": a name inside the trigger phrase is no one taking part (a common noun of it may be:
     * "expelled two Russian diplomats", or lead to one: "sent aid to Turkey").
     */
    private static List<Token> outside(Sentence sentence, TriggerMatch match, List<Token> arguments,
                                       DocumentEntities entities) {
        return arguments.stream().filter(a -> !"PROPN".equals(a.upos()) || entities.entityOf(sentence, a) == null
                || match.tokens().stream().noneMatch(t -> t.index() == a.index())).toList();
    }

    /** Nouns that head a trigger of the sentence (by token index), and the markers that say what hangs from them. */
    private record EventNouns(Set<Integer> heads, CaseMarkers markers) {
        static final EventNouns NONE = new EventNouns(Set.of(), null);

        /** "the strike on Kharkiv": a modifier an event noun directs its event at does not stand for its author. */
        boolean directedAt(Sentence sentence, Token noun, Token modifier) {
            return heads.contains(noun.index()) && sentence.dependents(modifier, "case").stream()
                    .anyMatch(c -> markers.marks(sentence, c, ArgumentRole.TARGET));
        }
    }

    private static Set<String> ids(Sentence sentence, List<Token> tokens, DocumentEntities entities) {
        return ids(sentence, tokens, entities, EventNouns.NONE);
    }

    private static Set<String> ids(Sentence sentence, List<Token> tokens, DocumentEntities entities,
                                   EventNouns eventNouns) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : tokens) {
            String id = entities.entityOf(sentence, t);
            if (id == null && !describesNextConjunct(sentence, t, entities)) {
                // "thousands of workers", "tens of thousands of students": the quantity stands for its group;
                // "an Indian proposal": the thing stands for its owner.
                id = modifierEntity(sentence, t, entities, 2, eventNouns);
            }
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * "X et le premier président kazakh, l'ancien chef du Conseil de sécurité, Noursoultan Nazarbaïev": parsers
     * often read an apposition as one more conjunct. A conjunct followed, after a comma only, by a conjunct naming
     * a person describes that person; what it heads (the council) is no side of the event.
     */
    private static boolean describesNextConjunct(Sentence sentence, Token t, DocumentEntities entities) {
        if (!t.baseRelation().equals("conj") || sentence.head(t) == null) {
            return false;
        }
        int end = lastTokenOf(sentence, t);
        List<Token> tokens = sentence.tokens();
        int k = end + 1;
        while (k < tokens.size() && "PUNCT".equals(tokens.get(k).upos())) {
            k++;
        }
        if (k == end + 1 || k >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k);
        Token named = next.head() == t.head() && next.baseRelation().equals("conj") ? next : sentence.head(next);
        if (named == null || named.head() != t.head() || !named.baseRelation().equals("conj")) {
            return false;
        }
        String id = entities.entityOf(sentence, named);
        return id != null && entities.byId(id).type() == EntityType.PERSON;
    }

    private static String modifierEntity(Sentence sentence, Token t, DocumentEntities entities, int depth,
                                         EventNouns eventNouns) {
        // A name compounded with the noun ("the al-Qaeda network") before its other modifiers ("bin Laden's").
        List<Token> modifiers = new ArrayList<>(sentence.dependents(t, "compound"));
        modifiers.addAll(sentence.dependents(t, "nmod", "amod"));
        for (Token d : modifiers) {
            if (eventNouns.directedAt(sentence, t, d)) {
                continue;
            }
            String id = entities.entityOf(sentence, d);
            if (id == null && depth > 1) {
                id = modifierEntity(sentence, d, entities, depth - 1, eventNouns);
            }
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /** Index of the last token of the subtree of {@code t}. */
    private static int lastTokenOf(Sentence sentence, Token t) {
        int last = t.index();
        for (Token d : sentence.dependents(t)) {
            if (!"punct".equals(d.deprel())) {
                last = Math.max(last, lastTokenOf(sentence, d));
            }
        }
        return last;
    }

    /**
     * "armed men", "the detained journalist", "hommes armés": a participle used as an adjective
     * describes a state, it does not report an event.
     */
    /** "Ukraine received military aid": what is received is the event ("aid"), not a visit received. */
    private static boolean receivesAnEvent(Sentence sentence, TriggerMatch match, EventNouns eventNouns,
                                           ArgumentFinder arguments) {
        return arguments.receives(match.head()) && sentence.dependents(match.head(), "obj").stream()
                .anyMatch(o -> eventNouns.heads().contains(o.index()));
    }

    /** "demonstrated the plane", "manifester son soutien": an intransitive trigger with an object means something else. */
    private static boolean hasObjectOfAnotherSense(Sentence sentence, TriggerMatch match) {
        return match.entry().frame() == ArgumentFrame.INTRANSITIVE && sentence.dependents(match.head()).stream()
                .anyMatch(d -> d.baseRelation().equals("obj") || d.baseRelation().equals("ccomp")
                        || d.deprel().equals("nsubj:pass"));
    }

    private static boolean isAttributive(Sentence sentence, Token head) {
        String rel = head.deprel();
        if (rel.equals("amod")) {
            return true;
        }
        if (rel.startsWith("acl") && head.hasFeature("VerbForm", "Part")) {
            return sentence.dependents(head).stream().allMatch(d -> {
                String r = d.baseRelation();
                return r.equals("advmod") || r.equals("punct") || r.equals("aux") || r.equals("cop");
            });
        }
        return false;
    }

    private boolean isCountry(EntityRecord e) {
        return e.kb() != null && kb.entity(e.kb()).map(kb::isCountry).orElse(false);
    }

    /**
     * "staged a hunger strike to demand the resignation of the President": a protest naming no target is aimed at
     * whom its stated purpose is.
     */
    private static List<Draft> targetsFromPurpose(Sentence sentence, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>(drafts);
        for (int i = 0; i < out.size(); i++) {
            Draft g = out.get(i);
            if (!g.targets.isEmpty() || g.code.plover() != Plover.PROTEST) {
                continue;
            }
            for (Draft d : drafts) {
                Token governor = sentence.head(d.head);
                // "staged a strike to demand" (advcl), "continued their strike to demand" (xcomp of the light verb)
                boolean purpose = d != g && governor != null && (d.head.deprel().startsWith("advcl")
                        && (governor.index() == g.head.index() || governor.index() == g.predicate.index())
                        || d.head.deprel().equals("xcomp") && g.predicate != g.head
                        && governor.index() == g.predicate.index());
                if (purpose && !d.targets.isEmpty()) {
                    Set<String> targets = new LinkedHashSet<>(d.targets);
                    targets.removeAll(g.sources);
                    out.set(i, g.withTargets(targets));
                    break;
                }
            }
        }
        return out;
    }

    /** Fills the sides the text leaves unnamed; after merging, so one trigger's guess does not sit beside another's name. */
    private static List<Draft> completeSides(List<Draft> drafts, ImplicitActors implicit, DocumentEntities entities) {
        List<Draft> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            ImplicitActors.Sides sides = implicit.complete(d.code.plover(), d.mode != null ? d.mode : d.code.mode(),
                    d.sources, d.targets, d.location, d.trigger, entities);
            out.add(d.withActors(sides.sources(), sides.targets()));
        }
        return out;
    }

    /**
     * Two triggers of one category in one clause describe one event ("discussed ... during a telephone
     * conversation"): keep the more specific code and trigger, pool the arguments.
     */
    private static List<Draft> mergeWithinSentence(Sentence sentence, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft partner = null;
            for (Draft o : out) {
                if (o.code.plover() == d.code.plover() && (sentence.dominates(o.predicate, d.head)
                        || sentence.dominates(d.predicate, o.head))) {
                    partner = o;
                    break;
                }
            }
            if (partner == null) {
                out.add(d);
            } else {
                out.set(out.indexOf(partner), partner.mergedWith(d));
            }
        }
        return out;
    }

    /**
     * "X said that Y must withdraw": a statement that someone must act is a demand on them (PLOVER
     * REQUEST), from whoever makes the statement to the subject of the obligation.
     */
    private List<Draft> demands(String text, Sentence sentence, List<CueMatch> cues, FactualityAssessor factuality,
                                EventDater dater, List<TimeExpression> times, DocumentEntities entities) {
        List<Draft> out = new ArrayList<>();
        Optional<CameoCode> demand = ontology.code(DEMAND_CODE);
        if (demand.isEmpty()) {
            return out;
        }
        for (CueMatch cue : cues) {
            if (cue.kind() != CueKind.DEONTIC) {
                continue;
            }
            Token modal = cue.head();
            Token clause = modal.baseRelation().equals("aux") ? sentence.head(modal) : modal;
            Token statement = clause == null ? null : sentence.head(clause);
            if (statement == null || !clause.baseRelation().equals("ccomp") || !isReporting(statement, cues)) {
                continue;
            }
            Token reporter = factuality.reporterOf(sentence, statement);
            Set<String> sources = reporter == null ? new LinkedHashSet<>() : ids(sentence, List.of(reporter), entities);
            Set<String> targets = ids(sentence, sentence.dependents(clause, "nsubj"), entities);
            targets.removeAll(sources);
            if (sources.isEmpty() && targets.isEmpty()) {
                continue;
            }
            FactualityAssessor.Verdict verdict = factuality.assess(sentence, statement, statement, cues);
            Span trigger = Span.of(text, modal.start(), modal.end());
            out.add(new Draft(demand.get(), null, modal, statement, sources, targets, null,
                    dater.date(sentence, statement, statement, times), verdict.factuality(), null, trigger,
                    Span.of(text, sentence.start(), sentence.end()), sentence));
        }
        return out;
    }

    private static boolean isReporting(Token token, List<CueMatch> cues) {
        return cues.stream().anyMatch(c -> c.kind() == CueKind.REPORTING && c.head().index() == token.index());
    }

    /**
     * "agreed that their countries should cooperate", "accused X of violating the ceasefire", "rejected
     * the proposal": an event that is the content of a statement (a verbal event governing it through a
     * complement) is what someone said, agreed, demanded or denied, not something that happened.
     */
    private static List<Draft> markEmbedded(Sentence sentence, List<Draft> drafts, CaseMarkers markers) {
        List<Draft> out = new ArrayList<>(drafts);
        for (int i = 0; i < out.size(); i++) {
            Draft d = out.get(i);
            if (!d.factuality.isFact()) {
                continue;
            }
            if (isPurposeOfAnotherEvent(sentence, d.head, drafts)) {
                out.set(i, d.withFactuality(Factuality.HYPOTHETICAL));
                continue;
            }
            boolean nominal = "NOUN".equals(d.head.upos());
            for (Draft g : drafts) {
                // A verb is content only of a statement; a noun ("accepted the demands") of any event.
                if (g != d && (isVerbal(g.code) || nominal) && isContentOf(sentence, d.head, g.head, markers)) {
                    out.set(i, d.withFactuality(Factuality.HYPOTHETICAL));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * "demanded that Hamas renounce...", "threatened to break relations with Russia": a statement with no
     * object of its own is directed at the subject of its content clause, or else at the target of the
     * event it contains.
     */
    private static List<Draft> targetsFromContent(Sentence sentence, List<Draft> drafts, CaseMarkers markers,
                                                  ArgumentFinder arguments, DocumentEntities entities) {
        List<Draft> out = new ArrayList<>(drafts);
        for (int i = 0; i < out.size(); i++) {
            Draft g = out.get(i);
            if (!g.targets.isEmpty() || !isVerbal(g.code)) {
                continue;
            }
            Set<String> found = new LinkedHashSet<>();
            for (Token clause : sentence.dependents(g.predicate, "ccomp", "xcomp")) {
                for (Token subject : sentence.dependents(clause, "nsubj")) {
                    String id = entities.entityOf(sentence, subject);
                    if (id != null) {
                        found.add(id);
                    }
                }
            }
            if (found.isEmpty()) {
                for (Draft d : drafts) {
                    if (d != g && isContentOf(sentence, d.head, g.head, markers)) {
                        found.addAll(addressee(g, d));
                    }
                }
            }
            if (found.isEmpty()) {
                // "threatened to cut off electricity to X": the content verb need not be a trigger itself.
                for (Token clause : sentence.dependents(g.predicate, "xcomp", "ccomp")) {
                    found.addAll(ids(sentence, arguments.find(sentence, clause).targets(), entities));
                }
            }
            found.removeAll(g.sources);
            if (!found.isEmpty()) {
                out.set(i, g.withTargets(found));
            }
        }
        return out;
    }

    /**
     * Whom a statement about another event is aimed at: "rejected calls by Belarus", "accepted demands from the
     * rebels": a call, proposal or demand belongs to its author; "refused to meet X": a clause is aimed at its
     * object.
     */
    private static Set<String> addressee(Draft statement, Draft content) {
        if ("NOUN".equals(content.head.upos())) {
            Set<String> authors = new LinkedHashSet<>(content.sources);
            authors.removeAll(statement.sources);
            if (!authors.isEmpty()) {
                return authors;
            }
        }
        return content.targets;
    }

    /**
     * "the war", "peacekeeping", "the demand": a noun with no actor names an event the article refers to, not one
     * it reports; coding it would count references as events. (Placed acts of violence and protest have
     * their actors inferred from the place by then.)
     */
    /**
     * "a group trip appeared more likely", "he is willing to": with no actor on either side, even once the sides
     * Annals infers are added, an event says nothing of who did what to whom, and is not written.
     */
    private static boolean namesNoOne(Draft d) {
        return d.sources.isEmpty() && d.targets.isEmpty();
    }

    private static boolean isBareMention(Draft d) {
        boolean nominal = "NOUN".equals(d.head.upos()) || "PROPN".equals(d.head.upos());
        return nominal && d.sources.isEmpty() && d.targets.isEmpty();
    }

    /**
     * "the first NATO troops arrived in Bosnia": soldiers arriving are deployed, not paying a visit, and a deployment
     * is coded from the words that say so ("deployed", "sent troops"), not from "arrived".
     */
    private static boolean isTroopArrival(Draft d, DocumentEntities entities) {
        String mode = d.mode != null ? d.mode : d.code.mode();
        return ImplicitActors.VISIT_MODE.equals(mode) && !d.sources.isEmpty()
                && d.sources.stream().map(entities::byId).allMatch(e -> "MIL".equals(e.sector()) && e.kb() == null);
    }

    private static boolean isVerbal(CameoCode code) {
        return code.quadClass() == 1 || code.quadClass() == 3;
    }

    /** Whether the path from {@code governor} down to {@code token} runs through complements only. */
    private static boolean isContentOf(Sentence sentence, Token token, Token governor, CaseMarkers markers) {
        Token t = token;
        for (int hops = 0; hops < 6; hops++) {
            Token h = sentence.head(t);
            if (h == null) {
                return false;
            }
            String rel = t.deprel();
            // "rejected the demand [that/to] sever...": the subject of a content clause is content too.
            boolean subjectOfClause = hops == 0 && t.baseRelation().equals("nsubj");
            // "conceded to demands": before the event itself, a marker that may introduce a target is not a place.
            if (rel.equals("acl:relcl") || !(subjectOfClause || CONTENT_RELATIONS.contains(t.baseRelation()))
                    || isCircumstance(sentence, t, markers) && !(hops == 0 && marksTarget(sentence, t, markers))) {
                return false;
            }
            if (rel.startsWith("advcl") && !hasClausalComplementMarker(sentence, t)) {
                return false;
            }
            if (h.index() == governor.index()) {
                return !subjectOfClause; // the subject of the governing event itself is its actor, not content
            }
            t = h;
        }
        return false;
    }

    private static boolean marksTarget(Sentence sentence, Token t, CaseMarkers markers) {
        return sentence.dependents(t, "case").stream().anyMatch(c -> markers.marks(sentence, c, ArgumentRole.TARGET));
    }

    /** "after the clashes", "in Minsk": time and place phrases describe circumstances, not content. */
    private static boolean isCircumstance(Sentence sentence, Token t, CaseMarkers markers) {
        for (Token c : sentence.dependents(t, "case", "mark")) {
            // The infinitive particle ("to resign") marks a clause, not a place.
            if ("PART".equals(c.upos())) {
                continue;
            }
            if (markers.marks(sentence, c, ArgumentRole.TIME) || markers.marks(sentence, c, ArgumentRole.LOCATION)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "staged demonstrations to demand reforms", "sent troops to help defend X": an infinitive adverbial clause
     * attached to another event states what that act was for, an intention rather than a second act. Without
     * an event to serve ("shunned work to protest"), the clause names the act itself.
     */
    private static boolean isPurposeOfAnotherEvent(Sentence sentence, Token head, List<Draft> drafts) {
        if (!head.deprel().startsWith("advcl") || !head.hasFeature("VerbForm", "Inf")
                || sentence.dependents(head, "mark").isEmpty()) {
            return false;
        }
        Token governor = sentence.head(head);
        for (Draft other : drafts) {
            Token h = other.head;
            Token above = sentence.head(h);
            boolean objectOfGovernor = above != null && above.index() == governor.index()
                    && h.baseRelation().equals("obj");
            if (h.index() != head.index() && (h.index() == governor.index() || objectOfGovernor)) {
                return true;
            }
        }
        return false;
    }

    /** "to attack" under "threatened": an infinitive purpose/content clause, not a participle of manner. */
    private static boolean hasClausalComplementMarker(Sentence sentence, Token t) {
        return t.hasFeature("VerbForm", "Inf");
    }

    /**
     * Future cooperation becomes AGREE, future conflict THREATEN, as PLOVER codes statements of intent;
     * any announced action made conditional on the other side ("will withdraw unless...", "would boycott
     * if...") is a threat.
     */
    private List<Draft> recodeIntents(List<Draft> drafts, List<CueMatch> cues) {
        List<Draft> out = new ArrayList<>(drafts.size());
        Optional<CameoCode> threat = ontology.code(THREAT_CODE);
        for (Draft d : drafts) {
            if (d.factuality != Factuality.FUTURE) {
                out.add(d);
                continue;
            }
            Optional<CameoCode> intent = isConditioned(d, cues) ? threat : intents.intentOf(d.code.plover());
            String action = d.code.plover().name().toLowerCase(Locale.ROOT);
            out.add(intent.map(code -> d.recoded(code, action)).orElse(d));
        }
        return out;
    }

    /** Whether the event's clause carries an "if" or "unless" clause. */
    private static boolean isConditioned(Draft d, List<CueMatch> cues) {
        for (Token clause : d.sentence.dependents(d.predicate, "advcl")) {
            for (Token mark : d.sentence.dependents(clause, "mark")) {
                boolean hypothetical = cues.stream().anyMatch(c -> c.kind() == CueKind.HYPOTHETICAL
                        && c.tokens().stream().anyMatch(t -> t.index() == mark.index()));
                if (hypothetical) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "This was announced on 7 January by the press service": a reporting verb whose subject stands for
     * the previous statement makes that sentence's events reported, by whoever reports, and dates them
     * when they had no date of their own.
     */
    private void applyFollowingReport(String text, Sentence next, List<Draft> drafts, List<CueMatch> nextCues,
                                      CoreferenceLexicon coref, FactualityAssessor factuality, EventDater dater,
                                      List<TimeExpression> times, DocumentEntities entities) {
        if (drafts.isEmpty() || !next.parsed()) {
            return;
        }
        for (CueMatch cue : nextCues) {
            if (cue.kind() != CueKind.REPORTING) {
                continue;
            }
            Token verb = cue.head();
            boolean anaphoric = next.dependents(verb, "nsubj", "nsubj:pass").stream()
                    .anyMatch(s -> coref.is(CoreferenceLexicon.Kind.DEMONSTRATIVE_PRONOUN, s.lemma())
                            && "PRON".equals(s.upos()));
            if (!anaphoric) {
                continue;
            }
            Token reporter = factuality.reporterOf(next, verb);
            String attribution = reporter == null ? null : entities.adopt(text, next, reporter);
            TimeExpression reportDate = dater.date(next, verb, verb, times);
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                if (d.factuality == Factuality.ASSERTED) {
                    drafts.set(i, d.reportedBy(attribution, d.date == null ? reportDate : d.date));
                }
            }
            return;
        }
    }

    /** An event under construction. */
    private record Draft(CameoCode code, String mode, Token head, Token predicate, Set<String> sources,
                         Set<String> targets, String location, TimeExpression date, Factuality factuality,
                         String attribution, Span trigger, Span sentenceSpan, Sentence sentence) {

        Draft mergedWith(Draft other) {
            int bySpecificity = Integer.compare(specificity(other.code.code()), specificity(code.code()));
            boolean otherMoreSpecific = bySpecificity > 0 || (bySpecificity == 0 && mode == null && other.mode != null);
            Draft main = otherMoreSpecific ? other : this;
            Draft minor = otherMoreSpecific ? this : other;
            Set<String> src = new LinkedHashSet<>(sources);
            src.addAll(other.sources);
            Set<String> tgt = new LinkedHashSet<>(targets);
            tgt.addAll(other.targets);
            tgt.removeAll(src);
            return new Draft(main.code, main.mode != null ? main.mode : minor.mode, main.head, main.predicate,
                    src, tgt, main.location != null ? main.location : minor.location,
                    main.date != null ? main.date : minor.date, main.factuality,
                    main.attribution != null ? main.attribution : minor.attribution,
                    main.trigger, sentenceSpan, sentence);
        }

        /** "0412" beats "041", which beats the generic "040". */
        private static int specificity(String cameo) {
            return cameo.length() * 2 + (cameo.endsWith("0") ? 0 : 1);
        }

        Draft withTargets(Set<String> newTargets) {
            return withActors(sources, newTargets);
        }

        Draft withActors(Set<String> newSources, Set<String> newTargets) {
            return new Draft(code, mode, head, predicate, newSources, newTargets, location, date, factuality,
                    attribution, trigger, sentenceSpan, sentence);
        }

        Draft withFactuality(Factuality f) {
            return new Draft(code, mode, head, predicate, sources, targets, location, date, f, attribution,
                    trigger, sentenceSpan, sentence);
        }

        /** The same words coded as the statement of intent they are; the intended action becomes the mode. */
        Draft recoded(CameoCode intent, String intendedAction) {
            return new Draft(intent, intendedAction, head, predicate, sources, targets, location, date,
                    attribution != null ? Factuality.REPORTED : Factuality.ASSERTED, attribution, trigger,
                    sentenceSpan, sentence);
        }

        Draft reportedBy(String reporter, TimeExpression when) {
            return new Draft(code, mode, head, predicate, sources, targets, location, when,
                    Factuality.REPORTED, reporter, trigger, sentenceSpan, sentence);
        }

        EventRecord toRecord(String id, DocumentEntities entities) {
            double confidence = 0.45;
            if (!sources.isEmpty()) {
                confidence += 0.2;
            }
            if (!targets.isEmpty()) {
                confidence += 0.15;
            }
            if (sources.stream().anyMatch(s -> entities.byId(s).kb() != null)) {
                confidence += 0.1;
            }
            return new EventRecord(id, code.plover().name(), mode != null ? mode : code.mode(), code.code(),
                    code.goldstein(), code.quadClass(), List.copyOf(sources), List.copyOf(targets), location,
                    date == null ? null : date.value(), date == null ? null : date.precision(),
                    factuality, attribution, trigger, sentenceSpan, Math.min(0.95, confidence));
        }
    }
}
