package io.claimdesk.workflow.publication;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.verdict.VerdictRevision;
import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.claimreview.PublicSite;
import io.claimdesk.workflow.publication.VerdictIndex.RevisedVerdict;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Rebuilds the search index from PostgreSQL into a new versioned index and swaps the alias to it, with no pause for
 * searches. Verdicts approved meanwhile are written to both indices by {@link VerdictIndex#put}.
 */
@ApplicationScoped
public class VerdictReindex {

    private static final Logger LOG = Logger.getLogger(VerdictReindex.class);
    private static final int BATCH = 500;
    private static final List<ClaimStatus> PUBLIC = List.of(ClaimStatus.PUBLISHED, ClaimStatus.CORRECTION);

    @Inject
    VerdictIndex index;

    @Inject
    PublicSite site;

    @Inject
    EntityManager entityManager;

    private final AtomicBoolean running = new AtomicBoolean();

    /** What a rebuild did: the index the alias now points to, the verdicts written, the indices deleted. */
    public record Result(String index, long verdicts, List<String> replaced, Duration took) {
    }

    public Result rebuild() {
        if (!running.compareAndSet(false, true)) {
            throw WorkflowException.conflict(null, Refusal.REINDEX_RUNNING);
        }
        Instant start = Instant.now();
        String target = index.newIndexName();
        try {
            // Double writes start before PostgreSQL is read: a verdict approved from here on reaches the new index
            // through put(); one approved before is committed, so the reads below see it.
            index.startRebuild(target);
            List<Long> claimIds = QuarkusTransaction.requiringNew().call(this::publicClaimIds);
            long written = 0;
            for (int from = 0; from < claimIds.size(); from += BATCH) {
                List<Long> batch = claimIds.subList(from, Math.min(from + BATCH, claimIds.size()));
                List<RevisedVerdict> verdicts = QuarkusTransaction.requiringNew().call(() -> newestRevisions(batch));
                written += index.bulkPut(target, verdicts);
            }
            List<String> replaced = index.switchTo(target);
            Duration took = Duration.between(start, Instant.now());
            LOG.infof("Reindexed %d of %d public verdicts into %s in %d ms", written, claimIds.size(), target,
                    took.toMillis());
            return new Result(target, claimIds.size(), replaced, took);
        } catch (RuntimeException e) {
            index.abandonRebuild(target);
            throw e;
        } finally {
            running.set(false);
        }
    }

    /** How many claims the public sees a verdict of: the count a complete index holds. */
    public long publicVerdicts() {
        return QuarkusTransaction.requiringNew().call(() -> (long) publicClaimIds().size());
    }

    private List<Long> publicClaimIds() {
        return entityManager.createQuery("select c.id from Claim c where c.status in (:statuses)"
                + " and exists (select 1 from VerdictRevision r where r.claimId = c.id) order by c.id", Long.class)
                .setParameter("statuses", PUBLIC).getResultList();
    }

    private List<RevisedVerdict> newestRevisions(List<Long> claimIds) {
        List<VerdictRevision> revisions = entityManager.createQuery("select r from VerdictRevision r"
                + " where r.claimId in (:ids) and r.revision ="
                + " (select max(o.revision) from VerdictRevision o where o.claimId = r.claimId)", VerdictRevision.class)
                .setParameter("ids", claimIds).getResultList();
        return revisions.stream().map(revision -> {
            Claim claim = entityManager.find(Claim.class, revision.claimId);
            return new RevisedVerdict(PublishedVerdict.of(claim, revision, site.publisher(claim.article)),
                    revision.revision);
        }).toList();
    }
}
