package org.annals.nlp.corenlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lemmas and UD features from a per-language table written by the team, for languages without a
 * dictionary we may ship (German and Spanish: CoreNLP has no lemmatizer for them, and the LanguageTool
 * dictionaries are not on Maven Central).
 *
 * <p>The table ({@code lemmas-<lang>.tsv}) holds irregular forms (strong verbs, auxiliaries, modals),
 * suffix rules per UPOS with the features an ending marks (Spanish {@code -ría} is {@code Mood=Cnd}),
 * verb prefixes (German separable "an", "zusammen" and inseparable "ver", "be"), stem alternations
 * to undo (Spanish "ue" → "o") and known lemmas. A word's candidate lemmas come from its irregular
 * form, from the rules, from the alternations applied to the rule stems, and for verbs from a prefix
 * split ("angegriffen" = "an" + the lemma of "gegriffen"). The first candidate that is a known lemma wins, so
 * the vocabulary that matters (the lexicons' lemmas, named by {@code annals.lemma.knownFrom}) steers
 * ambiguous endings; otherwise the first candidate is taken for the UPOS the table allows to guess,
 * and the word itself for the others. Thread-safe: immutable after loading.
 *
 * <p>Table lines, tab-separated: {@code form UPOS,... word lemma [feats]},
 * {@code rule UPOS,... ending replacement [feats]} (an ending {@code ge~t} means prefix "ge" and suffix
 * "t"; {@code 0} stands for the empty string), {@code prefix text separable|inseparable},
 * {@code alternation from to}, {@code known lemma...}, {@code guess UPOS,...}, and the participle and
 * infinitive marks an inseparable prefix replaces or a separable one encloses
 * ({@code participle ge}, {@code infinitive zu}).
 */
final class RuleLemmatizer {

    /** The lemma chosen for a word and the UD features its form marks ("" when none). */
    record Reading(String lemma, String feats) {
    }

    private record Form(Set<String> upos, String lemma, String feats) {
    }

    private record Rule(Set<String> upos, String prefix, String suffix, String replacement, String feats) {
        boolean fits(String word, String tag) {
            return upos.contains(tag) && word.length() > prefix.length() + suffix.length() + 1
                    && word.startsWith(prefix) && word.endsWith(suffix);
        }

        String apply(String word) {
            return word.substring(prefix.length(), word.length() - suffix.length()) + replacement;
        }

        int length() {
            return prefix.length() + suffix.length();
        }
    }

    private record Prefix(String text, boolean separable) {
    }

    private final Map<String, List<Form>> forms;
    private final List<Rule> rules;
    private final List<Prefix> prefixes;
    private final Map<String, String> alternations;
    private final Set<String> known;
    private final Set<String> guessed;
    private final String participleMark;
    private final String infinitiveMark;

    private RuleLemmatizer(Map<String, List<Form>> forms, List<Rule> rules, List<Prefix> prefixes,
                           Map<String, String> alternations, Set<String> known, Set<String> guessed,
                           String participleMark, String infinitiveMark) {
        this.participleMark = participleMark;
        this.infinitiveMark = infinitiveMark;
        this.forms = Map.copyOf(forms);
        List<Rule> sorted = new ArrayList<>(rules);
        // Longest ending first (stable, so file order decides among equal lengths).
        sorted.sort(Comparator.comparingInt(Rule::length).reversed());
        this.rules = List.copyOf(sorted);
        List<Prefix> byLength = new ArrayList<>(prefixes);
        byLength.sort(Comparator.comparingInt((Prefix p) -> p.text().length()).reversed());
        this.prefixes = List.copyOf(byLength);
        this.alternations = new LinkedHashMap<>(alternations);
        this.known = Set.copyOf(known);
        this.guessed = Set.copyOf(guessed);
    }

    /**
     * Loads a table and adds to its known lemmas the words of the first column of each
     * {@code knownFrom} resource (lexicon files: lemma sequences with "|" alternatives).
     */
    static RuleLemmatizer fromClasspath(String table, List<String> knownFrom) {
        Map<String, List<Form>> forms = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        List<Prefix> prefixes = new ArrayList<>();
        Map<String, String> alternations = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        Set<String> guessed = new HashSet<>();
        String participleMark = "";
        String infinitiveMark = "";
        for (String line : ClasspathText.dataLines(table)) {
            String[] f = line.strip().split("\t");
            switch (f[0]) {
                case "form" -> {
                    require(f.length >= 4, table, line);
                    String lemma = f[3].toLowerCase(Locale.ROOT);
                    forms.computeIfAbsent(f[2].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(new Form(tags(f[1]), lemma, f.length > 4 ? f[4] : ""));
                    known.add(lemma);
                }
                case "rule" -> {
                    require(f.length >= 4, table, line);
                    String ending = f[2].equals("0") ? "" : f[2];
                    int tilde = ending.indexOf('~');
                    String prefix = tilde < 0 ? "" : ending.substring(0, tilde);
                    String suffix = tilde < 0 ? ending : ending.substring(tilde + 1);
                    rules.add(new Rule(tags(f[1]), prefix, suffix, f[3].equals("0") ? "" : f[3],
                            f.length > 4 ? f[4] : ""));
                }
                case "prefix" -> {
                    require(f.length == 3, table, line);
                    prefixes.add(new Prefix(f[1], f[2].equals("separable")));
                }
                case "alternation" -> {
                    require(f.length == 3, table, line);
                    alternations.put(f[1], f[2]);
                }
                case "known" -> {
                    for (int i = 1; i < f.length; i++) {
                        for (String w : f[i].split(" ")) {
                            if (!w.isBlank()) {
                                known.add(w.toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                }
                case "guess" -> guessed.addAll(tags(f[1]));
                case "participle" -> participleMark = f[1];
                case "infinitive" -> infinitiveMark = f[1];
                default -> require(false, table, line);
            }
        }
        for (String resource : knownFrom) {
            for (String line : ClasspathText.dataLines(resource)) {
                String first = line.split("\t", 2)[0];
                for (String slot : first.split(" ")) {
                    for (String w : slot.split("\\|")) {
                        if (!w.isBlank() && !w.equals("*")) {
                            known.add(w.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return new RuleLemmatizer(forms, rules, prefixes, alternations, known, guessed, participleMark,
                infinitiveMark);
    }

    private static Set<String> tags(String field) {
        return Set.of(field.split(","));
    }

    private static void require(boolean ok, String table, String line) {
        if (!ok) {
            throw new IllegalStateException(table + ": cannot read line \"" + line + "\"");
        }
    }

    /** Whether {@code word} (lower case) is a separable verb prefix of the table. */
    boolean isSeparablePrefix(String word) {
        for (Prefix p : prefixes) {
            if (p.separable() && p.text().equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** The reading of {@code word} tagged {@code upos}; proper nouns keep the word as written. */
    Reading read(String word, String upos) {
        if (upos.equals("PROPN")) {
            return new Reading(word, "");
        }
        String lower = word.toLowerCase(Locale.ROOT);
        List<Reading> candidates = candidates(lower, upos, true);
        for (Reading r : candidates) {
            if (known.contains(r.lemma())) {
                return r;
            }
        }
        if (known.contains(lower)) {
            return new Reading(lower, "");
        }
        if (!candidates.isEmpty() && guessed.contains(upos)) {
            return candidates.get(0);
        }
        return new Reading(lower, candidates.isEmpty() ? "" : candidates.get(0).feats());
    }

    /**
     * Candidates in order of trust: the word's irregular form, a prefix before an irregular form
     * ("detuvo" = "de" + "tuvo"), the rules on the word, the rules after a prefix.
     */
    private List<Reading> candidates(String word, String upos, boolean splitPrefix) {
        List<Reading> out = new ArrayList<>();
        form(word, upos).ifPresent(f -> out.add(new Reading(f.lemma(), f.feats())));
        List<String[]> splits = splitPrefix ? prefixSplits(word, upos) : List.of();
        for (String[] split : splits) {
            form(split[1], upos).ifPresent(f -> out.add(new Reading(split[0] + f.lemma(), f.feats())));
        }
        out.addAll(ruleReadings(word, upos));
        for (String[] split : splits) {
            for (Reading inner : ruleReadings(split[1], upos)) {
                out.add(new Reading(split[0] + inner.lemma(), inner.feats()));
            }
        }
        return out;
    }

    /** The rule results for a word, each followed by its stem alternations. */
    private List<Reading> ruleReadings(String word, String upos) {
        List<Reading> out = new ArrayList<>();
        for (Rule rule : rules) {
            if (!rule.fits(word, upos)) {
                continue;
            }
            String stem = rule.apply(word);
            out.add(new Reading(stem, rule.feats()));
            String base = stem.substring(0, stem.length() - rule.replacement().length());
            for (Map.Entry<String, String> alt : alternations.entrySet()) {
                int at = base.lastIndexOf(alt.getKey());
                if (at >= 0) {
                    out.add(new Reading(base.substring(0, at) + alt.getValue()
                            + base.substring(at + alt.getKey().length()) + rule.replacement(), rule.feats()));
                }
            }
        }
        return out;
    }

    /** (prefix, rest) pairs of a verb: "angegriffen" = ("an", "gegriffen"), "verboten" = ("ver", "geboten"). */
    private List<String[]> prefixSplits(String word, String upos) {
        List<String[]> out = new ArrayList<>();
        if (!upos.equals("VERB") && !upos.equals("AUX") && !upos.equals("ADJ")) {
            return out;
        }
        for (Prefix p : prefixes) {
            if (word.length() - p.text().length() < 3 || !word.startsWith(p.text())) {
                continue;
            }
            String rest = word.substring(p.text().length());
            out.add(new String[] {p.text(), rest});
            if (p.separable() && !infinitiveMark.isEmpty() && rest.startsWith(infinitiveMark)
                    && rest.length() > infinitiveMark.length() + 3) {
                // "anzukündigen": the infinitive's "zu" sits after the particle
                out.add(new String[] {p.text(), rest.substring(infinitiveMark.length())});
            }
            if (!p.separable() && !participleMark.isEmpty()) {
                // "verboten": an inseparable prefix takes the place of "ge"
                out.add(new String[] {p.text(), participleMark + rest});
            }
        }
        return out;
    }

    private Optional<Form> form(String word, String upos) {
        List<Form> found = forms.get(word);
        if (found == null) {
            return Optional.empty();
        }
        for (Form f : found) {
            if (f.upos().contains(upos) || f.upos().contains("*")) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
