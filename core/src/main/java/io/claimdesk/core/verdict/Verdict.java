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
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.StringListConverter;

/**
 * The working copy of a claim's verdict: a reviewer's draft, their submission, then the editor's approval. Each
 * approved
 * version is also kept, unchanged, as a {@link VerdictRevision}.
 */
@Entity
public class Verdict {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", unique = true)
    public Claim claim;

    /** Null in a draft that has no rating yet. */
    @Enumerated(EnumType.STRING)
    public Rating rating;

    @Column(nullable = false)
    public String explanation = "";

    /** Source URLs backing the verdict. */
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> sources = new ArrayList<>();

    /** Sources with quotes and notes, in the reviewer's order. */
    @ElementCollection
    @CollectionTable(name = "verdict_evidence", joinColumns = @JoinColumn(name = "verdict_id"))
    @OrderColumn(name = "position")
    public List<EvidenceItem> evidence = new ArrayList<>();

    /** Username of the reviewer who wrote it. */
    @Column(nullable = false)
    public String reviewer;

    /** When the reviewer submitted it for approval; null while it is a draft. */
    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "draft_saved_at")
    public Instant draftSavedAt;

    /** Why the published version is being corrected; set while a correction is under way. */
    @Column(name = "correction_note")
    public String correctionNote;

    /** Username of the editor who approved it; null until approved. */
    public String approver;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "approval_comment")
    public String approvalComment;

    @Version
    public long version;
}
