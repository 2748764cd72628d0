package io.claimdesk.workflow.review;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.verdict.Verdict;
import io.claimdesk.workflow.WorkflowException.Kind;
import io.claimdesk.workflow.security.Actor;

/** A condition on a transition beyond holding one of its roles. */
public enum Guard {

    /** Only the reviewer the claim is assigned to. */
    ACTOR_IS_ASSIGNEE(Kind.FORBIDDEN) {

        @Override
        String refusal(Actor actor, Claim claim, Verdict verdict) {
            return actor.username().equals(claim.assignee)
                    ? null
                    : "Only the assigned reviewer (" + claim.assignee + ") may write this claim's verdict.";
        }
    },
    /** Four eyes: never the reviewer who wrote the verdict. */
    ACTOR_IS_NOT_VERDICT_REVIEWER(Kind.FORBIDDEN) {

        @Override
        String refusal(Actor actor, Claim claim, Verdict verdict) {
            return verdict != null && actor.username().equals(verdict.reviewer)
                    ? "You wrote this verdict; another editor must decide on it (four-eyes rule)."
                    : null;
        }
    },
    /** There is a submitted verdict to decide on (a correction in progress may still be a draft). */
    VERDICT_SUBMITTED(Kind.CONFLICT) {

        @Override
        String refusal(Actor actor, Claim claim, Verdict verdict) {
            return verdict != null && verdict.submittedAt != null
                    ? null
                    : "The corrected verdict has not been submitted yet.";
        }
    };

    private final Kind refusalKind;

    Guard(Kind refusalKind) {
        this.refusalKind = refusalKind;
    }

    /** FORBIDDEN when the guard is about who acts, CONFLICT when it is about the claim's state. */
    Kind refusalKind() {
        return refusalKind;
    }

    /** Why the actor is refused, or null when the guard holds. */
    abstract String refusal(Actor actor, Claim claim, Verdict verdict);
}
