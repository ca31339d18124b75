package org.annals.time.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the examples of a Duckling {@code Time/<LANG>/Corpus.hs} file as data: each
 * {@code examples (<expected>) ["surface", ...]} block becomes one {@link DucklingExample} per string.
 */
public final class DucklingCorpus {

    /** Duckling's test reference time: Tuesday 2013-02-12 04:30 at UTC-2. */
    public static final OffsetDateTime REFERENCE = OffsetDateTime.of(2013, 2, 12, 4, 30, 0, 0, ZoneOffset.ofHours(-2));
    /** The English {@code diffCorpus} has its own reference time, 2013-02-15 04:30 at UTC-2. */
    static final OffsetDateTime DIFF_REFERENCE = OffsetDateTime.of(2013, 2, 15, 4, 30, 0, 0, ZoneOffset.ofHours(-2));

    private static final Pattern EXAMPLES = Pattern.compile("examples\\s*\\(\\s*(\\w+)\\s*");
    private static final Pattern TUPLE = Pattern.compile(
            "\\(\\s*(-?\\d+)\\s*,\\s*(-?\\d+)\\s*,\\s*(-?\\d+)\\s*,\\s*(-?\\d+)\\s*,\\s*(-?\\d+)\\s*,\\s*(-?\\d+)\\s*\\)");
    private static final Pattern GRAIN = Pattern.compile("\\)\\s*(Second|Minute|Hour|Day|Week|Month|Quarter|Year)\\b");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private DucklingCorpus() {
    }

    public static List<DucklingExample> read(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        int diffStart = source.indexOf("diffCorpus =");
        int diffEnd = diffStart < 0 ? -1 : source.indexOf("allExamples ::", diffStart);
        List<DucklingExample> out = new ArrayList<>();
        Matcher m = EXAMPLES.matcher(source);
        while (m.find()) {
            int open = source.indexOf('[', m.end());
            int close = closingBracket(source, open);
            if (open < 0 || close < 0) {
                break;
            }
            String expectation = source.substring(m.start(), open);
            OffsetDateTime reference = diffStart >= 0 && m.start() > diffStart && m.start() < diffEnd
                    ? DIFF_REFERENCE : REFERENCE;
            Matcher tuple = TUPLE.matcher(expectation);
            LocalDateTime expected = tuple.find() ? instant(tuple) : null;
            Matcher grain = GRAIN.matcher(expectation);
            String grainName = null;
            while (grain.find()) {
                grainName = grain.group(1);
            }
            Matcher strings = STRING.matcher(source.substring(open, close));
            while (strings.find()) {
                out.add(new DucklingExample(unescape(strings.group(1)), reference, m.group(1), expected,
                        grainName == null ? "Second" : grainName));
            }
        }
        return out;
    }

    /** Duckling writes month 0 / day 0 for "unused at this grain"; they become 1. */
    private static LocalDateTime instant(Matcher t) {
        int year = Integer.parseInt(t.group(1));
        int month = Math.max(1, Integer.parseInt(t.group(2)));
        int day = Math.max(1, Integer.parseInt(t.group(3)));
        return LocalDateTime.of(year, month, day, Integer.parseInt(t.group(4)), Integer.parseInt(t.group(5)),
                Integer.parseInt(t.group(6)));
    }

    private static int closingBracket(String s, int open) {
        if (open < 0) {
            return -1;
        }
        boolean inString = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == ']') {
                return i + 1;
            }
        }
        return -1;
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
