package io.claimdesk.core.verdict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.StringListConverter;

/** A reviewer's finding on a claim, and the editor's approval of it. */
@Entity
public class Verdict {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", unique = true)
    public Claim claim;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rating rating;

    @Column(nullable = false)
    public String explanation;

    /** Source URLs backing the verdict. */
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> sources = new ArrayList<>();

    /** Username of the reviewer who wrote it. */
    @Column(nullable = false)
    public String reviewer;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    /** Username of the editor who approved it; null until approved. */
    public String approver;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "approval_comment")
    public String approvalComment;

    @Version
    public long version;
}
