package org.annals.ontology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.resources.TsvResource;

/** The CAMEO event codebook, read from {@code ontology/cameo.tsv}, with lookup by code. */
public final class CameoOntology {

    private static final String RESOURCE = "ontology/cameo.tsv";

    /** Loaded on first use, by the holder idiom, so that the table is read once per class loader. */
    private static final class Standard {
        static final CameoOntology INSTANCE = load(RESOURCE);
    }

    private static final String MODES = "ontology/plover-modes.tsv";

    private final Map<String, CameoCode> byCode;
    private final Map<String, Plover> categoryOfMode = new HashMap<>();

    private CameoOntology(Map<String, CameoCode> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        for (String[] row : TsvResource.rows(MODES)) {
            categoryOfMode.put(TsvResource.field(row, 0), Plover.parse(TsvResource.field(row, 1)).orElseThrow(
                    () -> new IllegalStateException(MODES + ": unknown PLOVER category in " + String.join(" ", row))));
        }
    }

    /** The built-in codebook. */
    public static CameoOntology standard() {
        return Standard.INSTANCE;
    }

    /**
     * The entry for {@code code}; a code that is absent falls back to its nearest listed parent
     * ("0419" to "041", "049" to "04"), since CAMEO coders use 4-digit codes not every table lists.
     */
    public Optional<CameoCode> code(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String key = code.trim();
        while (key.length() >= 2) {
            CameoCode found = byCode.get(key);
            if (found != null) {
                return Optional.of(found);
            }
            key = key.substring(0, key.length() - 1);
        }
        return Optional.empty();
    }

    /**
     * The entry for {@code code} as coded with a PLOVER {@code mode}: a mode PLOVER files under another
     * category than the code's ("resign" under RETREAT, CAMEO 0831 under CONCEDE) moves the event there.
     */
    public Optional<CameoCode> code(String code, String mode) {
        Plover moved = mode == null ? null : categoryOfMode.get(mode);
        return code(code).map(c -> moved == null || moved == c.plover() ? c
                : new CameoCode(c.code(), c.label(), c.goldstein(), c.quadClass(), moved, mode, c.contexts()));
    }

    /** Whether {@code code} is listed exactly, without fallback. */
    public boolean contains(String code) {
        return code != null && byCode.containsKey(code.trim());
    }

    /** The PLOVER category of {@code code} (with parent fallback), empty when none. */
    public Optional<Plover> plover(String code) {
        return code(code).map(CameoCode::plover);
    }

    /** All codes in codebook order. */
    public Collection<CameoCode> codes() {
        return byCode.values();
    }

    /** Reads a table in the {@code cameo.tsv} format from the classpath. */
    static CameoOntology load(String resource) {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : TsvResource.requiredLines(resource)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            CameoCode parsed = parse(line, resource, lineNo);
            if (codes.putIfAbsent(parsed.code(), parsed) != null) {
                throw new IllegalStateException(resource + ":" + lineNo + ": duplicate code " + parsed.code());
            }
        }
        return new CameoOntology(codes);
    }

    private static CameoCode parse(String line, String resource, int lineNo) {
        String[] f = line.split("\t", -1);
        if (f.length < 4) {
            throw new IllegalStateException(resource + ":" + lineNo + ": expected 7 tab-separated columns");
        }
        String ploverLabel = field(f, 4);
        Plover plover = null;
        if (!ploverLabel.isEmpty()) {
            plover = Plover.parse(ploverLabel).orElseThrow(() -> new IllegalStateException(
                    resource + ":" + lineNo + ": unknown PLOVER category " + ploverLabel));
        }
        List<String> contexts = new ArrayList<>();
        for (String c : field(f, 6).split(";")) {
            if (!c.isBlank()) {
                contexts.add(c.trim());
            }
        }
        try {
            return new CameoCode(f[0].trim(), f[1].trim(), Double.parseDouble(f[2].trim()),
                    Integer.parseInt(f[3].trim()), plover, field(f, 5), contexts);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(resource + ":" + lineNo + ": " + e.getMessage() + " in "
                    + Arrays.toString(f), e);
        }
    }

    private static String field(String[] fields, int i) {
        return i < fields.length ? fields[i].trim() : "";
    }
}
