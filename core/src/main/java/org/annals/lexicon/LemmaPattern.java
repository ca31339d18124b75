package org.annals.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sequence of lemma slots as written in a lexicon: slots are separated by spaces and each slot
 * lists its accepted forms separated by "|" ("se|s' entretenir", "à|au téléphone"). A slot "*"
 * between two others stands for a short stretch of any words inside the clause, typically the
 * object between a verb and its particle ("appeler * à": "appelle la communauté internationale à").
 *
 * @param slots accepted forms of each slot, normalized (lower case, straight apostrophes)
 * @param headSlot index of the slot that carries the meaning and the syntax (the verb or noun)
 */
public record LemmaPattern(List<Set<String>> slots, int headSlot) {
    /** The form of a wildcard slot. */
    public static final String WILDCARD = "*";

    public LemmaPattern {
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("empty lemma pattern");
        }
        if (isWildcard(slots.get(0)) || isWildcard(slots.get(slots.size() - 1)) || isWildcard(slots.get(headSlot))) {
            throw new IllegalArgumentException("a wildcard slot must stand between two word slots");
        }
        if (headSlot < 0 || headSlot >= slots.size()) {
            throw new IllegalArgumentException("head slot " + headSlot + " outside pattern of " + slots.size());
        }
        slots = slots.stream().map(Set::copyOf).toList();
    }

    /**
     * Parses {@code text}; {@code head} names the head slot by one of its forms, and an empty
     * {@code head} makes the first slot the head.
     */
    public static LemmaPattern parse(String text, String head) {
        List<Set<String>> slots = new ArrayList<>();
        for (String slot : text.trim().split("\\s+")) {
            Set<String> forms = new LinkedHashSet<>();
            for (String form : slot.split("\\|")) {
                if (!form.isEmpty()) {
                    forms.add(normalize(form));
                }
            }
            if (forms.isEmpty()) {
                throw new IllegalArgumentException("empty slot in '" + text + "'");
            }
            slots.add(forms);
        }
        int headSlot = 0;
        if (head != null && !head.isBlank()) {
            String want = normalize(head.trim());
            headSlot = -1;
            for (int i = 0; i < slots.size() && headSlot < 0; i++) {
                if (slots.get(i).contains(want)) {
                    headSlot = i;
                }
            }
            if (headSlot < 0) {
                throw new IllegalArgumentException("head '" + head + "' is not a slot of '" + text + "'");
            }
        }
        return new LemmaPattern(slots, headSlot);
    }

    /** Lower case with typographic apostrophes straightened, as lexicon forms and tokens are compared. */
    public static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u02bc', '\'');
    }

    /** Whether {@code slot} is the wildcard. */
    public static boolean isWildcard(Set<String> slot) {
        return slot.size() == 1 && slot.contains(WILDCARD);
    }

    /** Number of word slots, wildcards not counted: what "longest match" compares. */
    public int wordCount() {
        return (int) slots.stream().filter(s -> !isWildcard(s)).count();
    }

    /** Number of slots. */
    public int size() {
        return slots.size();
    }

    /** The accepted forms of the head slot. */
    public Set<String> headForms() {
        return slots.get(headSlot);
    }

    /** The pattern as written, with the first form of each slot ("se entretenir"). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Set<String> slot : slots) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(String.join("|", slot));
        }
        return sb.toString();
    }
}
