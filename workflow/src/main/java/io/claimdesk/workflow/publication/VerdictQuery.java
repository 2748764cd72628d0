package io.claimdesk.workflow.publication;

import java.time.LocalDate;

import io.claimdesk.workflow.WorkflowException;

/**
 * A public search over published verdicts: text, filters (rating, language, publication dates from and to, both
 * inclusive, either may be null), the order, and a 1-based page.
 */
public record VerdictQuery(String text, String rating, String language, LocalDate publishedFrom,
        LocalDate publishedTo, Order order, int page, int size) {

    /** How hits are ordered; RELEVANCE falls back to the newest first when there is no search text. */
    public enum Order {
        RELEVANCE, NEWEST
    }

    /** No date filter, the default order. */
    public VerdictQuery(String text, String rating, String language, int page, int size) {
        this(text, rating, language, null, null, null, page, size);
    }

    public static final int MAX_SIZE = 100;
    /** Elasticsearch refuses to page past 10,000 hits without a scroll. */
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_TEXT = 500;

    public VerdictQuery {
        text = text == null ? "" : text.strip();
        rating = rating == null || rating.isBlank() ? null : rating.strip().toUpperCase(java.util.Locale.ROOT);
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(java.util.Locale.ROOT);
        order = order == null ? Order.RELEVANCE : order;
        if (publishedFrom != null && publishedTo != null && publishedFrom.isAfter(publishedTo)) {
            throw WorkflowException.invalid("The date range is empty: " + publishedFrom + " is after " + publishedTo
                    + ".");
        }
        if (page < 1) {
            throw WorkflowException.invalid("page must be 1 or more (got " + page + ").");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw WorkflowException.invalid("size must be between 1 and " + MAX_SIZE + " (got " + size + ").");
        }
        if ((long) page * size > MAX_WINDOW) {
            throw WorkflowException.invalid("Only the first " + MAX_WINDOW + " results can be paged through;"
                    + " narrow the search instead.");
        }
        if (text.length() > MAX_TEXT) {
            throw WorkflowException.invalid("The search text is longer than " + MAX_TEXT + " characters.");
        }
    }

    int from() {
        return (page - 1) * size;
    }

    /** Newest first: asked for, or no text to rank by. */
    boolean byDate() {
        return order == Order.NEWEST || text.isEmpty();
    }
}
