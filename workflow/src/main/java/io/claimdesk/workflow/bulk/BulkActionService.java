package io.claimdesk.workflow.bulk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.assignment.Assignment;
import io.claimdesk.workflow.assignment.AssignmentService;
import io.claimdesk.workflow.editing.ClaimEditService;
import io.claimdesk.workflow.review.ReviewService;
import io.claimdesk.workflow.security.Actor;

/**
 * Applies one action to many claims, each in its own transaction through the same services (and so the same state
 * machine) as single actions: one refusal never undoes the others, and the outcome says, per claim, what was done
 * and why the rest was refused.
 */
@ApplicationScoped
public class BulkActionService {

    public static final int MAX_CLAIMS = 500;

    @Inject
    AssignmentService assignments;

    @Inject
    ClaimEditService edits;

    @Inject
    ReviewService reviews;

    public List<BulkOutcome> apply(BulkRequest request, Actor actor) {
        if (request == null || request.action() == null) {
            throw WorkflowException.invalid(Refusal.BULK_ACTION_MISSING, List.of(BulkAction.values()));
        }
        Set<Long> ids = request.claimIds() == null
                ? Set.of()
                : new LinkedHashSet<>(request.claimIds().stream().filter(Objects::nonNull).toList());
        if (ids.isEmpty() || ids.size() > MAX_CLAIMS) {
            throw WorkflowException.invalid(Refusal.BULK_CLAIM_COUNT, MAX_CLAIMS);
        }
        Assignment assignment = request.assignment() == null
                ? new Assignment(null, null, null)
                : request.assignment();
        List<BulkOutcome> outcomes = new ArrayList<>(ids.size());
        for (long id : ids) {
            outcomes.add(applyOne(request.action(), id, assignment, request.reason(), actor));
        }
        return outcomes;
    }

    private BulkOutcome applyOne(BulkAction action, long id, Assignment assignment, String reason, Actor actor) {
        try {
            Claim changed = switch (action) {
                case ASSIGN -> assignments.assign(id, assignment, null, actor);
                case REASSIGN -> assignments.reassign(id, assignment, null, actor);
                case UNASSIGN -> assignments.unassign(id, reason, null, actor);
                case SET_DEADLINE -> assignments.setDeadline(id, assignment.deadline(), null, actor);
                case DISCARD -> edits.discard(id, reason, null, actor);
                case APPROVE -> reviews.approve(id, reason, null, actor);
                case REJECT -> reviews.reject(id, reason, null, actor);
            };
            return BulkOutcome.done(id, changed.status);
        } catch (WorkflowException e) {
            return BulkOutcome.refused(id, e);
        } catch (OptimisticLockException | PessimisticLockException e) {
            return BulkOutcome.refused(id, WorkflowException.conflict(null, Refusal.BULK_CONCURRENT_CHANGE, id));
        }
    }
}
