package io.claimdesk.ui.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.claimdesk.core.verdict.Rating;
import io.claimdesk.workflow.publication.VerdictSearchResult;

/** One public search page: the query as typed, its results, facet links and paging links. */
public record SearchView(String q, String rating, String language, int page, int size, long total,
        List<VerdictSearchResult.Hit> hits, List<Facet> ratingFacets, List<Facet> languageFacets) {

    /** A facet value with its count; href toggles it as a filter. */
    public record Facet(String value, String label, long count, boolean selected, String href) {
    }

    /** An option of a filter drop-down. */
    public record Option(String value, String label, boolean selected) {
    }

    static SearchView empty(String q, String rating, String language, int page, int size) {
        return new SearchView(q, rating, language, page, size, 0, List.of(), List.of(), List.of());
    }

    static SearchView of(String q, String rating, String language, int page, int size, VerdictSearchResult result) {
        SearchView base = empty(q, rating, language, page, size);
        Map<String, Long> ratings = result.facets().getOrDefault("rating", Map.of());
        Map<String, Long> languages = result.facets().getOrDefault("language", Map.of());
        List<Facet> ratingFacets = new ArrayList<>();
        ratings.forEach((value, count) -> ratingFacets.add(new Facet(value, ratingLabel(value), count,
                value.equalsIgnoreCase(rating),
                base.href(q, value.equalsIgnoreCase(rating) ? null : value, language, 1))));
        List<Facet> languageFacets = new ArrayList<>();
        languages.forEach((value, count) -> languageFacets.add(new Facet(value, languageLabel(value), count,
                value.equalsIgnoreCase(language),
                base.href(q, rating, value.equalsIgnoreCase(language) ? null : value, 1))));
        return new SearchView(q, rating, language, page, size, result.total(), result.hits(), ratingFacets,
                languageFacets);
    }

    public List<Option> ratingOptions() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Any rating", rating == null || rating.isBlank()));
        for (Rating r : Rating.values()) {
            options.add(new Option(r.name(), r.label(), r.name().equalsIgnoreCase(rating)));
        }
        return options;
    }

    public List<Option> languageOptions() {
        return List.of(new Option("", "Any language", language == null || language.isBlank()),
                new Option("fr", languageLabel("fr"), "fr".equalsIgnoreCase(language)),
                new Option("en", languageLabel("en"), "en".equalsIgnoreCase(language)));
    }

    public long pageCount() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return (long) page * size < total;
    }

    public String previousHref() {
        return href(q, rating, language, page - 1);
    }

    public String nextHref() {
        return href(q, rating, language, page + 1);
    }

    private String href(String text, String ratingFilter, String languageFilter, int target) {
        StringBuilder href = new StringBuilder("/search?q=").append(encode(text));
        if (ratingFilter != null && !ratingFilter.isBlank()) {
            href.append("&rating=").append(encode(ratingFilter));
        }
        if (languageFilter != null && !languageFilter.isBlank()) {
            href.append("&language=").append(encode(languageFilter));
        }
        if (target > 1) {
            href.append("&page=").append(target);
        }
        return href.toString();
    }

    static String ratingLabel(String value) {
        try {
            return Rating.valueOf(value.toUpperCase(java.util.Locale.ROOT)).label();
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    static String languageLabel(String code) {
        return switch (code) {
            case "fr" -> "French";
            case "en" -> "English";
            default -> code;
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
