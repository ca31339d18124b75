package org.annals.kb;

/** Parses the written form of actor codes used in the data files ("KAZGOV", "IGOWSTNAT", "RUS"). */
final class ActorCodes {

    private ActorCodes() {
    }

    /** "KAZGOV" → (KAZ, GOV); "-" or "" → null. Country is the first three letters. */
    static ActorCode parse(String code) {
        if (code == null || code.isBlank() || code.equals("-")) {
            return null;
        }
        String c = code.strip();
        if (c.length() <= 3) {
            return new ActorCode(c, null);
        }
        return new ActorCode(c.substring(0, 3), c.substring(3));
    }
}
