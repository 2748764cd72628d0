package io.claimdesk.core.verdict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.claimdesk.core.claim.StringListConverter;

/**
 * One approved version of a claim's verdict, written once and never changed (the database refuses updates). Revision 1
 * is the first publication; each approved correction adds the next.
 */
@Entity
@Table(name = "verdict_revision")
public class VerdictRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id", nullable = false, updatable = false)
    public Long claimId;

    @Column(nullable = false, updatable = false)
    public int revision;

    /** The claim's text as it was reviewed. */
    @Column(name = "claim_text", nullable = false, updatable = false)
    public String claimText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Rating rating;

    @Column(nullable = false, updatable = false)
    public String explanation;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, updatable = false)
    public List<String> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "verdict_revision_evidence", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    public List<EvidenceItem> evidence = new ArrayList<>();

    @Column(nullable = false, updatable = false)
    public String reviewer;

    @Column(nullable = false, updatable = false)
    public String approver;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    public Instant submittedAt;

    @Column(name = "approved_at", nullable = false, updatable = false)
    public Instant approvedAt;

    /** Why this revision replaced the previous one; null for the first publication. */
    @Column(name = "correction_note", updatable = false)
    public String correctionNote;

    /** The approved state of a working verdict, as the next revision of its claim. */
    public static VerdictRevision of(Verdict verdict, String claimText, int revision) {
        VerdictRevision snapshot = new VerdictRevision();
        snapshot.claimId = verdict.claim.id;
        snapshot.revision = revision;
        snapshot.claimText = claimText;
        snapshot.rating = verdict.rating;
        snapshot.explanation = verdict.explanation;
        snapshot.sources = List.copyOf(verdict.sources);
        snapshot.evidence = new ArrayList<>(verdict.evidence.stream().map(EvidenceItem::copy).toList());
        snapshot.reviewer = verdict.reviewer;
        snapshot.approver = verdict.approver;
        snapshot.submittedAt = verdict.submittedAt;
        snapshot.approvedAt = verdict.approvedAt;
        snapshot.correctionNote = verdict.correctionNote;
        return snapshot;
    }
}
