package io.claimdesk.workflow.publication;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimRepository;
import io.claimdesk.core.verdict.VerdictRevision;
import io.claimdesk.core.verdict.VerdictRevisionRepository;
import io.claimdesk.workflow.claimreview.PublicSite;
import io.quarkus.scheduler.Scheduled;

/** Drains the verdict outbox into the search index, retrying with backoff while Elasticsearch is away. */
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

    @Scheduled(every = "${claimdesk.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void drain() {
        List<OutboxEntry> due = outbox.lockDue(BATCH);
        for (OutboxEntry entry : due) {
            try {
                publish(entry.claimId);
                entry.processedAt = Instant.now();
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
