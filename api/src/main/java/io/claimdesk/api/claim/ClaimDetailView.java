package io.claimdesk.api.claim;

import java.util.List;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.verdict.Verdict;

/** A claim with its verdict, if any, and the actions the caller may take on it now. */
public record ClaimDetailView(long id, long articleId, String articleTitle, String text, int start, int end,
        double score, List<String> reasons, String status, String assignee, long version, VerdictView verdict,
        List<String> allowedActions) {

    public static ClaimDetailView of(Claim claim, Verdict verdict, List<String> allowedActions) {
        return new ClaimDetailView(claim.id, claim.article.id, claim.article.title, claim.text, claim.start,
                claim.end, claim.score, claim.reasons, claim.status.name(), claim.assignee, claim.version,
                verdict == null ? null : VerdictView.of(verdict), allowedActions);
    }
}
