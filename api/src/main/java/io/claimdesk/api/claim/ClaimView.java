package io.claimdesk.api.claim;

import java.time.Instant;
import java.util.List;

import io.claimdesk.core.claim.Claim;

/** A claim as the API shows it in lists, with the sentence the article wrote beside the claim's text. */
public record ClaimView(long id, long articleId, String text, String sourceSentence, int start, int end, double score,
        List<String> reasons, String status, String assignee, Instant deadline, boolean overdue, List<String> topics,
        String origin, long version) {

    public static ClaimView of(Claim claim) {
        return new ClaimView(claim.id, claim.article.id, claim.text, claim.sourceSentence, claim.start, claim.end,
                claim.score,
                claim.reasons, claim.status.name(), claim.assignee, claim.deadline, claim.isOverdue(Instant.now()),
                claim.topics, claim.origin.name(), claim.version);
    }
}
