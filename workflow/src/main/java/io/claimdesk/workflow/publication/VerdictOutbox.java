package io.claimdesk.workflow.publication;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import io.claimdesk.core.claim.Claim;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** The transactional outbox of verdicts to index: enqueued with the approval, drained by {@link OutboxIndexer}. */
@ApplicationScoped
public class VerdictOutbox implements PanacheRepository<OutboxEntry> {

    @Inject
    Event<VerdictEnqueued> enqueued;

    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** Called inside the approving transaction, so the entry exists exactly when the approval does. */
    public void enqueue(Claim claim) {
        OutboxEntry entry = new OutboxEntry();
        entry.claimId = claim.id;
        entry.createdAt = Instant.now();
        entry.nextAttemptAt = entry.createdAt;
        persist(entry);
        enqueued.fire(new VerdictEnqueued(claim.id));
    }

    /** Due entries, locked so that two indexers never take the same one. */
    @SuppressWarnings("unchecked")
    List<OutboxEntry> lockDue(int limit) {
        return getEntityManager()
                .createNativeQuery(
                        "SELECT * FROM verdict_outbox WHERE processed_at IS NULL AND next_attempt_at <= now()"
                                + " ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED",
                        OutboxEntry.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** How many verdicts are approved but not yet searchable. */
    public long pending() {
        return count("processedAt is null");
    }

    /** How far search lags behind approvals: entries not yet indexed and how long the oldest of them has waited. */
    public OutboxLag lag() {
        long pending = pending();
        Duration oldest = find("processedAt is null", Sort.by("id")).firstResultOptional()
                .map(entry -> Duration.between(entry.createdAt, Instant.now())).orElse(Duration.ZERO);
        return new OutboxLag(pending, oldest);
    }

    /** Pending outbox entries and the age of the oldest one (zero when none is pending). */
    public record OutboxLag(long pending, Duration oldestPendingAge) {
    }

    public static Duration backoff(int attempts) {
        long seconds = 1L << Math.min(attempts, 5);
        return Duration.ofSeconds(Math.min(seconds, MAX_BACKOFF.toSeconds()));
    }
}
