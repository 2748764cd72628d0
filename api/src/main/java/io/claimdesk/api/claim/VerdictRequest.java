package io.claimdesk.api.claim;

import java.util.List;

/**
 * A reviewer's verdict or draft: rating (TRUE … UNVERIFIABLE), explanation, source URLs and evidence items. A draft
 * may leave any of them out; a submission needs a rating, an explanation and a source or evidence item.
 */
public record VerdictRequest(String rating, String explanation, List<String> sources, List<EvidenceRequest> evidence) {

    /** One evidence item: URL (required), the quoted passage, the reviewer's note. */
    public record EvidenceRequest(String url, String quote, String note) {
    }
}
