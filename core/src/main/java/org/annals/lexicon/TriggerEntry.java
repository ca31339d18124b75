package org.annals.lexicon;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annals.ontology.Plover;

/**
 * One event trigger of a language: a lemma pattern, the part of speech of its head, its CAMEO code,
 * PLOVER category and mode, and how its arguments map to the event's sides.
 *
 * @param pattern the lemma sequence, possibly multiword ("conversation téléphonique", "call for")
 * @param pos part of speech of the head: VERB or NOUN, or ADJ for predicates ("ready to")
 * @param cameo most specific sensible CAMEO code
 * @param plover PLOVER category of {@code cameo}
 * @param mode PLOVER mode ("phone", "visit", "demo"), empty when none
 * @param frame argument frame
 * @param markerRoles case markers that mean something else with this trigger ("exiger de X": X is asked, not
 *                    the asker); empty for most entries
 */
public record TriggerEntry(LemmaPattern pattern, String pos, String cameo, Plover plover, String mode,
                           ArgumentFrame frame, Map<String, Set<ArgumentRole>> markerRoles) {
    public TriggerEntry {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(frame, "frame");
        mode = mode == null ? "" : mode;
        markerRoles = markerRoles == null ? Map.of() : Map.copyOf(markerRoles);
    }

    /** An entry whose case markers mean what they usually do. */
    public TriggerEntry(LemmaPattern pattern, String pos, String cameo, Plover plover, String mode,
                        ArgumentFrame frame) {
        this(pattern, pos, cameo, plover, mode, frame, Map.of());
    }

    /** The lemma sequence as written. */
    public String lemmas() {
        return pattern.text();
    }

    /** Whether this trigger has more than one slot (a phrase or a verb with its particle). */
    public boolean multiword() {
        return pattern.size() > 1;
    }
}
