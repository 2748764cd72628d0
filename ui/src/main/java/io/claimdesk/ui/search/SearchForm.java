package io.claimdesk.ui.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.claimdesk.workflow.publication.VerdictQuery;

/** What the reader asked for on the search page, as typed; builds the links that change one part of it. */
public record SearchForm(String q, String rating, String language, List<String> publishers, List<String> tags,
        String from, String to, String sort) {

    public SearchForm {
        q = q == null ? "" : q;
        rating = blankToNull(rating);
        language = blankToNull(language);
        publishers = clean(publishers);
        tags = clean(tags);
        from = blankToNull(from);
        to = blankToNull(to);
        sort = blankToNull(sort);
    }

    /** The search this form asks for; a bad date or order is a {@code WorkflowException} with the reason. */
    VerdictQuery query(int page, int size) {
        return new VerdictQuery(q, rating, language, publishers, tags, VerdictQuery.date(from, "from"),
                VerdictQuery.date(to, "to"), VerdictQuery.Order.parse(sort), page, size);
    }

    boolean isRating(String value) {
        return value.equalsIgnoreCase(rating);
    }

    boolean isLanguage(String value) {
        return value.equalsIgnoreCase(language);
    }

    SearchForm toggleRating(String value) {
        return new SearchForm(q, isRating(value) ? null : value, language, publishers, tags, from, to, sort);
    }

    SearchForm toggleLanguage(String value) {
        return new SearchForm(q, rating, isLanguage(value) ? null : value, publishers, tags, from, to, sort);
    }

    SearchForm togglePublisher(String value) {
        return new SearchForm(q, rating, language, toggle(publishers, value), tags, from, to, sort);
    }

    SearchForm toggleTag(String value) {
        return new SearchForm(q, rating, language, publishers, toggle(tags, value), from, to, sort);
    }

    public boolean newest() {
        return "newest".equalsIgnoreCase(sort);
    }

    /** The link to a page of this search; page 1 is left out. */
    public String href(int page) {
        StringBuilder href = new StringBuilder("/search?q=").append(encode(q));
        parameter(href, "rating", rating);
        parameter(href, "language", language);
        publishers.forEach(value -> parameter(href, "publisher", value));
        tags.forEach(value -> parameter(href, "tag", value));
        parameter(href, "from", from);
        parameter(href, "to", to);
        parameter(href, "sort", sort);
        if (page > 1) {
            href.append("&page=").append(page);
        }
        return href.toString();
    }

    private static void parameter(StringBuilder href, String name, String value) {
        if (value != null) {
            href.append('&').append(name).append('=').append(encode(value));
        }
    }

    private static List<String> toggle(List<String> values, String value) {
        List<String> toggled = new ArrayList<>(values);
        if (!toggled.remove(value)) {
            toggled.add(value);
        }
        return toggled;
    }

    private static List<String> clean(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).distinct()
                        .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
