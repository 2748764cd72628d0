package io.claimdesk.workflow.review;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.verdict.Verdict;
import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.RefusalMessage;
import io.claimdesk.workflow.WorkflowException.Kind;
import io.claimdesk.workflow.security.Actor;

/** A condition on a transition beyond holding one of its roles. */
public enum Guard {

    /** Only the reviewer the claim is assigned to. */
    ACTOR_IS_ASSIGNEE(Kind.FORBIDDEN) {

        @Override
        RefusalMessage refusal(Actor actor, Claim claim, Verdict verdict) {
            return actor.username().equals(claim.assignee)
                    ? null
                    : RefusalMessage.of(Refusal.NOT_THE_ASSIGNEE, claim.assignee);
        }
    },
    /** Four eyes: never the reviewer who wrote the verdict. */
    ACTOR_IS_NOT_VERDICT_REVIEWER(Kind.FORBIDDEN) {

        @Override
        RefusalMessage refusal(Actor actor, Claim claim, Verdict verdict) {
            return verdict != null && actor.username().equals(verdict.reviewer)
                    ? RefusalMessage.of(Refusal.FOUR_EYES)
                    : null;
        }
    },
    /** There is a submitted verdict to decide on (a correction in progress may still be a draft). */
    VERDICT_SUBMITTED(Kind.CONFLICT) {

        @Override
        RefusalMessage refusal(Actor actor, Claim claim, Verdict verdict) {
            return verdict != null && verdict.submittedAt != null
                    ? null
                    : RefusalMessage.of(Refusal.CORRECTION_NOT_SUBMITTED);
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
    abstract RefusalMessage refusal(Actor actor, Claim claim, Verdict verdict);
}
