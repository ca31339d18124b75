package org.annals.events;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.annals.ontology.CameoCode;
import org.annals.ontology.CameoOntology;
import org.annals.ontology.Plover;
import org.annals.resources.TsvResource;

/**
 * Recodes announced future actions as PLOVER does: future cooperation is an AGREE (a statement of
 * intent), future conflict a THREATEN. The mapping is data ({@code ontology/intent.tsv}).
 */
public final class IntentRecoder {

    private final Map<Plover, CameoCode> intentOf = new EnumMap<>(Plover.class);

    public IntentRecoder(CameoOntology ontology) {
        for (String[] row : TsvResource.rows("ontology/intent.tsv")) {
            Plover category = Plover.parse(TsvResource.field(row, 0)).orElseThrow(
                    () -> new IllegalStateException("ontology/intent.tsv: unknown category " + row[0]));
            CameoCode code = ontology.code(TsvResource.field(row, 1)).orElseThrow(
                    () -> new IllegalStateException("ontology/intent.tsv: unknown CAMEO code " + row[1]));
            intentOf.put(category, code);
        }
    }

    /** The statement-of-intent code a future event of {@code category} becomes, if PLOVER recodes it. */
    public Optional<CameoCode> intentOf(Plover category) {
        return Optional.ofNullable(intentOf.get(category));
    }
}
