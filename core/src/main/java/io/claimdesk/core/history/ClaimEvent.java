package io.claimdesk.core.history;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.claimdesk.core.claim.ClaimStatus;

/**
 * One step in a claim's history: who did what, when, from which status to which, and what changed. Never updated or
 * deleted: the database refuses both.
 */
@Entity
@Table(name = "claim_event")
public class ClaimEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id", nullable = false, updatable = false)
    public Long claimId;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Column(nullable = false, updatable = false)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    public ClaimStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public ClaimStatus toStatus;

    @Column(updatable = false)
    public String comment;

    /** What the action changed, as it was before (e.g. the old text or assignee); null when nothing was replaced. */
    @Column(name = "before_value", updatable = false)
    public String beforeValue;

    /** What the action changed, as it is after. */
    @Column(name = "after_value", updatable = false)
    public String afterValue;
}
