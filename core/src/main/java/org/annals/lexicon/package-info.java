/**
 * Per-language lexicons for event coding, loaded from {@code lexicons/<lang>/} on the classpath.
 *
 * <ul>
 *   <li>{@link org.annals.lexicon.TriggerLexicon}: words and phrases that announce an event, with
 *       CAMEO code, PLOVER category and mode, and argument frame ({@code triggers.tsv});</li>
 *   <li>{@link org.annals.lexicon.CueLexicon}: negation, hypothesis, future, reporting and desire
 *       cues for factuality and attribution ({@code cues.tsv});</li>
 *   <li>{@link org.annals.lexicon.CaseMarkers}: prepositions and the argument roles they introduce
 *       ({@code markers.tsv}).</li>
 * </ul>
 *
 * <p>Each file documents its format in its header. Matching works on lemmas (falling back to the
 * lower-cased token text) and needs no parse, so {@link org.annals.lexicon.TriggerLexicon#mayHaveTrigger}
 * can decide which sentences deserve the dependency parser.
 */
package org.annals.lexicon;
