package io.claimdesk.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import io.claimdesk.core.verdict.Rating;
import io.claimdesk.ui.language.EnumLabels;
import io.claimdesk.ui.language.UiLabels;
import io.claimdesk.ui.language.UiMessages;
import io.claimdesk.workflow.publication.VerdictSearchResult;

/**
 * One public search page: the form as typed, its results, facet links, active filters and paging links, labelled in
 * the page's language ({@code msg}, {@code labels}).
 */
public record SearchView(SearchForm form, int page, int size, long total, List<VerdictSearchResult.Hit> hits,
        List<FacetGroup> facetGroups, UiMessages msg, UiLabels labels) {

    /** A facet value with its count; href toggles it as a filter. */
    public record Facet(String value, String label, long count, boolean selected, String href) {
    }

    /** The values of one facet (rating, language, publisher, tags) under a heading. */
    public record FacetGroup(String name, String label, List<Facet> facets) {
    }

    /** An option of a filter drop-down. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A filter in force that the reader can remove. */
    public record ActiveFilter(String label, String removeHref) {
    }

    static SearchView empty(SearchForm form, int page, int size, UiMessages msg, UiLabels labels) {
        return new SearchView(form, page, size, 0, List.of(), List.of(), msg, labels);
    }

    static SearchView of(SearchForm form, int page, int size, VerdictSearchResult result, UiMessages msg,
            UiLabels labels) {
        Map<String, Map<String, Long>> facets = result.facets();
        List<FacetGroup> groups = List.of(
                group(facets, "rating", msg.rating(), value -> ratingLabel(value, labels), form::isRating,
                        value -> form.toggleRating(value)),
                group(facets, "language", msg.language(), value -> languageLabel(value, msg), form::isLanguage,
                        value -> form.toggleLanguage(value)),
                group(facets, "publisher", msg.facetPublisher(), Function.identity(), form.publishers()::contains,
                        value -> form.togglePublisher(value)),
                group(facets, "tags", msg.tags(), Function.identity(), form.tags()::contains,
                        value -> form.toggleTag(value)));
        return new SearchView(form, page, size, result.total(), result.hits(), groups, msg, labels);
    }

    private static FacetGroup group(Map<String, Map<String, Long>> facets, String name, String label,
            Function<String, String> valueLabel, Predicate<String> selected, Function<String, SearchForm> toggled) {
        List<Facet> values = new ArrayList<>();
        facets.getOrDefault(name, Map.of()).forEach((value, count) -> values.add(new Facet(value,
                valueLabel.apply(value), count, selected.test(value), toggled.apply(value).href(1))));
        return new FacetGroup(name, label, values);
    }

    /** Publishers and tags in force, each with the link that drops it. */
    public List<ActiveFilter> activeFilters() {
        List<ActiveFilter> active = new ArrayList<>();
        form.publishers()
                .forEach(p -> active.add(new ActiveFilter(msg.publisherFilter() + " " + p,
                        form.togglePublisher(p).href(1))));
        form.tags().forEach(t -> active.add(new ActiveFilter(msg.tagFilter() + " " + t, form.toggleTag(t).href(1))));
        return active;
    }

    public List<Option> ratingOptions() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", msg.anyRating(), form.rating() == null));
        for (Rating r : Rating.values()) {
            options.add(new Option(r.name(), ratingLabel(r.name(), labels), form.isRating(r.name())));
        }
        return options;
    }

    public List<Option> languageOptions() {
        return List.of(new Option("", msg.anyLanguage(), form.language() == null),
                new Option("fr", languageLabel("fr", msg), form.isLanguage("fr")),
                new Option("en", languageLabel("en", msg), form.isLanguage("en")));
    }

    public List<Option> sortOptions() {
        return List.of(new Option("relevance", msg.mostRelevant(), !form.newest()),
                new Option("newest", msg.newestFirst(), form.newest()));
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
        return form.href(page - 1);
    }

    public String nextHref() {
        return form.href(page + 1);
    }

    static String ratingLabel(String value, UiLabels labels) {
        try {
            return EnumLabels.of(Rating.valueOf(value.toUpperCase(Locale.ROOT)), labels);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    static String languageLabel(String code, UiMessages msg) {
        return switch (code) {
            case "fr" -> msg.languageFr();
            case "en" -> msg.languageEn();
            default -> code;
        };
    }
}
