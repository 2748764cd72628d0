package io.claimdesk.api.claim;

import java.time.Instant;
import java.util.List;

import io.claimdesk.core.verdict.Verdict;

/** A verdict as the API shows it to the newsroom. */
public record VerdictView(String rating, String explanation, List<String> sources, String reviewer,
        Instant submittedAt, String approver, Instant approvedAt, String approvalComment) {

    public static VerdictView of(Verdict verdict) {
        return new VerdictView(verdict.rating.name(), verdict.explanation, verdict.sources, verdict.reviewer,
                verdict.submittedAt, verdict.approver, verdict.approvedAt, verdict.approvalComment);
    }
}
