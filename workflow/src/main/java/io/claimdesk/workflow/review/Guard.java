package io.claimdesk.workflow.review;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.verdict.Verdict;
import io.claimdesk.workflow.security.Actor;

/** A condition on who may take a transition, beyond holding a role. */
public enum Guard {

    /** Anyone holding one of the transition's roles. */
    NONE {

        @Override
        String refusal(Actor actor, Claim claim, Verdict verdict) {
            return null;
        }
    },
    /** Only the reviewer the claim is assigned to. */
    ACTOR_IS_ASSIGNEE {

        @Override
        String refusal(Actor actor, Claim claim, Verdict verdict) {
            return actor.username().equals(claim.assignee)
                    ? null
                    : "Only the assigned reviewer (" + claim.assignee + ") may write this claim's verdict.";
        }
    },
    /** Four eyes: never the reviewer who wrote the verdict. */
    ACTOR_IS_NOT_VERDICT_REVIEWER {

        @Override
        String refusal(Actor actor, Claim claim, Verdict verdict) {
            return verdict != null && actor.username().equals(verdict.reviewer)
                    ? "You wrote this verdict; another editor must decide on it (four-eyes rule)."
                    : null;
        }
    };

    /** Why the actor is refused, or null when the guard holds. */
    abstract String refusal(Actor actor, Claim claim, Verdict verdict);
}
