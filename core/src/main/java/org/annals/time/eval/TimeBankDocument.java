package org.annals.time.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One ISO-TimeML document (French TimeBank): its plain text, creation date and gold TIMEX3 spans, with
 * offsets into the plain text obtained by dropping the inline tags.
 */
public record TimeBankDocument(String id, LocalDate creationDate, String text, List<GoldTimex> timexes) {

    /** A gold TIMEX3: offsets in {@link TimeBankDocument#text()}, TIMEX3 type and value. */
    public record GoldTimex(int start, int end, String text, String type, String value) {
    }

    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"([^\"]+)\"");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>");
    private static final Pattern ATTR = Pattern.compile("([A-Za-z]+)=\"([^\"]*)\"");

    public static TimeBankDocument read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Matcher dct = DCT.matcher(xml);
        LocalDate creation = dct.find() ? LocalDate.parse(dct.group(1).substring(0, 10)) : null;
        int from = xml.indexOf("<TEXT>");
        int to = xml.indexOf("</TEXT>");
        String body = xml.substring(from + "<TEXT>".length(), to);
        StringBuilder text = new StringBuilder();
        List<GoldTimex> timexes = new ArrayList<>();
        Matcher tag = TAG.matcher(body);
        int last = 0;
        int openStart = -1;
        String openType = null;
        String openValue = null;
        while (tag.find()) {
            text.append(unescape(body.substring(last, tag.start())));
            last = tag.end();
            if (!tag.group(2).equals("TIMEX3")) {
                continue;
            }
            if (tag.group(1).isEmpty() && tag.group(4).isEmpty()) {
                openStart = text.length();
                openType = attribute(tag.group(3), "type");
                openValue = attribute(tag.group(3), "value");
            } else if (!tag.group(1).isEmpty() && openStart >= 0) {
                timexes.add(new GoldTimex(openStart, text.length(), text.substring(openStart), openType, openValue));
                openStart = -1;
            }
        }
        text.append(unescape(body.substring(last)));
        String name = file.getFileName().toString().replaceFirst("\\.tml$", "");
        return new TimeBankDocument(name, creation, text.toString(), List.copyOf(timexes));
    }

    private static String attribute(String attrs, String name) {
        Matcher m = ATTR.matcher(attrs);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        return null;
    }

    /** Entities are decoded one by one so that offsets count characters of the decoded text. */
    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
