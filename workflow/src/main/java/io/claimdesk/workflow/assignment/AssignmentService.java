package io.claimdesk.workflow.assignment;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimRepository;
import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.review.ClaimAction;
import io.claimdesk.workflow.review.ClaimWorkflow;
import io.claimdesk.workflow.review.Reasons;
import io.claimdesk.workflow.reviewer.Reviewer;
import io.claimdesk.workflow.reviewer.ReviewerDirectory;
import io.claimdesk.workflow.security.Actor;

/** Who holds a claim and by when: assignment by a strategy, reassignment, unassignment and deadlines. */
@ApplicationScoped
public class AssignmentService {

    /** A deadline is at most this many years ahead. */
    public static final int MAX_DEADLINE_YEARS = 10;

    @Inject
    ClaimWorkflow workflow;

    @Inject
    ClaimRepository claims;

    @Inject
    ReviewerDirectory reviewers;

    /** Gives an unassigned claim to a reviewer chosen by the assignment's strategy. */
    @Transactional
    public Claim assign(long claimId, Assignment assignment, Long expectedVersion, Actor actor) {
        return give(claimId, ClaimAction.ASSIGN, assignment, expectedVersion, actor);
    }

    /** Moves an assigned claim (or a correction) to another reviewer. */
    @Transactional
    public Claim reassign(long claimId, Assignment assignment, Long expectedVersion, Actor actor) {
        return give(claimId, ClaimAction.REASSIGN, assignment, expectedVersion, actor);
    }

    /** Takes the claim back from its reviewer; it returns to the unassigned column. */
    @Transactional
    public Claim unassign(long claimId, String reason, Long expectedVersion, Actor actor) {
        String why = Reasons.optional(reason);
        ClaimWorkflow.Step step = workflow.begin(claimId, expectedVersion, ClaimAction.UNASSIGN, actor);
        String before = step.claim().assignee;
        step.claim().assignee = null;
        return workflow.finish(step, actor, why, before, null);
    }

    /** Sets or clears (null) the claim's deadline. */
    @Transactional
    public Claim setDeadline(long claimId, Instant deadline, Long expectedVersion, Actor actor) {
        requireFuture(deadline);
        ClaimWorkflow.Step step = workflow.begin(claimId, expectedVersion, ClaimAction.SET_DEADLINE, actor);
        Instant before = step.claim().deadline;
        step.claim().deadline = deadline;
        return workflow.finish(step, actor, null, Objects.toString(before, null), Objects.toString(deadline, null));
    }

    private Claim give(long claimId, ClaimAction action, Assignment assignment, Long expectedVersion, Actor actor) {
        requireFuture(assignment.deadline());
        ClaimWorkflow.Step step = workflow.begin(claimId, expectedVersion, action, actor);
        Claim claim = step.claim();
        List<Reviewer> candidates = reviewers.reviewers();
        if (action == ClaimAction.REASSIGN && assignment.effectiveStrategy() != AssignmentStrategy.NAMED) {
            // Moving a claim by strategy means moving it away from whoever holds it.
            candidates = candidates.stream().filter(r -> !r.username().equals(claim.assignee)).toList();
        }
        // A named reviewer needs nobody's load: skip the count over all claims on that, the common, path.
        Map<String, Long> load = assignment.effectiveStrategy() == AssignmentStrategy.NAMED
                ? Map.of()
                : claims.openLoadByAssignee();
        Reviewer reviewer = ReviewerChooser.choose(assignment, claim, candidates, load);
        if (action == ClaimAction.REASSIGN && reviewer.username().equals(claim.assignee)) {
            throw WorkflowException.invalid(Refusal.ALREADY_ASSIGNED, claimId, claim.assignee);
        }
        String before = claim.assignee;
        claim.assignee = reviewer.username();
        if (assignment.deadline() != null) {
            claim.deadline = assignment.deadline();
        }
        String comment = "to " + reviewer.username() + " (" + assignment.effectiveStrategy().name().toLowerCase()
                .replace('_', '-') + ")";
        return workflow.finish(step, actor, comment, before, reviewer.username());
    }

    private static void requireFuture(Instant deadline) {
        if (deadline != null && deadline.isBefore(Instant.now())) {
            throw WorkflowException.invalid(Refusal.DEADLINE_IN_PAST, deadline);
        }
        // Beyond PostgreSQL's and the driver's range a date wraps around silently (year 584556049 became 2000).
        if (deadline != null && deadline.isAfter(ZonedDateTime.now(ZoneOffset.UTC).plusYears(MAX_DEADLINE_YEARS)
                .toInstant())) {
            throw WorkflowException.invalid(Refusal.DEADLINE_TOO_FAR, deadline, MAX_DEADLINE_YEARS);
        }
    }
}
