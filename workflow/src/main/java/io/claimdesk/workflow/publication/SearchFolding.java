package io.claimdesk.workflow.publication;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for search the way a French analyzer would: lower case, no accents, no elided articles ("l'Egypte" →
 * "egypte"). Done in the application because the Elasticsearch distribution we run has no analysis-common module.
 */
public final class SearchFolding {

    private static final Pattern ELISION = Pattern.compile(
            "(?<![\\p{L}'’ʼ])(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’ʼ](?=\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchFolding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
        String withoutElision = ELISION.matcher(lower).replaceAll("");
        return MARKS.matcher(Normalizer.normalize(withoutElision, Normalizer.Form.NFD)).replaceAll("");
    }
}
