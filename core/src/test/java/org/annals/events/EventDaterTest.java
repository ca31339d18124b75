package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.annals.analysis.Token;
import org.annals.lexicon.CaseMarkers;
import org.annals.model.TimeExpression;
import org.annals.time.Orientation;
import org.annals.time.RuleTemporalTagger;
import org.junit.jupiter.api.Test;

/**
 * An event takes the date of the time expression attached to its trigger or clause, in every language:
 * the dependency structure is the same across languages, the time expressions come from each language's
 * grammar. Trees are written by hand as a UD parser gives them.
 */
class EventDaterTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 10); // a Monday
    private static final RuleTemporalTagger TAGGER = new RuleTemporalTagger();

    private static String dateOf(String lang, ParsedSentence p, String trigger) {
        List<TimeExpression> times = TAGGER.tag(p.text(), lang, PUBLISHED);
        EventDater dater = new EventDater(CaseMarkers.forLanguage(lang));
        Token head = p.token(trigger);
        TimeExpression t = dater.date(p.sentence(), head, head, times);
        return t == null ? null : t.value();
    }

    @Test
    void french() {
        ParsedSentence p = ParsedSentence.of("Loukachenko a rencontré Poutine le 7 janvier à Moscou.")
                .word("Loukachenko", "PROPN", 3, "nsubj").word("a", "avoir", "AUX", 3, "aux")
                .word("rencontré", "rencontrer", "VERB", 0, "root").word("Poutine", "PROPN", 3, "obj")
                .word("le", "DET", 7, "det").word("7", "NUM", 7, "nummod").word("janvier", "NOUN", 3, "obl")
                .word("à", "ADP", 9, "case").word("Moscou", "PROPN", 3, "obl").word(".", "PUNCT", 3, "punct");
        assertEquals("2022-01-07", dateOf("fr", p, "rencontré"));
    }

    @Test
    void frenchWhenClauseTakesTheMainClauseDate() {
        ParsedSentence p = ParsedSentence.of("Il a été vu le 28 décembre, lorsqu'il a rencontré Poutine.")
                .word("Il", "PRON", 4, "nsubj:pass").word("a", "avoir", "AUX", 4, "aux")
                .word("été", "être", "AUX", 4, "aux:pass").word("vu", "voir", "VERB", 0, "root")
                .word("le", "DET", 7, "det").word("28", "NUM", 7, "nummod").word("décembre", "NOUN", 4, "obl")
                .word(",", "PUNCT", 4, "punct").word("lorsqu'", "lorsque", "SCONJ", 12, "mark")
                .word("il", "PRON", 12, "nsubj").word("a", "avoir", "AUX", 12, "aux")
                .word("rencontré", "rencontrer", "VERB", 4, "advcl").word("Poutine", "PROPN", 12, "obj");
        assertEquals("2021-12-28", dateOf("fr", p, "rencontré"));
    }

    @Test
    void english() {
        ParsedSentence p = ParsedSentence.of("Police arrested twelve activists in Minsk on Saturday.")
                .word("Police", "NOUN", 2, "nsubj").word("arrested", "arrest", "VERB", 0, "root")
                .word("twelve", "NUM", 4, "nummod").word("activists", "activist", "NOUN", 2, "obj")
                .word("in", "ADP", 6, "case").word("Minsk", "PROPN", 2, "obl")
                .word("on", "ADP", 8, "case").word("Saturday", "PROPN", 2, "obl").word(".", "PUNCT", 2, "punct");
        assertEquals("2022-01-08", dateOf("en", p, "arrested"));
    }

    @Test
    void englishDateOfAnotherClauseDoesNotCarryOver() {
        ParsedSentence p = ParsedSentence.of("Officials who arrived on Monday said Russia attacked the town.")
                .word("Officials", "NOUN", 7, "nsubj").word("who", "PRON", 3, "nsubj")
                .word("arrived", "arrive", "VERB", 1, "acl:relcl").word("on", "ADP", 5, "case")
                .word("Monday", "PROPN", 3, "obl").word("said", "say", "VERB", 0, "root")
                .word("Russia", "PROPN", 8, "nsubj").word("attacked", "attack", "VERB", 6, "ccomp")
                .word("the", "DET", 10, "det").word("town", "NOUN", 8, "obj");
        assertNull(dateOf("en", p, "attacked"));
    }

    @Test
    void german() {
        ParsedSentence p = ParsedSentence.of("Scholz traf Macron am 7. Januar in Berlin.")
                .word("Scholz", "PROPN", 2, "nsubj").word("traf", "treffen", "VERB", 0, "root")
                .word("Macron", "PROPN", 2, "obj").word("am", "ADP", 6, "case").word("7.", "ADJ", 6, "amod")
                .word("Januar", "PROPN", 2, "obl").word("in", "ADP", 8, "case").word("Berlin", "PROPN", 2, "obl");
        assertEquals("2022-01-07", dateOf("de", p, "traf"));
    }

    @Test
    void spanish() {
        ParsedSentence p = ParsedSentence.of("Sánchez se reunió con Macron el 5 de enero en Madrid.")
                .word("Sánchez", "PROPN", 3, "nsubj").word("se", "PRON", 3, "expl")
                .word("reunió", "reunir", "VERB", 0, "root").word("con", "ADP", 5, "case")
                .word("Macron", "PROPN", 3, "obl").word("el", "DET", 7, "det").word("5", "NUM", 3, "obl")
                .word("de", "ADP", 9, "case").word("enero", "NOUN", 7, "nmod")
                .word("en", "ADP", 11, "case").word("Madrid", "PROPN", 3, "obl");
        assertEquals("2022-01-05", dateOf("es", p, "reunió"));
    }

    @Test
    void italian() {
        ParsedSentence p = ParsedSentence.of("Draghi ha incontrato Scholz ieri a Roma.")
                .word("Draghi", "PROPN", 3, "nsubj").word("ha", "avere", "AUX", 3, "aux")
                .word("incontrato", "incontrare", "VERB", 0, "root").word("Scholz", "PROPN", 3, "obj")
                .word("ieri", "ADV", 3, "advmod").word("a", "ADP", 7, "case").word("Roma", "PROPN", 3, "obl");
        assertEquals("2022-01-09", dateOf("it", p, "incontrato"));
    }

    @Test
    void russian() {
        ParsedSentence p = ParsedSentence.of("Путин встретился с Токаевым 28 декабря в Петербурге.")
                .word("Путин", "PROPN", 2, "nsubj").word("встретился", "встретиться", "VERB", 0, "root")
                .word("с", "ADP", 4, "case").word("Токаевым", "PROPN", 2, "obl")
                .word("28", "NUM", 2, "obl").word("декабря", "NOUN", 5, "flat")
                .word("в", "ADP", 8, "case").word("Петербурге", "PROPN", 2, "obl");
        assertEquals("2021-12-28", dateOf("ru", p, "встретился"));
    }

    @Test
    void aBareWeekdayInAPastTenseReportIsTheOneBeforePublication() {
        ParsedSentence p = ParsedSentence.of("Police arrested activists on Tuesday.")
                .word("Police", "NOUN", 2, "nsubj").word("arrested", "arrest", "VERB", "Tense=Past", 0, "root")
                .word("activists", "activist", "NOUN", 2, "obj").word("on", "ADP", 5, "case")
                .word("Tuesday", "PROPN", 2, "obl");
        List<TimeExpression> nearest = TAGGER.tag(p.text(), "en", PUBLISHED);
        List<TimeExpression> past = new RuleTemporalTagger(Orientation.PAST).tag(p.text(), "en", PUBLISHED);
        Token verb = p.token("arrested");
        TimeExpression t = new EventDater(CaseMarkers.forLanguage("en")).date(p.sentence(), verb, verb, nearest, past);
        assertEquals("2022-01-04", t.value());
    }

    @Test
    void aBareWeekdayInAFutureClauseKeepsTheNearestReading() {
        ParsedSentence p = ParsedSentence.of("The minister will travel to Paris on Tuesday.")
                .word("The", "DET", 2, "det").word("minister", "NOUN", 4, "nsubj").word("will", "AUX", 4, "aux")
                .word("travel", "travel", "VERB", "VerbForm=Inf", 0, "root").word("to", "ADP", 6, "case")
                .word("Paris", "PROPN", 4, "obl").word("on", "ADP", 8, "case").word("Tuesday", "PROPN", 4, "obl");
        List<TimeExpression> nearest = TAGGER.tag(p.text(), "en", PUBLISHED);
        List<TimeExpression> past = new RuleTemporalTagger(Orientation.PAST).tag(p.text(), "en", PUBLISHED);
        Token verb = p.token("travel");
        TimeExpression t = new EventDater(CaseMarkers.forLanguage("en")).date(p.sentence(), verb, verb, nearest, past);
        assertEquals("2022-01-11", t.value());
    }

    @Test
    void noTimeExpressionMeansNoDateNotThePublicationDate() {
        ParsedSentence p = ParsedSentence.of("Russia deployed troops.")
                .word("Russia", "PROPN", 2, "nsubj").word("deployed", "deploy", "VERB", 0, "root")
                .word("troops", "NOUN", 2, "obj");
        assertNull(dateOf("en", p, "deployed"));
    }
}
