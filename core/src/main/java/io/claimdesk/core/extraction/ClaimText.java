package io.claimdesk.core.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Small text operations shared by the claim splitter and the entity tracker: case, names, sentence ends. */
final class ClaimText {

    /** Whitespace, including the no-break spaces of French typography. */
    static final String SP = "[\\s\\u00A0\\u202F\\u2009]";
    /** Java's {@code \b} is not reliable around accented letters across versions: explicit word edges. */
    static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    static final String WORD_END = "(?![\\p{L}\\p{N}])";
    static final Pattern SPACES = Pattern.compile(SP + "+");

    /** Words that open a sentence with a capital without being names, in French and English. */
    static final Set<String> FUNCTION_WORDS = Set.of("le", "la", "les", "l", "un", "une", "des", "du", "de", "d",
            "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles", "on", "selon", "en", "par", "dans", "pour",
            "avec", "sur", "sous", "et", "mais", "ou", "son", "sa", "ses", "leur", "leurs", "si", "depuis", "après",
            "avant", "lors", "quand", "alors", "ainsi", "aussi", "the", "a", "an", "he", "she", "they", "it", "this",
            "that", "these", "those", "in", "at", "by", "for", "with", "according", "as", "since", "after",
            "before", "and", "but", "or", "his", "her", "their", "its", "when", "while", "if");
    /** Hyphenated Arabic particles start names in lower case: "al-Sarraj", "ben-Ali". */
    private static final Pattern PARTICLE_NAME = Pattern.compile("(?:al|el|ad|as|ash|ben|bin|abu|ibn)-\\p{Lu}.*");
    private static final Pattern ELISION = Pattern.compile("^(?:[ldjnmstcLDJNMSTC]|[qQ]u)['’](?=\\p{L})");
    private static final Set<String> LOWER_OPENINGS = Set.of("le", "la", "les", "l", "un", "une", "des", "du", "ce",
            "cet", "cette", "ces", "il", "elle", "ils", "elles", "son", "sa", "ses", "leur", "leurs", "the", "a",
            "an", "he", "she", "they", "this", "these", "his", "her", "their");

    private ClaimText() {
    }

    static String normaliseWhitespace(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    static String capitalise(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return text.substring(0, i) + Character.toUpperCase(c) + text.substring(i + 1);
            }
            if (!Character.isWhitespace(c) && "«\"“'’(".indexOf(c) < 0) {
                return text;
            }
        }
        return text;
    }

    /** Lower-cases the first word when it is a determiner or pronoun, never a name: after "Selon X, ". */
    static String lowerOpening(String text) {
        String first = firstWord(text);
        if (first.isEmpty() || !LOWER_OPENINGS.contains(stripElision(first).toLowerCase(Locale.ROOT))
                && !LOWER_OPENINGS.contains(elisionLetter(first))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Ends a clause cut out of a sentence with a period, keeping a question mark or a closing quote. */
    static String finish(String clause) {
        String text = clause.strip();
        while (!text.isEmpty() && ",;:–—-".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.isEmpty()) {
            return text;
        }
        char last = text.charAt(text.length() - 1);
        if (".?!…".indexOf(last) >= 0) {
            return text;
        }
        return text + ".";
    }

    static String firstWord(String text) {
        int i = 0;
        while (i < text.length() && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\''
                || text.charAt(j) == '’' || text.charAt(j) == '-')) {
            j++;
        }
        return text.substring(i, j);
    }

    static String stripElision(String token) {
        // Most words hold no apostrophe: no need to run the pattern on them.
        if (token.indexOf('\'') < 0 && token.indexOf('’') < 0) {
            return token;
        }
        return ELISION.matcher(token).replaceFirst("");
    }

    private static String elisionLetter(String token) {
        return token.length() > 2 && (token.charAt(1) == '\'' || token.charAt(1) == '’')
                ? token.substring(0, 1).toLowerCase(Locale.ROOT)
                : "";
    }

    /** A token of a proper name: capitalised and not a function word, or a particle name ("al-Sarraj"). */
    static boolean isNameToken(String token) {
        String bare = stripElision(token);
        if (bare.isEmpty()) {
            return false;
        }
        if (PARTICLE_NAME.matcher(bare).matches()) {
            return true;
        }
        return Character.isUpperCase(bare.charAt(0)) && !FUNCTION_WORDS.contains(bare.toLowerCase(Locale.ROOT));
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’' || Character.getType(c) == 6
                || Character.getType(c) == 8;
    }

    /**
     * The start of the run of name tokens ending exactly at {@code end} ("Fayez al-Sarraj" before a comma), without
     * an elided article ("l'Egypte" gives "Egypte"), or -1 when the word before {@code end} is not a name.
     */
    static int nameRunStart(String text, int end) {
        int runStart = -1;
        int k = end;
        while (k > 0) {
            int t = k;
            while (t > 0 && isWordChar(text.charAt(t - 1))) {
                t--;
            }
            if (t == k) {
                break;
            }
            String token = text.substring(t, k);
            if (!isNameToken(token)) {
                break;
            }
            String bare = stripElision(token);
            runStart = k - bare.length();
            if (bare.length() != token.length()) {
                break;
            }
            int s = t;
            while (s > 0 && (text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '\u00A0')) {
                s--;
            }
            if (s == t) {
                break;
            }
            k = s;
        }
        return runStart;
    }

    /** The end of the run of name tokens starting at {@code start}, or {@code start} when none starts there. */
    static int nameRunEnd(String text, int start) {
        int end = start;
        int k = start;
        while (k < text.length()) {
            int t = k;
            while (t < text.length() && isWordChar(text.charAt(t))) {
                t++;
            }
            if (t == k || !isNameToken(text.substring(k, t))) {
                break;
            }
            end = t;
            int s = t;
            while (s < text.length() && (text.charAt(s) == ' ' || text.charAt(s) == '\u00A0')) {
                s++;
            }
            if (s == t) {
                break;
            }
            k = s;
        }
        return end;
    }
}
