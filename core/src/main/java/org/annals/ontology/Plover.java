package org.annals.ontology;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The 16 PLOVER event categories. */
public enum Plover {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
    ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT;

    /** Labels of PLOVER 0.5 that were renamed or folded. */
    private static final Map<String, Plover> OLD_NAMES = Map.of(
            "DEMAND", REQUEST, "DISAPPROVE", ACCUSE, "FIGHT", ASSAULT, "INVESTIGATE", ACCUSE);

    /** Parses a current or older PLOVER label, case-insensitively. */
    public static Optional<Plover> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String key = label.trim().toUpperCase(Locale.ROOT);
        if (OLD_NAMES.containsKey(key)) {
            return Optional.of(OLD_NAMES.get(key));
        }
        try {
            return Optional.of(valueOf(key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
