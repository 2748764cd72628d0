package io.claimdesk.workflow.review;

import java.util.List;

import io.claimdesk.core.verdict.Rating;

/** What a reviewer submits: a rating, an explanation and the source URLs. */
public record VerdictDraft(Rating rating, String explanation, List<String> sources) {
}
