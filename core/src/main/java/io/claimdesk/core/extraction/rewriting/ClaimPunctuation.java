package io.claimdesk.core.extraction.rewriting;

import java.util.regex.Pattern;

/**
 * Tidies the punctuation a cut leaves behind: leading or doubled commas, a comma before the final period, no period.
 */
final class ClaimPunctuation {

    private static final Pattern LEADING = Pattern.compile("^[\\s,;:—–-]+");
    private static final Pattern DOUBLED = Pattern.compile(",(\\s*,)+");
    private static final Pattern BEFORE_END = Pattern.compile("\\s*[,;:—–-]+\\s*(?=[.!?…]?[»”\"’')]*\\s*$)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final Pattern SPACE_BEFORE_COMMA = Pattern.compile(" ,");

    private ClaimPunctuation() {
    }

    static String tidy(String text) {
        String tidied = SPACES.matcher(text).replaceAll(" ").strip();
        tidied = LEADING.matcher(tidied).replaceAll("");
        tidied = DOUBLED.matcher(tidied).replaceAll(",");
        tidied = SPACE_BEFORE_COMMA.matcher(tidied).replaceAll(",");
        tidied = BEFORE_END.matcher(tidied).replaceAll("");
        if (tidied.isEmpty()) {
            return tidied;
        }
        if (!endsAsSentence(tidied)) {
            tidied = tidied + ".";
        }
        return Character.toUpperCase(tidied.charAt(0)) + tidied.substring(1);
    }

    private static boolean endsAsSentence(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if ("»”\"’') ".indexOf(c) >= 0) {
                continue;
            }
            return ".!?…".indexOf(c) >= 0;
        }
        return false;
    }
}
