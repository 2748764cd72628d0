package io.claimdesk.api.claim;

import java.time.Instant;
import java.util.List;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.verdict.Verdict;

/** A claim with its verdict, if any, where it came from, and the actions the caller may take on it now. */
public record ClaimDetailView(long id, long articleId, String articleTitle, String text, String sourceSentence,
        String originalText, int start,
        int end, double score, List<String> reasons, String status, String assignee, Instant deadline,
        boolean overdue, List<String> topics, String origin, List<String> derivedFrom, long version,
        VerdictView verdict, List<String> allowedActions) {

    public static ClaimDetailView of(Claim claim, Verdict verdict, List<String> allowedActions) {
        return new ClaimDetailView(claim.id, claim.article.id, claim.article.title, claim.text, claim.sourceSentence,
                claim.originalText,
                claim.start, claim.end, claim.score, claim.reasons, claim.status.name(), claim.assignee,
                claim.deadline, claim.isOverdue(Instant.now()), claim.topics, claim.origin.name(), claim.derivedFrom,
                claim.version, verdict == null ? null : VerdictView.of(verdict), allowedActions);
    }
}
