package io.claimdesk.ui.article;

import java.util.ArrayList;
import java.util.List;

import io.claimdesk.core.article.Article;
import io.claimdesk.core.claim.Claim;

/** An article's text cut into plain runs and claim spans, so the template can mark each claim (and escape all). */
public final class HighlightedText {

    /** A run of the text; claim is null outside every claim's span. */
    public record Run(String text, Claim claim) {
    }

    private HighlightedText() {
    }

    /** Claims are ordered by start; an overlapping span is cut where the previous one ends. */
    public static List<Run> of(Article article) {
        String text = article.text;
        List<Run> runs = new ArrayList<>();
        int at = 0;
        for (Claim claim : article.claims) {
            int start = Math.max(at, Math.min(claim.start, text.length()));
            int end = Math.min(claim.end, text.length());
            if (end <= start) {
                continue;
            }
            if (start > at) {
                runs.add(new Run(text.substring(at, start), null));
            }
            runs.add(new Run(text.substring(start, end), claim));
            at = end;
        }
        if (at < text.length()) {
            runs.add(new Run(text.substring(at), null));
        }
        return runs;
    }
}
