package org.annals.nlp.corenlp;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns a NER model's labels into ours (PERSON, LOCATION, ORGANIZATION, MISC, "O"): drops BIO/BIOES
 * prefixes ("I-PER") and renames the model's short names from a {@code SHORT:OURS, ...} list.
 */
final class NerLabels {

    private final Map<String, String> renames;

    private NerLabels(Map<String, String> renames) {
        this.renames = Map.copyOf(renames);
    }

    /** Reads renames written as {@code "PER:PERSON, LOC:LOCATION"}; blank or null for none. */
    static NerLabels parse(String spec) {
        Map<String, String> renames = new HashMap<>();
        if (spec != null) {
            for (String pair : spec.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                String[] f = pair.strip().split(":");
                if (f.length != 2) {
                    throw new IllegalArgumentException("bad NER label rename \"" + pair + "\"");
                }
                renames.put(f[0].strip(), f[1].strip());
            }
        }
        return new NerLabels(renames);
    }

    String normalize(String label) {
        if (label == null || label.isEmpty() || label.equals("O")) {
            return "O";
        }
        String bare = label.length() > 2 && label.charAt(1) == '-' && "BIES".indexOf(label.charAt(0)) >= 0
                ? label.substring(2) : label;
        return renames.getOrDefault(bare, bare);
    }
}
