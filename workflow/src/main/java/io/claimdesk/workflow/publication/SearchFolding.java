package io.claimdesk.workflow.publication;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for search the way French and English analyzers would: lower case, no accents, no elided articles
 * ("l'Egypte" → "egypte"), plurals reduced to the singular ("vaccines" → "vaccine", "countries" → "country"). Done in
 * the application because the Elasticsearch distribution we run has no analysis-common module.
 */
public final class SearchFolding {

    private static final Pattern ELISION = Pattern.compile(
            "(?<![\\p{L}'’ʼ])(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’ʼ](?=\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    private SearchFolding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
        String withoutElision = ELISION.matcher(lower).replaceAll("");
        String withoutAccents = MARKS.matcher(Normalizer.normalize(withoutElision, Normalizer.Form.NFD)).replaceAll("");
        return WORD.matcher(withoutAccents).replaceAll(word -> singular(word.group()));
    }

    /**
     * The minimal plural stemmer of Lucene's {@code EnglishMinimalStemmer} (an "S" stemmer): -ies → -y, -s dropped
     * except after u, s, and in -aes, -ees, -oes. It also conflates most French plurals, and, applied the same way to
     * indexed text and queries, its rare wrong cuts ("pays" → "pay") only cost a little precision.
     */
    static String singular(String word) {
        int length = word.length();
        if (length < 3 || word.charAt(length - 1) != 's') {
            return word;
        }
        char beforeS = word.charAt(length - 2);
        if (beforeS == 'u' || beforeS == 's') {
            return word;
        }
        if (beforeS == 'e') {
            char third = word.charAt(length - 3);
            if (length > 3 && third == 'i' && word.charAt(length - 4) != 'a' && word.charAt(length - 4) != 'e') {
                return word.substring(0, length - 3) + "y";
            }
            if (third == 'i' || third == 'a' || third == 'o' || third == 'e') {
                return word;
            }
        }
        return word.substring(0, length - 1);
    }
}
