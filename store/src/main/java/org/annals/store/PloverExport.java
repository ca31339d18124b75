package org.annals.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.annals.io.AnnalsJson;

/**
 * Writes merged events as PLOVER JSON records, one per line (the JSONL layout the PLOVER manual suggests).
 *
 * <p>Fields: {@code id} ("annals-" + merged id), {@code date} (first possible day) and {@code enddate} (last,
 * when the reports allow several days), {@code actor} and {@code recipient} (entity objects: {@code code} =
 * ISO alpha-3 country or IGO, {@code sector}, {@code entity_text}, {@code identifier_id} = Annals KB id,
 * {@code identifier_text} = canonical name), {@code event} and {@code mode} (lists), {@code event_loc}
 * ({@code name}), {@code quad_code}, {@code coder}, {@code coded_date}; and, as the manual allows, named
 * fields of our own: {@code cameo}, {@code goldstein}, {@code num_mentions}, {@code num_sources},
 * {@code num_articles}, {@code languages}, {@code source_url}, {@code reports} (article id, event id,
 * factuality, trigger offsets and text of each confirming report). Events whose reports give no day at all
 * (no date and no publication date) have no {@code date} and are left out: PLOVER requires one.
 */
public final class PloverExport {

    private final EventMerger merger;

    public PloverExport(EventMerger merger) {
        this.merger = merger;
    }

    public PloverExport() {
        this(new EventMerger());
    }

    /** Writes the store's merged events (recomputed from its reports, as {@link CorpusMerge} numbers them). */
    public long write(Store store, Writer out) throws IOException {
        List<MergedEvent> merged;
        synchronized (store) {
            try {
                merged = merger.merge(CorpusMerge.load(store.connection()));
            } catch (SQLException e) {
                throw new StoreException("PLOVER export failed: " + e.getMessage(), e);
            }
        }
        ObjectMapper json = AnnalsJson.mapper();
        String today = LocalDate.now().toString();
        long written = 0;
        for (int i = 0; i < merged.size(); i++) {
            MergedEvent e = merged.get(i);
            if (e.range() == null) {
                continue;
            }
            EventMention lead = e.lead();
            ObjectNode o = json.createObjectNode();
            o.put("id", "annals-" + (i + 1));
            o.put("date", e.range().first().toString());
            if (!e.range().isDay()) {
                o.put("enddate", e.range().last().toString());
            }
            o.set("actor", entities(json, lead.sources()));
            o.set("recipient", entities(json, lead.targets()));
            o.putArray("event").add(e.plover());
            ArrayNode modes = o.putArray("mode");
            e.confirming().stream().map(EventMention::mode).filter(m -> m != null && !m.isBlank()).distinct()
                    .forEach(modes::add);
            if (e.locationName() != null) {
                o.putObject("event_loc").put("name", e.locationName());
            }
            o.put("quad_code", lead.quadClass());
            o.put("cameo", e.cameo());
            o.put("goldstein", lead.goldstein());
            o.put("num_mentions", e.mentions());
            o.put("num_sources", e.sources());
            o.put("num_articles", e.articles());
            o.put("languages", e.languages());
            o.put("source_url", e.sourceUrl());
            ArrayNode reports = o.putArray("reports");
            for (EventMention m : e.confirming()) {
                ObjectNode r = reports.addObject();
                r.put("article", m.articleId());
                r.put("event", m.eventId());
                r.put("factuality", m.factuality());
                if (m.triggerStart() != null) {
                    r.put("start", m.triggerStart());
                    r.put("end", m.triggerEnd());
                    r.put("text", m.triggerText());
                }
            }
            o.put("coder", "annals");
            o.put("coded_date", today);
            out.write(json.writeValueAsString(o));
            out.write('\n');
            written++;
        }
        out.flush();
        return written;
    }

    private static ArrayNode entities(ObjectMapper json, List<ActorRef> actors) {
        ArrayNode list = json.createArrayNode();
        for (ActorRef a : actors) {
            ObjectNode o = list.addObject();
            o.put("code", a.country());
            o.put("sector", a.sector());
            o.put("entity_text", a.name());
            if (a.resolved() && !a.key().contains("/")) {
                o.put("identifier_id", a.key());
                o.put("identifier_text", a.name());
            }
        }
        return list;
    }
}
