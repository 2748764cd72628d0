package io.claimdesk.workflow;

/**
 * What any text a person submits (an article's title, team and text, a claim's text, a verdict's explanation and
 * evidence, a reason or comment) must be, checked in this one place: whole characters (no lone UTF-16 surrogate,
 * which PostgreSQL would store as '?'), no invisible direction override or isolate control (U+202A–U+202E,
 * U+2066–U+2069: they make text display differently from what it says, the "Trojan Source" trick), and no pile of
 * more than {@value #MAX_COMBINING_MARKS} combining marks on one character ("Zalgo" text that spills over the lines
 * around it). Arabic and Hebrew letters are letters, not controls: right-to-left text passes; so do the one or two
 * accents of ordinary writing (Vietnamese stacks two).
 */
public final class SubmittedText {

    /** Combining marks (non-spacing or enclosing) accepted in a row on one base character. */
    public static final int MAX_COMBINING_MARKS = 4;

    private SubmittedText() {
    }

    /** Refuses the value (400) with a message naming the field when it breaks one of the rules; null passes. */
    public static void require(String value, String field) {
        if (value == null) {
            return;
        }
        int marks = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                marks = isCombiningMark(value.codePointAt(i)) ? marks + 1 : 0;
                i++;
            } else if (Character.isSurrogate(c)) {
                throw WorkflowException.invalid(Refusal.LONE_SURROGATE, field, i);
            } else if (isDirectionControl(c)) {
                throw WorkflowException.invalid(Refusal.DIRECTION_CONTROL, field,
                        String.format("U+%04X", (int) c), i);
            } else {
                marks = isCombiningMark(c) ? marks + 1 : 0;
            }
            if (marks > MAX_COMBINING_MARKS) {
                throw WorkflowException.invalid(Refusal.TOO_MANY_COMBINING_MARKS, field, i, MAX_COMBINING_MARKS);
            }
        }
    }

    private static boolean isDirectionControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean isCombiningMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
