package io.claimdesk.api.claim;

import java.time.Instant;
import java.util.List;

import io.claimdesk.core.verdict.Verdict;

/** A claim's working verdict as the newsroom sees it: a draft, a submission, or the approved text. */
public record VerdictView(String rating, String explanation, List<String> sources, List<EvidenceView> evidence,
        String reviewer, Instant draftSavedAt, Instant submittedAt, String approver, Instant approvedAt,
        String approvalComment, String correctionNote) {

    /** One evidence item. */
    public record EvidenceView(String url, String quote, String note) {
    }

    public static VerdictView of(Verdict verdict) {
        return new VerdictView(verdict.rating == null ? null : verdict.rating.name(), verdict.explanation,
                verdict.sources, verdict.evidence.stream().map(e -> new EvidenceView(e.url, e.quote, e.note)).toList(),
                verdict.reviewer, verdict.draftSavedAt, verdict.submittedAt, verdict.approver, verdict.approvedAt,
                verdict.approvalComment, verdict.correctionNote);
    }
}
