package io.claimdesk.ui.board;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.claimdesk.core.article.Article;
import io.claimdesk.core.claim.ClaimCriteria;
import io.claimdesk.core.verdict.Rating;

/**
 * What the board shows: all claims, or those of one article, one assignee ({@value #UNASSIGNED} for none), one
 * language, one rating (of the verdict in progress or published; {@value #NO_RATING} for none). Unknown values simply
 * match nothing. Each column shows its first cards only, unless {@code all} asks for every one.
 */
public record BoardFilter(Long article, String assignee, String language, String rating, boolean all) {

    static final String UNASSIGNED = "-";
    static final String NO_RATING = "-";
    /** An article id no article has: what an unreadable filter value narrows to. */
    private static final long NO_ARTICLE = -1L;

    static BoardFilter of(String article, String assignee, String language, String rating, String all) {
        Long articleId = null;
        if (article != null && !article.isBlank()) {
            try {
                articleId = Long.valueOf(article.strip());
            } catch (NumberFormatException e) {
                articleId = NO_ARTICLE;
            }
        }
        return new BoardFilter(articleId, blankToNull(assignee), blankToNull(language), blankToNull(rating),
                all != null && !all.isBlank());
    }

    public boolean isEmpty() {
        return article == null && assignee == null && language == null && rating == null;
    }

    /** The claims this filter keeps, for the database; an unknown rating keeps none. */
    ClaimCriteria criteria() {
        Rating ratingChosen = null;
        Long articleId = article;
        if (rating != null && !NO_RATING.equals(rating)) {
            try {
                ratingChosen = Rating.valueOf(rating);
            } catch (IllegalArgumentException e) {
                articleId = NO_ARTICLE;
            }
        }
        return new ClaimCriteria(articleId, UNASSIGNED.equals(assignee) ? null : assignee, UNASSIGNED.equals(assignee),
                language, ratingChosen, NO_RATING.equals(rating));
    }

    /** The query string that gives this filter back ("" when empty), for the live refresh and links. */
    public String query() {
        return query(all);
    }

    /** The same filter with every card of every column shown. */
    public String queryShowingAll() {
        return query(true);
    }

    private String query(boolean showAll) {
        List<String> parts = new ArrayList<>();
        add(parts, "article", article == null ? null : article.toString());
        add(parts, "assignee", assignee);
        add(parts, "language", language);
        add(parts, "rating", rating);
        add(parts, "all", showAll ? "1" : null);
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** The choices the filter form offers: recent articles, everyone holding a claim, the articles' languages. */
    public record Choices(List<Article> articles, List<String> assignees, List<String> languages) {
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
