package io.claimdesk.workflow.publication;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.claimdesk.core.verdict.Rating;
import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.WorkflowException;

/**
 * A public search over published verdicts: text, filters (rating, language, publishers, tags, publication dates from
 * and to, both inclusive, either may be null), the order, and a 1-based page. A verdict matches any of the publishers
 * (it has one) and all of the tags (each tag narrows).
 */
public record VerdictQuery(String text, String rating, String language, List<String> publishers, List<String> tags,
        LocalDate publishedFrom, LocalDate publishedTo, Order order, int page, int size) {

    /** How hits are ordered; RELEVANCE falls back to the newest first when there is no search text. */
    public enum Order {

        RELEVANCE, NEWEST;

        /** The order named in a request ({@code relevance} or {@code newest}, any case); null when blank. */
        public static Order parse(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw WorkflowException.invalid(Refusal.SORT_INVALID, value);
            }
        }
    }

    /** A date filter as a request gives it (YYYY-MM-DD); null when blank. */
    public static LocalDate date(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw WorkflowException.invalid(Refusal.DATE_INVALID, parameter, value);
        }
        // Elasticsearch's dates have four-digit years: a range beyond them fails the whole search on a non-empty index.
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw WorkflowException.invalid(Refusal.DATE_INVALID, parameter, value);
        }
        return date;
    }

    /** No publisher, tag or date filter, the default order. */
    public VerdictQuery(String text, String rating, String language, int page, int size) {
        this(text, rating, language, List.of(), List.of(), null, null, null, page, size);
    }

    public static final int MAX_SIZE = 100;
    /** Elasticsearch refuses to page past 10,000 hits without a scroll. */
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_TEXT = 500;
    /** How many values one repeatable filter (publisher, tag) takes. */
    public static final int MAX_VALUES = 20;
    public static final int MAX_VALUE_LENGTH = 200;

    public VerdictQuery {
        text = text == null ? "" : text.strip();
        rating = rating == null || rating.isBlank() ? null : rating(rating.strip().toUpperCase(Locale.ROOT));
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        publishers = values(publishers, "publisher");
        tags = values(tags, "tag");
        order = order == null ? Order.RELEVANCE : order;
        if (publishedFrom != null && publishedTo != null && publishedFrom.isAfter(publishedTo)) {
            throw WorkflowException.invalid(Refusal.DATE_RANGE_EMPTY, publishedFrom, publishedTo);
        }
        if (page < 1) {
            throw WorkflowException.invalid(Refusal.PAGE_INVALID, page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw WorkflowException.invalid(Refusal.SIZE_INVALID, MAX_SIZE, size);
        }
        if ((long) page * size > MAX_WINDOW) {
            throw WorkflowException.invalid(Refusal.WINDOW_TOO_DEEP, MAX_WINDOW);
        }
        if (text.length() > MAX_TEXT) {
            throw WorkflowException.invalid(Refusal.SEARCH_TEXT_TOO_LONG, MAX_TEXT);
        }
    }

    // Facet values are matched exactly (keywords), so only surrounding blanks and repeats are dropped.
    private static List<String> values(List<String> values, String parameter) {
        if (values == null) {
            return List.of();
        }
        List<String> clean = values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty())
                .distinct().toList();
        if (clean.size() > MAX_VALUES || clean.stream().anyMatch(v -> v.length() > MAX_VALUE_LENGTH)) {
            throw WorkflowException.invalid(Refusal.FILTER_VALUES_INVALID, MAX_VALUES, parameter, MAX_VALUE_LENGTH);
        }
        return clean;
    }

    int from() {
        return (page - 1) * size;
    }

    /** Newest first: asked for, or no text to rank by. */
    boolean byDate() {
        return order == Order.NEWEST || text.isEmpty();
    }

    // An unknown rating would silently find nothing: say which ones exist instead.
    private static String rating(String value) {
        if (Arrays.stream(Rating.values()).noneMatch(r -> r.name().equals(value))) {
            throw WorkflowException.invalid("rating must be one of " + Arrays.toString(Rating.values()) + " (got '"
                    + value + "').");
        }
        return value;
    }
}
