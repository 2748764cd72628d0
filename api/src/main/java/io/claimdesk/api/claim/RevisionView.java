package io.claimdesk.api.claim;

import java.time.Instant;
import java.util.List;

import io.claimdesk.api.claim.VerdictView.EvidenceView;
import io.claimdesk.core.verdict.VerdictRevision;

/** One approved version of a verdict, as it was published. */
public record RevisionView(int revision, String claimText, String rating, String explanation, List<String> sources,
        List<EvidenceView> evidence, String reviewer, String approver, Instant submittedAt, Instant approvedAt,
        String correctionNote) {

    public static RevisionView of(VerdictRevision revision) {
        return new RevisionView(revision.revision, revision.claimText, revision.rating.name(), revision.explanation,
                revision.sources,
                revision.evidence.stream().map(e -> new EvidenceView(e.url, e.quote, e.note)).toList(),
                revision.reviewer, revision.approver, revision.submittedAt, revision.approvedAt,
                revision.correctionNote);
    }
}
