package org.annals.ontology;

import java.util.List;
import java.util.Objects;

/**
 * One CAMEO event code with its Goldstein score, QuadClass and PLOVER equivalent.
 *
 * @param code 2-, 3- or 4-digit CAMEO code, leading zero kept ("041")
 * @param label short English label
 * @param goldstein Goldstein score, -10 (most conflictual) to +10 (most cooperative)
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param plover PLOVER category, or {@code null} where PLOVER has none (CAMEO 01 statements)
 * @param mode PLOVER mode, empty when none
 * @param contexts PLOVER contexts, possibly empty
 */
public record CameoCode(String code, String label, double goldstein, int quadClass, Plover plover,
                        String mode, List<String> contexts) {
    public CameoCode {
        Objects.requireNonNull(code, "code");
        if (!code.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("CAMEO code must have 2 to 4 digits: " + code);
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("QuadClass must be 1..4: " + quadClass);
        }
        label = label == null ? "" : label;
        mode = mode == null ? "" : mode;
        contexts = contexts == null ? List.of() : List.copyOf(contexts);
    }

    /** The two-digit root ("04" for "041"). */
    public String root() {
        return code.substring(0, 2);
    }

    /** The code one level up ("04" for "041", "041" for "0411"), or this code for a root. */
    public String parentCode() {
        return code.length() <= 2 ? code : code.substring(0, code.length() - 1);
    }

    /** Whether PLOVER has a category for this code. */
    public boolean hasPlover() {
        return plover != null;
    }
}
