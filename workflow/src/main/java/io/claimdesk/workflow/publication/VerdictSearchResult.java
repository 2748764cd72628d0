package io.claimdesk.workflow.publication;

import java.util.List;
import java.util.Map;

/** One page of public search results, with facet counts over all matches. */
public record VerdictSearchResult(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {

    /** A matching verdict and its highlighted snippet (HTML-escaped text with mark tags), if any. */
    public record Hit(PublishedVerdict verdict, String highlight) {
    }
}
