package io.claimdesk.api.publicsearch;

import java.util.List;
import java.util.Map;

import io.claimdesk.workflow.publication.VerdictSearchResult;

/** One page of public search results with facet counts. */
public record VerdictSearchView(long total, int page, int size, List<PublicVerdictView> items,
        Map<String, Map<String, Long>> facets) {

    public static VerdictSearchView of(VerdictSearchResult result, int page, int size) {
        return new VerdictSearchView(result.total(), page, size,
                result.hits().stream().map(hit -> PublicVerdictView.of(hit.verdict(), hit.highlight())).toList(),
                result.facets());
    }
}
