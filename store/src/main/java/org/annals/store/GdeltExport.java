package org.annals.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes merged events as a GDELT 2.0 event table: 61 tab-separated columns, no header, one line per
 * merged event, in the column order of the GDELT 2.0 event codebook.
 *
 * <p>The mapping (fields Annals does not know are left empty, never invented):
 * <ul>
 * <li>GLOBALEVENTID: merged_id (stable within one merge run only).
 * <li>SQLDATE, FractionDate: the event's day, only when the reports pin one day (never the publication date);
 *     MonthYear and Year when the possible days lie within one month or one year.
 * <li>Actor1*: the (first) source actor; Actor2*: the (first) target. Code = Annals actor code (country + sector, e.g. BLRGOV);
 *     Name = canonical name, upper-cased as GDELT writes names; CountryCode = ISO 3166 alpha-3 (CAMEO country
 *     codes agree for countries); Type1Code = CAMEO sector (GOV, MIL, COP, OPP, ...). KnownGroup, Ethnic,
 *     Religion, Type2/Type3 empty.
 * <li>IsRootEvent: 1 when a factual report's trigger lies in its article's first paragraph, else 0.
 * <li>EventCode/EventBaseCode/EventRootCode: the CAMEO code most reports agree on, its first 3 and 2 digits.
 * <li>QuadClass, GoldsteinScale: of that code. NumMentions: factual reports; NumSources: distinct outlets
 *     (translations and republications by one outlet count once); NumArticles: distinct articles.
 * <li>AvgTone empty (no tone analysis). Actor1Geo_*, Actor2Geo_* empty (actors are not geolocated).
 * <li>ActionGeo_FullName: the name of the event's place; the other ActionGeo fields are empty (GDELT uses
 *     FIPS 10-4 country codes and GeoNames feature ids, which Annals does not hold).
 * <li>DATEADDED: when the first report was ingested (UTC, YYYYMMDDHHMMSS). SOURCEURL: URL of the earliest
 *     report that has one.
 * </ul>
 */
public final class GdeltExport {

    /** GDELT 2.0 event table columns, in order. */
    public static final List<String> COLUMNS = List.of(
            "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
            "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
            "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private static final String QUERY = """
            SELECT m.merged_id, m.date_first, m.date_last, m.source_code, m.source_names, m.source_country,
                   m.source_sector, m.target_code, m.target_names, m.target_country, m.target_sector, m.cameo,
                   m.quad_class, m.goldstein, m.mentions, m.sources, m.articles, m.location_name,
                   m.first_ingested, m.source_url,
                   EXISTS (SELECT 1 FROM event_mentions em JOIN articles a ON a.id = em.article_id
                            WHERE em.merged_id = m.merged_id AND em.confirms
                              AND em.trigger_start < coalesce(nullif(strpos(a.text, chr(10)), 0) - 1, length(a.text)))
                     AS root
              FROM merged_events m
             ORDER BY m.merged_id""";

    /** Writes every merged event of the store; returns the number of lines. */
    public long write(Store store, Writer out) throws IOException {
        long lines = 0;
        synchronized (store) {
            try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(QUERY)) {
                while (rs.next()) {
                    out.write(String.join("\t", row(rs)));
                    out.write('\n');
                    lines++;
                }
            } catch (SQLException e) {
                throw new StoreException("GDELT export failed: " + e.getMessage(), e);
            }
        }
        out.flush();
        return lines;
    }

    private static List<String> row(ResultSet rs) throws SQLException {
        String[] f = new String[COLUMNS.size()];
        Arrays.fill(f, "");
        LocalDate first = rs.getObject("date_first", LocalDate.class);
        LocalDate last = rs.getObject("date_last", LocalDate.class);
        f[0] = Long.toString(rs.getLong("merged_id"));
        if (first != null && first.equals(last)) {
            f[1] = String.format(Locale.ROOT, "%04d%02d%02d", first.getYear(), first.getMonthValue(), first.getDayOfMonth());
            // GDELT's own formula: year + (month * 30 + day) / 365.
            f[4] = String.format(Locale.ROOT, "%.4f", first.getYear() + (first.getMonthValue() * 30 + first.getDayOfMonth()) / 365.0);
        }
        if (first != null && last != null && first.getYear() == last.getYear()) {
            if (first.getMonthValue() == last.getMonthValue()) {
                f[2] = String.format(Locale.ROOT, "%04d%02d", first.getYear(), first.getMonthValue());
            }
            f[3] = Integer.toString(first.getYear());
        }
        actor(f, 5, rs.getString("source_code"), rs.getString("source_names"), rs.getString("source_country"),
                rs.getString("source_sector"));
        actor(f, 15, rs.getString("target_code"), rs.getString("target_names"), rs.getString("target_country"),
                rs.getString("target_sector"));
        f[25] = rs.getBoolean("root") ? "1" : "0";
        String cameo = rs.getString("cameo");
        if (cameo != null) {
            f[26] = cameo;
            f[27] = cameo.length() >= 3 ? cameo.substring(0, 3) : cameo;
            f[28] = cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
        }
        f[29] = Integer.toString(rs.getInt("quad_class"));
        f[30] = String.format(Locale.ROOT, "%.1f", rs.getDouble("goldstein"));
        f[31] = Integer.toString(rs.getInt("mentions"));
        f[32] = Integer.toString(rs.getInt("sources"));
        f[33] = Integer.toString(rs.getInt("articles"));
        f[52] = clean(rs.getString("location_name"));
        Timestamp added = rs.getTimestamp("first_ingested");
        f[59] = added == null ? "" : added.toLocalDateTime().format(ADDED);
        f[60] = clean(rs.getString("source_url"));
        return new ArrayList<>(Arrays.asList(f));
    }

    private static void actor(String[] f, int at, String code, String name, String country, String sector) {
        f[at] = clean(code);
        // GDELT has one actor per side: the first of ours, whose code is the one written.
        String first = name == null ? null : name.split("; ", 2)[0];
        f[at + 1] = clean(first).toUpperCase(Locale.ROOT);
        f[at + 2] = clean(country);
        f[at + 7] = clean(sector);
    }

    /** A field value without the tabs and line breaks that would break the table. */
    private static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
