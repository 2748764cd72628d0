package io.claimdesk.workflow.publication;

/** A published verdict Elasticsearch returned as a candidate match: its claim, rating and claim vector (or null). */
public record SimilarVerdict(long claimId, String claim, String rating, String language, float[] claimVector) {
}
