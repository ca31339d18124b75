package org.annals.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;
import org.annals.entities.CoreferenceLexicon;
import org.annals.lexicon.ArgumentRole;
import org.annals.lexicon.CaseMarkers;
import org.annals.lexicon.TriggerEntry;

/**
 * Reads the arguments of a trigger off Universal Dependencies relations, the same way in every
 * language: subjects are sources, objects and "with/against X" phrases are targets, "by X" in a passive
 * is the source, "between X and Y" gives both sides, locative phrases give the place. Which
 * preposition means what is per-language data ({@link CaseMarkers}).
 */
public final class ArgumentFinder {

    /** Relations through which a noun trigger borrows the arguments of the verb it depends on. */
    private static final List<String> NOUN_TO_VERB = List.of("obj", "obl", "nsubj", "nsubj:pass", "xcomp", "nmod");

    private final CaseMarkers markers;
    /** The markers of an active clause of the trigger at hand; a passive one keeps its agent marker. */
    private final CaseMarkers activeMarkers;
    private final CoreferenceLexicon coref;

    public ArgumentFinder(CaseMarkers markers, CoreferenceLexicon coref) {
        this(markers, markers, coref);
    }

    private ArgumentFinder(CaseMarkers markers, CaseMarkers activeMarkers, CoreferenceLexicon coref) {
        this.markers = markers;
        this.activeMarkers = activeMarkers;
        this.coref = coref;
    }

    /**
     * This finder reading case markers as {@code trigger} means them in an active clause ("exiger de X", "demand
     * of X": X is the one asked); in a passive one ("von der Opposition gefordert") the agent marker stays.
     */
    public ArgumentFinder forTrigger(TriggerEntry trigger) {
        return trigger.markerRoles().isEmpty() ? this
                : new ArgumentFinder(markers, markers.replacing(trigger.markerRoles()), coref);
    }

    /** Arguments of the trigger whose head token is {@code head}. */
    public Arguments find(Sentence sentence, Token head) {
        List<Token> sources = new ArrayList<>();
        List<Token> authors = new ArrayList<>();
        List<Token> targets = new ArrayList<>();
        List<Token> participants = new ArrayList<>();
        List<Token> places = new ArrayList<>();
        List<Token> patients = new ArrayList<>();
        Token predicate = head;
        if (isNominal(head)) {
            List<Token> qualifiers = new ArrayList<>();
            collectModifiers(sentence, head, sources, authors, qualifiers, targets, participants, places, patients);
            Token governor = sentence.head(head);
            if (governor != null && "VERB".equals(governor.upos()) && NOUN_TO_VERB.contains(head.deprel())) {
                predicate = governor;
                // "launched Israeli air raids": a nationality or name qualifying a noun a clause reports is its
                // author; on a noun that only refers to an event ("ethnic Albanian unrest") it is no evidence of one.
                authors.addAll(qualifiers);
                if (head.baseRelation().equals("obj") && receives(governor)) {
                    receivedFrom(sentence, governor, head, sources, targets, participants, places);
                } else if (!head.baseRelation().equals("nsubj")) {
                    collectClause(sentence, governor, sources, targets, participants, places, head);
                }
            }
        } else {
            collectClause(sentence, head, sources, targets, participants, places, null);
        }
        return new Arguments(predicate, expand(sentence, sources), expand(sentence, authors), expand(sentence, targets),
                expand(sentence, participants), places, expand(sentence, patients));
    }

    private static boolean isNominal(Token t) {
        return "NOUN".equals(t.upos()) || "PROPN".equals(t.upos());
    }

    /** Whether a verb says its subject gets something: "receive", "recevoir", "erhalten", "recibir". */
    boolean receives(Token verb) {
        return verb != null && coref.is(CoreferenceLexicon.Kind.RECEIVE_VERB, verb.lemma());
    }

    /**
     * "Ukraine received military aid from the United States": what is received goes from the one "from" names (a
     * source, not the place) to the subject (the target).
     */
    private void receivedFrom(Sentence sentence, Token verb, Token received, List<Token> sources, List<Token> targets,
                              List<Token> participants, List<Token> places) {
        List<Token> clauseSources = new ArrayList<>();
        collectClause(sentence, verb, clauseSources, targets, participants, places, received);
        for (Token t : clauseSources) {
            if (sentence.dependents(t, "case").isEmpty()) {
                targets.add(t);
            } else {
                sources.add(t);
                places.remove(t);
            }
        }
    }

    private void collectClause(Sentence sentence, Token verb, List<Token> sources, List<Token> targets,
                               List<Token> participants, List<Token> places, Token skip) {
        boolean hasSubject = false;
        Token expletive = null;
        CaseMarkers clauseMarkers = isPassive(sentence, verb) ? markers : activeMarkers;
        Token subject = null;
        List<Token> objects = new ArrayList<>();
        int placesBefore = places.size();
        for (Token d : sentence.dependents(verb)) {
            if (skip != null && d.index() == skip.index()) {
                continue;
            }
            String rel = d.deprel();
            String base = d.baseRelation();
            if (rel.equals("nsubj:pass") || rel.equals("nsubjpass")) {
                targets.add(d);
                hasSubject = true;
            } else if (base.equals("nsubj")) {
                subject = relativeAntecedent(sentence, verb, d);
                sources.add(subject);
                if ("NOUN".equals(d.upos())) {
                    misattachedPlaces(sentence, d, places); // "a bombing near Samarra killed..."
                }
                hasSubject = true;
            } else if ((base.equals("advmod") || base.equals("obl")) && verb.deprel().startsWith("acl")
                    && coref.is(CoreferenceLexicon.Kind.RELATIVE_PLACE, d.lemma()) && sentence.head(verb) != null) {
                // "Almaty, where police arrested ten students": it happened there (es parses "donde" as an oblique)
                places.add(sentence.head(verb));
            } else if (base.equals("expl") && "PRON".equals(d.upos())) {
                expletive = d;
            } else if (base.equals("obj") || base.equals("iobj")) {
                if (isTopic(d)) {
                    continue; // "discussed the situation in Kazakhstan": what is discussed takes no part, nor does its place
                }
                targets.add(d);
                objects.add(d);
                misattachedPlaces(sentence, d, places);
            } else if (base.equals("obl") || base.equals("nmod")) {
                route(sentence, d, rel.equals("obl:agent") ? ArgumentRole.SOURCE : null, clauseMarkers,
                        sources, targets, participants, places);
                if (isTime(sentence, d)) {
                    misattachedPlaces(sentence, d, places); // "demonstrated on Tuesday in Serbia"
                }
            }
        }
        if (!hasSubject && expletive != null) {
            // de "Japan erklärte, es habe ...": parsers label a neuter subject pronoun as an expletive; when it
            // stands for someone (a mention), it is the subject. A true expletive names no one and is dropped later.
            sources.add(expletive);
            hasSubject = true;
        }
        if (!hasSubject && verb.deprel().equals("acl") && sentence.head(verb) != null) {
            // "demonstrators protesting the results": the noun a participle qualifies is its subject; "the
            // journalist killed in Beirut": a past participle's noun is what was acted on.
            boolean passive = verb.hasFeature("VerbForm", "Part") && verb.hasFeature("Tense", "Past");
            (passive ? targets : sources).add(sentence.head(verb));
            hasSubject = true;
        }
        if (!hasSubject) {
            Token controller = controllingSubject(sentence, verb);
            if (controller != null) {
                sources.add(controller);
                subject = controller;
            }
        }
        List<Token> clausePlaces = List.copyOf(places.subList(placesBefore, places.size()));
        if (subject != null && !clausePlaces.isEmpty()) {
            for (Token object : objects) {
                if (ownedBy(sentence, object, subject)) {
                    // "withdraw its troops from Lebanon", "strengthened its forces in Lebanon": a state, organization
                    // or group moving its own forces or people acts toward the place, not on them; the event stage
                    // keeps a country there as the target and a town as the place.
                    targets.remove(object);
                    for (Token place : clausePlaces) {
                        sources.remove(place);
                        if (!targets.contains(place)) {
                            targets.add(place);
                        }
                    }
                }
            }
        }
    }

    /**
     * Whether a noun is determined by a possessive word that can stand for the subject when the subject is a state,
     * an organization or a group ("Syria ... its troops"); a person's ("le président a accueilli son homologue") are
     * people he acts on.
     */
    private boolean ownedBy(Sentence sentence, Token noun, Token subject) {
        Set<CoreferenceLexicon.Kind> subjectKinds = possessivesFitting(subject);
        for (Token d : sentence.dependents(noun)) {
            if (d.deprel().startsWith("det") || d.deprel().equals("nmod:poss")) {
                for (CoreferenceLexicon.Kind kind : subjectKinds) {
                    if (coref.isToken(kind, d)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The possessive words that can refer back to a subject that is surely no single person, judged from the subject
     * word alone: a name that is not a person's, a plural noun, a pronoun that cannot stand for a person. A singular
     * common noun may be a person ("le président") and gives none.
     */
    private Set<CoreferenceLexicon.Kind> possessivesFitting(Token subject) {
        Set<CoreferenceLexicon.Kind> kinds = EnumSet.noneOf(CoreferenceLexicon.Kind.class);
        boolean plural = subject.hasFeature("Number", "Plur");
        if ("PRON".equals(subject.upos())) {
            if (coref.is(CoreferenceLexicon.Kind.PERSON_PRONOUN, subject.lemma())) {
                return kinds;
            }
            if (coref.is(CoreferenceLexicon.Kind.THING_PRONOUN, subject.lemma())) {
                kinds.add(CoreferenceLexicon.Kind.POSSESSIVE_THING);
            }
            if (coref.is(CoreferenceLexicon.Kind.GROUP_PRONOUN, subject.lemma())) {
                kinds.add(CoreferenceLexicon.Kind.POSSESSIVE_GROUP);
            }
        } else if (Set.of("PERSON", "PER").contains(subject.ner())) {
            return kinds;
        } else if (plural && ("NOUN".equals(subject.upos()) || "PROPN".equals(subject.upos()))) {
            kinds.add(CoreferenceLexicon.Kind.POSSESSIVE_GROUP);
        } else if ("PROPN".equals(subject.upos())) {
            kinds.add(CoreferenceLexicon.Kind.POSSESSIVE_THING);
        }
        return kinds;
    }

    private void collectModifiers(Sentence sentence, Token noun, List<Token> sources, List<Token> authors,
                                  List<Token> qualifiers, List<Token> targets, List<Token> participants,
                                  List<Token> places, List<Token> patients) {
        for (Token d : sentence.dependents(noun)) {
            // "Serbia's offensive" names its author; "a United Nations appeal", "Israeli air raids": a name compounded
            // with the noun or a nationality qualifying it may (tokens that name no one are dropped later).
            String rel = d.deprel();
            agentsOfParticiple(sentence, d, authors);
            if (rel.equals("nmod:poss")) {
                authors.add(d);
            } else if (rel.equals("compound") && "PROPN".equals(d.upos()) || rel.equals("amod")) {
                qualifiers.add(d);
            } else if (d.baseRelation().equals("nmod") || d.baseRelation().equals("obl")) {
                // A noun trigger's own markers count here: "l'arrestation de l'opposant" (de=PATIENT) names whom.
                if (sentence.dependents(d, "case").stream()
                        .anyMatch(c -> activeMarkers.marks(sentence, c, ArgumentRole.PATIENT))) {
                    patients.add(d);
                } else {
                    route(sentence, d, null, activeMarkers, sources, targets, participants, places);
                }
            }
        }
    }

    /**
     * "la proposition présentée par l'Égypte", "la propuesta presentada por Egipto": the agent of a participle
     * qualifying a noun is the noun's author (where English says "a proposal by Egypt").
     */
    private void agentsOfParticiple(Sentence sentence, Token modifier, List<Token> authors) {
        // A relative clause ("whose ties have been strained by Riyadh") speaks of something else.
        String rel = modifier.deprel();
        if (!(rel.equals("acl") || rel.equals("amod")) || !modifier.hasFeature("VerbForm", "Part")) {
            return;
        }
        for (Token d : sentence.dependents(modifier)) {
            String base = d.baseRelation();
            if (d.deprel().equals("obl:agent")
                    || (base.equals("obl") || base.equals("obj") || base.equals("nmod"))
                    && marks(sentence, d, ArgumentRole.SOURCE)) {
                authors.add(d);
            }
        }
    }

    /** Sends an oblique or nominal modifier to the role its preposition marks. */
    private void route(Sentence sentence, Token arg, ArgumentRole forced, CaseMarkers clauseMarkers, List<Token> sources,
                       List<Token> targets, List<Token> participants, List<Token> places) {
        if (forced == ArgumentRole.SOURCE) {
            sources.add(arg);
            return;
        }
        for (Token c : sentence.dependents(arg, "case")) {
            Set<ArgumentRole> roles = clauseMarkers.roles(sentence, c);
            if (roles.contains(ArgumentRole.TOPIC) && isTopic(arg)) {
                return; // "ont discuté de la situation au Kazakhstan", "talks on the situation in Ukraine"
            }
            // A marker may be both ("à Moscou", "à la Russie"): the event stage decides by what the phrase names.
            if (roles.contains(ArgumentRole.LOCATION)) {
                places.add(arg);
            }
            if (roles.contains(ArgumentRole.SOURCE)) {
                sources.add(arg);
            } else if (roles.contains(ArgumentRole.BOTH)) {
                participants.add(arg);
            } else if (roles.contains(ArgumentRole.TARGET)) {
                targets.add(arg);
            }
            if (!roles.isEmpty()) {
                return;
            }
        }
    }

    /**
     * "met the Russian leader Vladimir Putin in Saint Petersburg": parsers often hang the place on the
     * object; a locative phrase under an object is where the event happened.
     */
    private void misattachedPlaces(Sentence sentence, Token object, List<Token> places) {
        for (Token d : sentence.dependents(object, "nmod")) {
            for (Token c : sentence.dependents(d, "case")) {
                if (markers.marks(sentence, c, ArgumentRole.LOCATION)) {
                    places.add(d);
                }
            }
        }
    }

    /** A noun naming what an event is about ("situation", "question"), in the language's data. */
    private boolean isTopic(Token noun) {
        return "NOUN".equals(noun.upos()) && coref.is(CoreferenceLexicon.Kind.TOPIC_NOUN, noun.lemma());
    }

    private boolean marks(Sentence sentence, Token phrase, ArgumentRole role) {
        return sentence.dependents(phrase, "case").stream().anyMatch(c -> markers.marks(sentence, c, role));
    }

    private boolean isTime(Sentence sentence, Token oblique) {
        return oblique.deprel().equals("obl:tmod") || sentence.dependents(oblique, "case").stream()
                .anyMatch(c -> markers.marks(sentence, c, ArgumentRole.TIME));
    }

    private static boolean isPassive(Sentence sentence, Token verb) {
        return sentence.dependents(verb).stream().anyMatch(d -> d.deprel().equals("aux:pass")
                || d.deprel().equals("nsubj:pass") || d.deprel().equals("nsubjpass") || d.deprel().equals("auxpass"));
    }

    /** "the protesters who attacked": the subject "who" stands for the noun the relative clause modifies. */
    private Token relativeAntecedent(Sentence sentence, Token verb, Token subject) {
        if ("PRON".equals(subject.upos()) && coref.is(CoreferenceLexicon.Kind.RELATIVE, subject.lemma())
                && verb.deprel().startsWith("acl")) {
            Token antecedent = sentence.head(verb);
            if (antecedent != null) {
                return antecedent;
            }
        }
        return subject;
    }

    /**
     * The subject a subject-less verb shares: "X decided to attack", "X met Y and discussed", "X blocked roads
     * demanding..." (a participle or gerund adverbial clause).
     */
    private Token controllingSubject(Sentence sentence, Token verb) {
        String rel = verb.baseRelation();
        boolean participial = rel.equals("advcl") && (verb.hasFeature("VerbForm", "Ger")
                || verb.hasFeature("VerbForm", "Part") && !verb.hasFeature("Tense", "Past"))
                && sentence.dependents(verb, "mark").isEmpty();
        if (!(rel.equals("xcomp") || rel.equals("conj") || participial)) {
            return null;
        }
        Token governor = sentence.head(verb);
        if (governor == null) {
            return null;
        }
        for (Token d : sentence.dependents(governor)) {
            if (d.deprel().equals("nsubj")) {
                return relativeAntecedent(sentence, governor, d);
            }
        }
        return controllingSubject(sentence, governor);
    }

    /** Adds the conjuncts of each argument: "X and Y met" has two sources. */
    private static List<Token> expand(Sentence sentence, List<Token> args) {
        List<Token> out = new ArrayList<>();
        for (Token a : args) {
            addWithConjuncts(sentence, a, out, 0);
        }
        return out;
    }

    private static void addWithConjuncts(Sentence sentence, Token t, List<Token> out, int depth) {
        if (out.contains(t) || depth > 6) {
            return;
        }
        out.add(t);
        conjunctsBelow(sentence, t, out, depth);
    }

    /** Conjuncts hang from the head or, in appositions ("le dirigeant biélorusse X et Y"), from inside it. */
    private static void conjunctsBelow(Sentence sentence, Token t, List<Token> out, int depth) {
        for (Token d : sentence.dependents(t, "conj", "appos", "flat")) {
            if (d.baseRelation().equals("conj")) {
                addWithConjuncts(sentence, d, out, depth + 1);
            } else if (depth < 6) {
                conjunctsBelow(sentence, d, out, depth + 1);
            }
        }
    }
}
