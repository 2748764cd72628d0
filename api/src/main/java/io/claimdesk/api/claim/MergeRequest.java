package io.claimdesk.api.claim;

import java.util.List;

/** Claims of one article to merge into one, and the merged text (default: their texts joined). */
public record MergeRequest(List<Long> claimIds, String text) {
}
