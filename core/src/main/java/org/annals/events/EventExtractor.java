package org.annals.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.annals.lexicon.TriggerLexicon;
import org.annals.lexicon.TriggerMatch;
import org.annals.model.EntityRecord;
import org.annals.model.EntityType;
import org.annals.model.EventRecord;
import org.annals.model.Factuality;
import org.annals.model.Span;
import org.annals.model.TimeExpression;
import org.annals.ontology.CameoCode;
import org.annals.ontology.CameoOntology;

/**
 * Codes the events of one analysed document: finds triggers from the language's lexicon, reads their
 * arguments off the dependency parse, maps them to the document's entities, and adds place, date,
 * factuality, attribution and evidence offsets.
 */
public final class EventExtractor {

    /** Knowledge-base ids of sovereign states start with this. */
    private static final String COUNTRY_ID_PREFIX = "annals:country-";

    private final CameoOntology ontology;

    public EventExtractor(CameoOntology ontology) {
        this.ontology = ontology;
    }

    /** Events of the document, in text order. */
    public List<EventRecord> extract(String text, Analysis analysis, DocumentEntities entities,
                                     List<TimeExpression> times) {
        String lang = analysis.language();
        TriggerLexicon triggers = TriggerLexicon.forLanguage(lang);
        CueLexicon cueLexicon = CueLexicon.forLanguage(lang);
        CaseMarkers markers = CaseMarkers.forLanguage(lang);
        CoreferenceLexicon coref = CoreferenceLexicon.forLanguage(lang);
        ArgumentFinder arguments = new ArgumentFinder(markers, coref);
        FactualityAssessor factuality = new FactualityAssessor(markers);
        EventDater dater = new EventDater(markers);

        List<Draft> drafts = new ArrayList<>();
        List<Sentence> sentences = analysis.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            if (!sentence.parsed()) {
                continue;
            }
            List<CueMatch> cues = cueLexicon.find(sentence);
            List<Draft> here = new ArrayList<>();
            for (TriggerMatch match : triggers.find(sentence)) {
                if (isAttributive(sentence, match.head())) {
                    continue;
                }
                Optional<CameoCode> code = ontology.code(match.entry().cameo());
                if (code.isEmpty() || code.get().plover() == null) {
                    continue;
                }
                Arguments args = arguments.find(sentence, match.head());
                FactualityAssessor.Verdict verdict = factuality.assess(sentence, match.head(), args.predicate(), cues);
                TimeExpression date = dater.date(sentence, match.head(), args.predicate(), times);
                here.add(draft(text, sentence, match, code.get(), args, verdict, date, entities));
            }
            here = mergeWithinSentence(sentence, here);
            if (s + 1 < sentences.size()) {
                applyFollowingReport(text, sentences.get(s + 1), here, cueLexicon, coref, factuality, dater,
                        times, entities);
            }
            drafts.addAll(here);
        }
        List<EventRecord> events = new ArrayList<>();
        for (Draft d : drafts) {
            events.add(d.toRecord("v" + (events.size() + 1), entities));
        }
        return events;
    }

    private Draft draft(String text, Sentence sentence, TriggerMatch match, CameoCode code, Arguments args,
                        FactualityAssessor.Verdict verdict, TimeExpression date, DocumentEntities entities) {
        Set<String> sources = ids(sentence, args.sources(), entities);
        Set<String> targets = ids(sentence, args.targets(), entities);
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
            String id = entities.entityOf(sentence, place);
            EntityRecord e = id == null ? null : entities.byId(id);
            if (e == null || !(e.type() == EntityType.GPE || e.type() == EntityType.LOCATION)) {
                continue;
            }
            // "aid to Turkey": a country behind a marker that can mean either is a recipient, a city a place.
            if (targets.contains(id) && isCountry(e)) {
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

    private static Set<String> ids(Sentence sentence, List<Token> tokens, DocumentEntities entities) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : tokens) {
            String id = entities.entityOf(sentence, t);
            if (id == null) {
                // "thousands of workers", "des milliers de manifestants": the quantity stands for its group.
                for (Token d : sentence.dependents(t, "nmod")) {
                    id = entities.entityOf(sentence, d);
                    if (id != null) {
                        break;
                    }
                }
            }
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * "armed men", "the detained journalist", "hommes armés": a participle used as an adjective
     * describes a state, it does not report an event.
     */
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

    private static boolean isCountry(EntityRecord e) {
        return e.kb() != null && e.kb().startsWith(COUNTRY_ID_PREFIX);
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
     * "This was announced on 7 January by the press service": a reporting verb whose subject stands for
     * the previous statement makes that sentence's events reported, by whoever reports, and dates them
     * when they had no date of their own.
     */
    private void applyFollowingReport(String text, Sentence next, List<Draft> drafts, CueLexicon cueLexicon,
                                      CoreferenceLexicon coref, FactualityAssessor factuality, EventDater dater,
                                      List<TimeExpression> times, DocumentEntities entities) {
        if (drafts.isEmpty() || !next.parsed()) {
            return;
        }
        for (CueMatch cue : cueLexicon.find(next)) {
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
