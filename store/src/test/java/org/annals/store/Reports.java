package org.annals.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.Article;
import org.annals.model.DocumentResult;
import org.annals.model.EntityRecord;
import org.annals.model.EntityType;
import org.annals.model.EventRecord;
import org.annals.model.Factuality;
import org.annals.model.Span;

/** Builds small hand-made articles and results for store tests, without running the pipeline. */
final class Reports {

    private final String id;
    private final String lang;
    private final LocalDate published;
    private final String source;
    private final StringBuilder text = new StringBuilder();
    private final List<EntityRecord> entities = new ArrayList<>();
    private final List<EventRecord> events = new ArrayList<>();

    private Reports(String id, String lang, String published, String source) {
        this.id = id;
        this.lang = lang;
        this.published = published == null ? null : LocalDate.parse(published);
        this.source = source;
    }

    static Reports article(String id, String lang, String published, String source) {
        return new Reports(id, lang, published, source);
    }

    /** Adds text and returns its span. */
    Span words(String words) {
        if (text.length() > 0) {
            text.append(' ');
        }
        int start = text.length();
        text.append(words);
        return new Span(start, text.length(), words);
    }

    /** Adds an entity mentioned once by {@code surface}; kb, country and sector may be null. */
    String entity(String surface, String kb, String name, String country, String sector) {
        Span mention = words(surface);
        String entityId = "e" + (entities.size() + 1);
        String code = country == null ? null : country + (sector == null ? "" : sector);
        entities.add(new EntityRecord(entityId, kb, name, EntityType.PERSON, country, sector, code, List.of(mention)));
        return entityId;
    }

    Reports event(String plover, String cameo, String source, String target, String date, Factuality factuality) {
        Span trigger = words("met");
        String date0 = date;
        String precision = date == null ? null : date.length() == 10 ? "day" : date.length() == 7 ? "month" : "year";
        events.add(new EventRecord("v" + (events.size() + 1), plover, null, cameo, 1.0, 1,
                source == null ? List.of() : List.of(source), target == null ? List.of() : List.of(target), null,
                date0, precision, factuality, null, trigger, new Span(0, text.length(), text.toString()), 0.8));
        return this;
    }

    Article articleRecord() {
        return new Article(id, text.toString(), lang, published, "Title of " + id, null, source, "test:" + id);
    }

    DocumentResult result() {
        return new DocumentResult(DocumentResult.SCHEMA, id, lang, published, "Title of " + id, null, source,
                entities, List.of(), events);
    }

    PutOutcome putInto(Store store) {
        return store.put(articleRecord(), result());
    }
}
