package org.annals.model;

import java.util.List;

/**
 * One coded event of one document.
 *
 * @param source entity ids of the initiators
 * @param target entity ids of the recipients
 * @param location entity id of the place, or {@code null}
 * @param date ISO value of the governing time expression, or {@code null} (never the publication date by default)
 * @param attribution entity id of whoever the text says reported the event, when {@code factuality} is reported
 */
public record EventRecord(String id, String plover, String mode, String cameo,
                          double goldstein, int quadClass,
                          List<String> source, List<String> target, String location,
                          String date, String datePrecision,
                          Factuality factuality, String attribution,
                          Span trigger, Span sentence, double confidence) {
    public EventRecord {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }
}
