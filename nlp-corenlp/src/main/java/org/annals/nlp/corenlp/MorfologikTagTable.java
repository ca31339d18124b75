package org.annals.nlp.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How to read the tags of one morfologik dictionary: which tags agree with which UPOS, and which UD
 * features the words of a tag stand for.
 *
 * <p>The table is a TSV data file with two kinds of lines:
 * {@code upos <TAB> UPOS <TAB> tag regex} (tried in file order) and
 * {@code feat <TAB> category regex <TAB> tag word <TAB> features}, where the category is the first
 * space-separated word of a tag and features are {@code |}-separated {@code Name=Value} pairs.
 */
final class MorfologikTagTable {

    private record UposRule(String upos, Pattern tag) {
    }

    private record FeatureRule(Pattern category, String word, List<String> features) {
    }

    private final List<UposRule> uposRules;
    private final List<FeatureRule> featureRules;

    private MorfologikTagTable(List<UposRule> uposRules, List<FeatureRule> featureRules) {
        this.uposRules = List.copyOf(uposRules);
        this.featureRules = List.copyOf(featureRules);
    }

    /** Reads a table from a classpath resource. */
    static MorfologikTagTable fromClasspath(String resource) {
        List<UposRule> upos = new ArrayList<>();
        List<FeatureRule> feats = new ArrayList<>();
        for (String line : ClasspathText.dataLines(resource)) {
            String[] f = line.split("\t");
            if (f[0].equals("upos") && f.length == 3) {
                upos.add(new UposRule(f[1], Pattern.compile(f[2])));
            } else if (f[0].equals("feat") && f.length == 4) {
                feats.add(new FeatureRule(Pattern.compile(f[1]), f[2], List.of(f[3].split("\\|"))));
            } else {
                throw new IllegalStateException(resource + ": cannot read line \"" + line + "\"");
            }
        }
        return new MorfologikTagTable(upos, feats);
    }

    /**
     * How well {@code tag} agrees with {@code upos}: 0 for the first rule of that UPOS, 1 for the next...,
     * or -1 when no rule of that UPOS matches.
     */
    int agreement(String upos, String tag) {
        int rank = 0;
        for (UposRule rule : uposRules) {
            if (rule.upos().equals(upos)) {
                if (rule.tag().matcher(tag).lookingAt()) {
                    return rank;
                }
                rank++;
            }
        }
        return -1;
    }

    /** UD features of a tag, sorted by name as UD writes them ("Mood=Cnd|Number=Sing|..."), or "". */
    String features(String tag) {
        String[] words = tag.split(" ");
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (FeatureRule rule : featureRules) {
            if (!rule.category().matcher(words[0]).matches()) {
                continue;
            }
            for (int i = 1; i < words.length; i++) {
                if (words[i].equals(rule.word())) {
                    for (String feature : rule.features()) {
                        int eq = feature.indexOf('=');
                        byName.putIfAbsent(feature.substring(0, eq), feature.substring(eq + 1));
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        byName.forEach((name, value) -> {
            if (out.length() > 0) {
                out.append('|');
            }
            out.append(name).append('=').append(value);
        });
        return out.toString();
    }
}
