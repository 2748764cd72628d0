package io.claimdesk.core.extraction;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contract between a claim's rewritten text and its source span: at least half of the claim's content words (four
 * letters or more, or figures) appear in the span, the rest being what decontextualisation added.
 */
final class ClaimSpanContract {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*");

    private ClaimSpanContract() {
    }

    static boolean sharesKeyContent(String claim, String span) {
        List<String> claimWords = contentWords(claim);
        Set<String> spanWords = new HashSet<>(contentWords(span));
        long shared = claimWords.stream().filter(spanWords::contains).count();
        return !span.isBlank() && !claimWords.isEmpty() && shared * 2 >= claimWords.size();
    }

    private static List<String> contentWords(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("\\b[ldjnmstc]['’]|\\bqu['’]", " ");
        List<String> words = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            if (m.group().length() >= 4 || Character.isDigit(m.group().charAt(0))) {
                words.add(m.group());
            }
        }
        return words;
    }
}
