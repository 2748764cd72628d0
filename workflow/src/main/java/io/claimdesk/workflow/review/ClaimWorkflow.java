package io.claimdesk.workflow.review;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimRepository;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.verdict.Verdict;
import io.claimdesk.core.verdict.VerdictRepository;
import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.security.Actor;

/**
 * The one way a claim changes: lock it, check the caller's expected version, ask {@link ClaimTransitions} for the row,
 * move the status and append the step to the history. Callers run inside their own transaction.
 */
@ApplicationScoped
public class ClaimWorkflow {

    @Inject
    ClaimRepository claims;

    @Inject
    VerdictRepository verdicts;

    @Inject
    ClaimHistory history;

    /** A claim locked for this transaction, with the transition the actor may take on it. */
    public record Step(Claim claim, Verdict verdict, ClaimTransitions.Transition transition, ClaimStatus from) {
    }

    /**
     * Locks the claim and checks the action. {@code expectedVersion}, when given, is the version the caller last saw:
     * if someone changed the claim since, the action is refused with 409 and the claim's current status.
     */
    public Step begin(long claimId, Long expectedVersion, ClaimAction action, Actor actor) {
        // A row lock makes concurrent actions on one claim queue up, so the second sees the first's outcome.
        Claim claim = claims.findByIdOptional(claimId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> WorkflowException.notFound(Refusal.CLAIM_NOT_FOUND, claimId));
        if (expectedVersion != null && expectedVersion != claim.version) {
            throw WorkflowException.conflict(claim.status, Refusal.CLAIM_CHANGED_SINCE, claimId, expectedVersion,
                    claim.version, claim.status);
        }
        Verdict verdict = verdicts.forClaim(claimId).orElse(null);
        return new Step(claim, verdict, ClaimTransitions.require(action, actor, claim, verdict), claim.status);
    }

    /**
     * Moves the claim to the transition's status and records the step. A claim that ends discarded (discard, or
     * replaced by a split or merge) is nobody's work any more: it loses its assignee.
     */
    public Claim finish(Step step, Actor actor, String comment, String before, String after) {
        Claim claim = step.claim();
        claim.status = step.transition().to();
        if (claim.status == ClaimStatus.DISCARDED) {
            claim.assignee = null;
        }
        claim.updatedAt = Instant.now();
        history.record(claim, step.transition().action(), step.from(), actor, comment, before, after);
        return claim;
    }

    /** Records the creation of a claim (added by hand, or made by a split or merge) as its first step. */
    public void created(Claim claim, ClaimAction action, Actor actor, String comment) {
        history.record(claim, action, null, actor, comment, null, claim.text);
    }
}
