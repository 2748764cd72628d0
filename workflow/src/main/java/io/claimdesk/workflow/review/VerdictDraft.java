package io.claimdesk.workflow.review;

import java.util.List;

import io.claimdesk.core.verdict.Rating;

/**
 * What a reviewer writes: a rating, an explanation, source URLs and evidence items. A saved draft may be incomplete; a
 * submission must be complete.
 */
public record VerdictDraft(Rating rating, String explanation, List<String> sources, List<Evidence> evidence) {

    /** One evidence item: the source's URL, the passage quoted, the reviewer's note. */
    public record Evidence(String url, String quote, String note) {
    }

    public VerdictDraft {
        explanation = explanation == null ? "" : explanation;
        sources = sources == null ? List.of() : List.copyOf(sources);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
