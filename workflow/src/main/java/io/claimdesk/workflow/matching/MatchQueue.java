package io.claimdesk.workflow.matching;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.claimdesk.workflow.events.WorkflowEvent;
import io.claimdesk.workflow.review.ClaimAction;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * The claims whose matches are due. A claim is queued by the step that gives it new words (extraction, addition, edit,
 * split, merge, restore), in that step's transaction, so no claim is forgotten and none is matched twice at once.
 */
@ApplicationScoped
public class MatchQueue implements PanacheRepository<MatchJob> {

    static final Set<String> NEW_WORDS = Set.of(ClaimAction.EXTRACT.name(), ClaimAction.ADD.name(),
            ClaimAction.EDIT.name(), ClaimAction.SPLIT.name(), ClaimAction.MERGE.name(), ClaimAction.RESTORE.name());

    // A synchronous observer: it runs inside the transaction that records the step.
    void onStep(@Observes WorkflowEvent step) {
        if (NEW_WORDS.contains(step.action())) {
            enqueue(step.claimId());
        }
    }

    public void enqueue(long claimId) {
        getEntityManager().createNativeQuery("INSERT INTO match_job (claim_id, requested_at, next_attempt_at)"
                + " VALUES (:claim, now(), now()) ON CONFLICT (claim_id) DO UPDATE"
                + " SET requested_at = now(), next_attempt_at = now(), attempts = 0, last_error = NULL")
                .setParameter("claim", claimId)
                .executeUpdate();
    }

    /** Due jobs, locked so that two instances never match the same claim at once. */
    @SuppressWarnings("unchecked")
    List<MatchJob> lockDue(int limit) {
        return getEntityManager()
                .createNativeQuery("SELECT * FROM match_job WHERE next_attempt_at <= now()"
                        + " ORDER BY requested_at LIMIT :limit FOR UPDATE SKIP LOCKED", MatchJob.class)
                .setParameter("limit", limit)
                .getResultList();
    }
}
