package io.claimdesk.workflow.matching;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A claim waiting to be matched with published verdicts, queued in the transaction that created or edited it. */
@Entity
@Table(name = "match_job")
public class MatchJob {

    @Id
    @Column(name = "claim_id")
    public Long claimId;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;
}
