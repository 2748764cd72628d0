package io.claimdesk.ui.board;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.verdict.Rating;
import io.claimdesk.ui.review.ClaimCard;

/**
 * What the board shows: all claims, or those of one article, one assignee ({@value #UNASSIGNED} for none), one
 * language, one rating (of the verdict in progress or published; {@value #NO_RATING} for none). Unknown values simply
 * match nothing.
 */
public record BoardFilter(Long article, String assignee, String language, String rating) {

    static final String UNASSIGNED = "-";
    static final String NO_RATING = "-";

    static BoardFilter of(String article, String assignee, String language, String rating) {
        Long articleId = null;
        if (article != null && !article.isBlank()) {
            try {
                articleId = Long.valueOf(article.strip());
            } catch (NumberFormatException e) {
                articleId = -1L;
            }
        }
        return new BoardFilter(articleId, blankToNull(assignee), blankToNull(language), blankToNull(rating));
    }

    public boolean isEmpty() {
        return article == null && assignee == null && language == null && rating == null;
    }

    boolean keeps(ClaimCard card) {
        Claim claim = card.claim();
        if (article != null && !article.equals(claim.article.id)) {
            return false;
        }
        if (assignee != null && !assignee.equals(claim.assignee == null ? UNASSIGNED : claim.assignee)) {
            return false;
        }
        if (language != null && !language.equalsIgnoreCase(claim.article.language)) {
            return false;
        }
        if (rating != null) {
            Rating verdictRating = card.verdict() == null ? null : card.verdict().rating;
            return rating.equals(verdictRating == null ? NO_RATING : verdictRating.name());
        }
        return true;
    }

    /** The query string that gives this filter back ("" when empty), for the live refresh and links. */
    public String query() {
        List<String> parts = new ArrayList<>();
        add(parts, "article", article == null ? null : article.toString());
        add(parts, "assignee", assignee);
        add(parts, "language", language);
        add(parts, "rating", rating);
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** The choices the filter form offers, read from the claims on the board. */
    public record Choices(List<Claim> articles, List<String> assignees, List<String> languages) {

        static Choices of(List<ClaimCard> cards) {
            List<Claim> articles = new ArrayList<>();
            TreeSet<Long> seen = new TreeSet<>();
            TreeSet<String> assignees = new TreeSet<>();
            TreeSet<String> languages = new TreeSet<>();
            for (ClaimCard card : cards) {
                Claim claim = card.claim();
                if (seen.add(claim.article.id)) {
                    articles.add(claim);
                }
                if (claim.assignee != null) {
                    assignees.add(claim.assignee);
                }
                languages.add(claim.article.language.toLowerCase(Locale.ROOT));
            }
            articles.sort((a, b) -> Long.compare(b.article.id, a.article.id));
            return new Choices(articles, List.copyOf(assignees), List.copyOf(languages));
        }
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : Objects.requireNonNull(value).strip();
    }
}
