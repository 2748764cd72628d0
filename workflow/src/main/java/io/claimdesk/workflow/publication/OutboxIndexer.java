package io.claimdesk.workflow.publication;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimRepository;
import io.claimdesk.core.verdict.VerdictRevision;
import io.claimdesk.core.verdict.VerdictRevisionRepository;
import io.claimdesk.workflow.claimreview.PublicSite;
import io.claimdesk.workflow.instance.ApplicationInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Drains the verdict outbox into the search index, retrying with backoff while Elasticsearch is away. An approval wakes
 * it as soon as it commits, so a verdict is searchable after one index refresh; the scheduled tick retries failed
 * entries and picks up work another instance left behind. Entries are locked with SKIP LOCKED, so two drains (a tick
 * and a wake-up, or two instances) never take the same entry.
 */
@ApplicationScoped
public class OutboxIndexer {

    private static final Logger LOG = Logger.getLogger(OutboxIndexer.class);
    private static final int BATCH = 100;

    @Inject
    VerdictOutbox outbox;

    @Inject
    ClaimRepository claims;

    @Inject
    VerdictRevisionRepository revisions;

    @Inject
    VerdictIndex index;

    @Inject
    PublicSite site;

    @Inject
    ApplicationInstance instance;

    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "claimdesk-outbox-wake-up");
        thread.setDaemon(true);
        return thread;
    });
    /** True while a wake-up waits to start: approvals arriving meanwhile are drained by it too. */
    private final AtomicBoolean wakeUpWaiting = new AtomicBoolean();

    @Scheduled(every = "${claimdesk.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drain() {
        QuarkusTransaction.requiringNew().run(this::drainDue);
    }

    void onEnqueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) VerdictEnqueued enqueued) {
        if (wakeUpWaiting.compareAndSet(false, true)) {
            wakeUps.execute(() -> {
                wakeUpWaiting.set(false);
                try {
                    drain();
                } catch (RuntimeException e) {
                    // PostgreSQL away: the scheduled tick retries.
                    LOG.debugf("Draining the outbox after an approval failed: %s", e.getMessage());
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        wakeUps.shutdownNow();
    }

    private void drainDue() {
        List<OutboxEntry> due = outbox.lockDue(BATCH);
        for (OutboxEntry entry : due) {
            try {
                publish(entry.claimId);
                entry.processedAt = Instant.now();
                entry.processedBy = instance.name();
                entry.lastError = null;
            } catch (RuntimeException e) {
                entry.attempts++;
                entry.nextAttemptAt = Instant.now().plus(VerdictOutbox.backoff(entry.attempts));
                entry.lastError = String.valueOf(e.getMessage());
                LOG.warnf("Indexing the verdict of claim %d failed (attempt %d), will retry: %s", entry.claimId,
                        entry.attempts, e.getMessage());
                // The index is most likely down: the rest of the batch would fail the same way.
                return;
            }
        }
    }

    // The newest approved revision is what the public sees; its number orders writes in the index.
    private void publish(long claimId) {
        Claim claim = claims.findById(claimId);
        VerdictRevision revision = revisions.latest(claimId).orElse(null);
        if (claim == null || revision == null || !PublicationService.isPublic(claim.status)) {
            return;
        }
        index.put(PublishedVerdict.of(claim, revision, site.publisher(claim.article)), revision.revision);
    }
}
