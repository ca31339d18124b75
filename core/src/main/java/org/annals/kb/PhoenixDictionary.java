package org.annals.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH/Phoenix (TABARI) actor dictionaries: a head phrase with words joined by {@code _}, then
 * {@code +} synonym lines, and codes in brackets on the head line or on indented lines below it, each with
 * an optional date restriction: {@code [KAZGOV >900424]} from that day, {@code [USRKAZ <911216]} before it,
 * {@code [KAZELI 780101-911014]} between, {@code [KAZELI]} otherwise. Six-digit dates are YYMMDD (years
 * 30–99 are 19xx), eight-digit ones YYYYMMDD. {@code #} comments and {@code <!-- -->} lines are ignored;
 * discard codes ({@code ---}, {@code +++}, {@code ###}) drop the entry.
 */
public final class PhoenixDictionary {

    /** A code with its date restriction; {@code start}/{@code end} inclusive, null when open. */
    public record DatedCode(String code, LocalDate start, LocalDate end) {
        /** Whether the code applies at all dates. */
        public boolean undated() {
            return start == null && end == null;
        }
    }

    /**
     * One actor of the dictionary.
     *
     * @param name the head phrase, words separated by spaces
     * @param synonyms the {@code +} phrases
     * @param codes codes in file order
     * @param line line number of the head (1-based)
     */
    public record Entry(String name, List<String> synonyms, List<DatedCode> codes, int line) {
        public Entry {
            synonyms = List.copyOf(synonyms);
            codes = List.copyOf(codes);
        }
    }

    /** What was read: the entries and how many heads were dropped (discard code, no code, bad code). */
    public record Contents(List<Entry> entries, int dropped) {
    }

    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern RESTRICTION = Pattern.compile(
            "^([A-Za-z0-9/]+)?\\s*(?:([<>])\\s*(\\d{6}|\\d{8})|(\\d{6}|\\d{8})\\s*-\\s*(\\d{6}|\\d{8}))?$");

    private PhoenixDictionary() {
    }

    /** Reads a dictionary file. */
    public static Contents read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** Parses the lines of a dictionary. */
    public static Contents parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        int dropped = 0;
        Builder current = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = stripComment(raw);
            if (line.isBlank() || line.strip().startsWith("<!--")) {
                continue;
            }
            String trimmed = line.strip();
            boolean indented = Character.isWhitespace(line.charAt(0));
            if (trimmed.startsWith("+") && current != null) {
                String phrase = trimmed.substring(1);
                current.synonyms.add(phrase(beforeCodes(phrase)));
                current.addCodes(phrase);
            } else if (indented && trimmed.startsWith("[") && current != null) {
                current.addCodes(trimmed);
            } else {
                if (current != null) {
                    if (current.usable()) {
                        entries.add(current.build());
                    } else {
                        dropped++;
                    }
                }
                current = new Builder(phrase(beforeCodes(trimmed)), i + 1);
                current.addCodes(trimmed);
            }
        }
        if (current != null) {
            if (current.usable()) {
                entries.add(current.build());
            } else {
                dropped++;
            }
        }
        return new Contents(List.copyOf(entries), dropped);
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static String beforeCodes(String text) {
        int bracket = text.indexOf('[');
        return bracket < 0 ? text : text.substring(0, bracket);
    }

    /** "NURSULTAN_NAZARBAYEV_" → "NURSULTAN NAZARBAYEV". */
    static String phrase(String text) {
        return text.replace('_', ' ').replaceAll("\\s+", " ").strip();
    }

    /** A head being read. */
    private static final class Builder {
        final String name;
        final int line;
        final List<String> synonyms = new ArrayList<>();
        final List<DatedCode> codes = new ArrayList<>();
        boolean discard;
        boolean bad;

        Builder(String name, int line) {
            this.name = name;
            this.line = line;
        }

        void addCodes(String text) {
            Matcher m = BRACKET.matcher(text);
            while (m.find()) {
                String inside = m.group(1).strip();
                if (inside.startsWith("---") || inside.startsWith("+++") || inside.startsWith("###")) {
                    discard = true;
                    continue;
                }
                Matcher r = RESTRICTION.matcher(inside);
                if (!r.matches() || r.group(1) == null) {
                    bad = true;
                    continue;
                }
                // "ELR/GAL": alternatives; the first is the actor's own code.
                String code = r.group(1).split("/")[0].toUpperCase(Locale.ROOT);
                try {
                    LocalDate start = null;
                    LocalDate end = null;
                    if (r.group(2) != null) {
                        LocalDate day = date(r.group(3));
                        if (r.group(2).equals(">")) {
                            start = day;
                        } else {
                            end = day.minusDays(1);
                        }
                    } else if (r.group(4) != null) {
                        start = date(r.group(4));
                        end = date(r.group(5));
                    }
                    codes.add(new DatedCode(code, start, end));
                } catch (DateTimeException e) {
                    bad = true;
                }
            }
        }

        boolean usable() {
            return !discard && !codes.isEmpty() && !name.isEmpty();
        }

        Entry build() {
            return new Entry(name, synonyms.stream().filter(s -> !s.isEmpty()).toList(), codes, line);
        }
    }

    /** YYMMDD (30–99 → 19xx, else 20xx) or YYYYMMDD. */
    static LocalDate date(String digits) {
        if (digits.length() == 8) {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        }
        int yy = Integer.parseInt(digits.substring(0, 2));
        return LocalDate.of(yy >= 30 ? 1900 + yy : 2000 + yy, Integer.parseInt(digits.substring(2, 4)),
                Integer.parseInt(digits.substring(4, 6)));
    }
}
