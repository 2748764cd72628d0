package io.claimdesk.workflow.review;

import static io.claimdesk.core.claim.ClaimStatus.ASSIGNED;
import static io.claimdesk.core.claim.ClaimStatus.AWAITING_APPROVAL;
import static io.claimdesk.core.claim.ClaimStatus.DISCARDED;
import static io.claimdesk.core.claim.ClaimStatus.EXTRACTED;
import static io.claimdesk.core.claim.ClaimStatus.PUBLISHED;
import static io.claimdesk.workflow.review.ClaimAction.APPROVE;
import static io.claimdesk.workflow.review.ClaimAction.ASSIGN;
import static io.claimdesk.workflow.review.ClaimAction.DISCARD;
import static io.claimdesk.workflow.review.ClaimAction.REJECT;
import static io.claimdesk.workflow.review.ClaimAction.SUBMIT_VERDICT;
import static io.claimdesk.workflow.review.Guard.ACTOR_IS_ASSIGNEE;
import static io.claimdesk.workflow.review.Guard.ACTOR_IS_NOT_VERDICT_REVIEWER;
import static io.claimdesk.workflow.review.Guard.NONE;
import static io.claimdesk.workflow.security.Roles.ADMIN;
import static io.claimdesk.workflow.security.Roles.EDITOR;
import static io.claimdesk.workflow.security.Roles.REVIEWER;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.verdict.Verdict;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.security.Actor;

/** The review workflow as one table: state × action → state, the roles allowed, and a guard. */
public final class ClaimTransitions {

    /** One row of the table. */
    public record Transition(ClaimStatus from, ClaimAction action, ClaimStatus to, Set<String> roles, Guard guard) {
    }

    public static final List<Transition> TABLE = List.of(
            new Transition(EXTRACTED, ASSIGN, ASSIGNED, Set.of(EDITOR, ADMIN), NONE),
            new Transition(ASSIGNED, ASSIGN, ASSIGNED, Set.of(EDITOR, ADMIN), NONE),
            new Transition(ASSIGNED, SUBMIT_VERDICT, AWAITING_APPROVAL, Set.of(REVIEWER), ACTOR_IS_ASSIGNEE),
            new Transition(AWAITING_APPROVAL, APPROVE, PUBLISHED, Set.of(EDITOR), ACTOR_IS_NOT_VERDICT_REVIEWER),
            new Transition(AWAITING_APPROVAL, REJECT, ASSIGNED, Set.of(EDITOR), ACTOR_IS_NOT_VERDICT_REVIEWER),
            new Transition(EXTRACTED, DISCARD, DISCARDED, Set.of(EDITOR, ADMIN), NONE),
            new Transition(ASSIGNED, DISCARD, DISCARDED, Set.of(EDITOR, ADMIN), NONE));

    private ClaimTransitions() {
    }

    /**
     * The transition the actor may take, or a refusal: FORBIDDEN when no row of the action admits the actor's roles
     * or the guard fails, CONFLICT when the claim's status has no row for the action.
     */
    public static Transition require(ClaimAction action, Actor actor, Claim claim, Verdict verdict) {
        boolean roleAllowed = TABLE.stream()
                .anyMatch(t -> t.action() == action && actor.hasAnyRole(t.roles()));
        if (!roleAllowed) {
            throw WorkflowException.forbidden(actor.username() + " holds none of the roles allowed to "
                    + describe(action) + ".");
        }
        Transition transition = find(claim.status, action)
                .orElseThrow(() -> WorkflowException.conflict("Cannot " + describe(action) + " claim " + claim.id
                        + ": it is " + claim.status + ".", claim.status));
        if (!actor.hasAnyRole(transition.roles())) {
            throw WorkflowException.forbidden(actor.username() + " may not " + describe(action) + " a claim that is "
                    + claim.status + ".");
        }
        String refusal = transition.guard().refusal(actor, claim, verdict);
        if (refusal != null) {
            throw WorkflowException.forbidden(refusal);
        }
        return transition;
    }

    /** The transitions offered to an actor on a claim: what a UI may show as buttons. */
    public static List<ClaimAction> allowed(Actor actor, Claim claim, Verdict verdict) {
        return TABLE.stream()
                .filter(t -> t.from() == claim.status && actor.hasAnyRole(t.roles())
                        && t.guard().refusal(actor, claim, verdict) == null)
                .map(Transition::action)
                .toList();
    }

    public static Optional<Transition> find(ClaimStatus from, ClaimAction action) {
        return TABLE.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
    }

    private static String describe(ClaimAction action) {
        return action.name().toLowerCase().replace('_', ' ');
    }
}
