package io.claimdesk.core.matching;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.claimdesk.core.matching.MatchThresholds.MatchLevel;
import io.claimdesk.core.verdict.Rating;

/** A published verdict found for a new claim: suggested, or linked until a reviewer confirms or dismisses it. */
@Entity
@Table(name = "claim_match")
public class ClaimMatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id", nullable = false)
    public Long claimId;

    /** The claim whose published verdict matches. */
    @Column(name = "checked_claim_id", nullable = false)
    public Long checkedClaimId;

    @Column(name = "checked_text", nullable = false)
    public String checkedText;

    /** The published rating when the match was found. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rating rating;

    @Column(nullable = false)
    public double score;

    @Column(name = "lexical_score", nullable = false)
    public double lexicalScore;

    /** Null when no embedding model ran. */
    @Column(name = "semantic_score")
    public Double semanticScore;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MatchLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MatchDecision decision = MatchDecision.PENDING;

    @Column(name = "found_at", nullable = false)
    public Instant foundAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;
}
