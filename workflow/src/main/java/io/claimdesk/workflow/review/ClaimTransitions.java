package io.claimdesk.workflow.review;

import static io.claimdesk.core.claim.ClaimStatus.ASSIGNED;
import static io.claimdesk.core.claim.ClaimStatus.AWAITING_APPROVAL;
import static io.claimdesk.core.claim.ClaimStatus.CORRECTION;
import static io.claimdesk.core.claim.ClaimStatus.DISCARDED;
import static io.claimdesk.core.claim.ClaimStatus.EXTRACTED;
import static io.claimdesk.core.claim.ClaimStatus.PUBLISHED;
import static io.claimdesk.workflow.review.ClaimAction.ADD;
import static io.claimdesk.workflow.review.ClaimAction.APPROVE;
import static io.claimdesk.workflow.review.ClaimAction.ASSIGN;
import static io.claimdesk.workflow.review.ClaimAction.DISCARD;
import static io.claimdesk.workflow.review.ClaimAction.EDIT;
import static io.claimdesk.workflow.review.ClaimAction.MERGE;
import static io.claimdesk.workflow.review.ClaimAction.PUBLISH_CORRECTION;
import static io.claimdesk.workflow.review.ClaimAction.REASSIGN;
import static io.claimdesk.workflow.review.ClaimAction.REJECT;
import static io.claimdesk.workflow.review.ClaimAction.REOPEN_FOR_CORRECTION;
import static io.claimdesk.workflow.review.ClaimAction.RESTORE;
import static io.claimdesk.workflow.review.ClaimAction.SAVE_DRAFT;
import static io.claimdesk.workflow.review.ClaimAction.SET_DEADLINE;
import static io.claimdesk.workflow.review.ClaimAction.SPLIT;
import static io.claimdesk.workflow.review.ClaimAction.SUBMIT_VERDICT;
import static io.claimdesk.workflow.review.ClaimAction.UNASSIGN;
import static io.claimdesk.workflow.review.Guard.ACTOR_IS_ASSIGNEE;
import static io.claimdesk.workflow.review.Guard.ACTOR_IS_NOT_VERDICT_REVIEWER;
import static io.claimdesk.workflow.review.Guard.VERDICT_SUBMITTED;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.verdict.Verdict;
import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.RefusalMessage;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.security.Actor;
import io.claimdesk.workflow.security.Roles;

/**
 * The review workflow as one table: state × action → state, the roles allowed, and the guards. The API, the pages and
 * the bulk actions all go through {@link #require}, so no path can bypass it.
 */
public final class ClaimTransitions {

    /** One row of the table; {@code from} is null for an action that creates a claim. */
    public record Transition(ClaimStatus from, ClaimAction action, ClaimStatus to, Set<String> roles,
            List<Guard> guards) {
    }

    private static final Set<String> TEAM = Set.of(Roles.EDITOR, Roles.ADMIN);
    private static final Set<String> EDITORS = Set.of(Roles.EDITOR);
    private static final Set<String> REVIEWERS = Set.of(Roles.REVIEWER);

    // @formatter:off
    public static final List<Transition> TABLE = List.of(
            row(null,              ADD,                   EXTRACTED,         TEAM),

            row(EXTRACTED,         ASSIGN,                ASSIGNED,          TEAM),
            row(EXTRACTED,         SET_DEADLINE,          EXTRACTED,         TEAM),
            row(EXTRACTED,         EDIT,                  EXTRACTED,         TEAM),
            row(EXTRACTED,         SPLIT,                 DISCARDED,         TEAM),
            row(EXTRACTED,         MERGE,                 DISCARDED,         TEAM),
            row(EXTRACTED,         DISCARD,               DISCARDED,         TEAM),

            row(ASSIGNED,          REASSIGN,              ASSIGNED,          TEAM),
            row(ASSIGNED,          UNASSIGN,              EXTRACTED,         TEAM),
            row(ASSIGNED,          SET_DEADLINE,          ASSIGNED,          TEAM),
            row(ASSIGNED,          EDIT,                  ASSIGNED,          TEAM),
            row(ASSIGNED,          SPLIT,                 DISCARDED,         TEAM),
            row(ASSIGNED,          MERGE,                 DISCARDED,         TEAM),
            row(ASSIGNED,          DISCARD,               DISCARDED,         TEAM),
            row(ASSIGNED,          SAVE_DRAFT,            ASSIGNED,          REVIEWERS, ACTOR_IS_ASSIGNEE),
            row(ASSIGNED,          SUBMIT_VERDICT,        AWAITING_APPROVAL, REVIEWERS, ACTOR_IS_ASSIGNEE),

            row(AWAITING_APPROVAL, SET_DEADLINE,          AWAITING_APPROVAL, TEAM),
            row(AWAITING_APPROVAL, APPROVE,               PUBLISHED,         EDITORS,   ACTOR_IS_NOT_VERDICT_REVIEWER),
            row(AWAITING_APPROVAL, REJECT,                ASSIGNED,          EDITORS,   ACTOR_IS_NOT_VERDICT_REVIEWER),

            row(PUBLISHED,         REOPEN_FOR_CORRECTION, CORRECTION,        TEAM),

            row(CORRECTION,        REASSIGN,              CORRECTION,        TEAM),
            row(CORRECTION,        SET_DEADLINE,          CORRECTION,        TEAM),
            row(CORRECTION,        SAVE_DRAFT,            CORRECTION,        REVIEWERS, ACTOR_IS_ASSIGNEE),
            row(CORRECTION,        SUBMIT_VERDICT,        CORRECTION,        REVIEWERS, ACTOR_IS_ASSIGNEE),
            row(CORRECTION,        REJECT,                CORRECTION,        EDITORS,   VERDICT_SUBMITTED,
                                                                                        ACTOR_IS_NOT_VERDICT_REVIEWER),
            row(CORRECTION,        PUBLISH_CORRECTION,    PUBLISHED,         EDITORS,   VERDICT_SUBMITTED,
                                                                                        ACTOR_IS_NOT_VERDICT_REVIEWER),

            row(DISCARDED,         RESTORE,               EXTRACTED,         TEAM));
    // @formatter:on

    private ClaimTransitions() {
    }

    private static Transition row(ClaimStatus from, ClaimAction action, ClaimStatus to, Set<String> roles,
            Guard... guards) {
        return new Transition(from, action, to, roles, List.of(guards));
    }

    /**
     * The transition the actor may take, or a refusal: FORBIDDEN when no row of the action admits the actor's roles
     * or a guard about the actor fails, CONFLICT when the claim's status has no row for the action or a guard about
     * the claim's state fails.
     */
    public static Transition require(ClaimAction action, Actor actor, Claim claim, Verdict verdict) {
        requireSomeRow(action, actor);
        Transition transition = find(claim.status, action)
                .orElseThrow(() -> WorkflowException.conflict(claim.status, Refusal.ACTION_NOT_IN_STATUS, action,
                        claim.id, claim.status));
        if (!actor.hasAnyRole(transition.roles())) {
            throw WorkflowException.forbidden(Refusal.ROLE_NOT_IN_STATUS, actor.username(), action,
                    claim.status);
        }
        for (Guard guard : transition.guards()) {
            RefusalMessage refusal = guard.refusal(actor, claim, verdict);
            if (refusal != null) {
                throw new WorkflowException(guard.refusalKind(), claim.status, refusal);
            }
        }
        return transition;
    }

    /**
     * Refuses (FORBIDDEN) an actor none of whose roles may ever take the action: checked before the request's content
     * is, so that a caller without the role learns that, not what was wrong with what they sent.
     */
    public static void requireRole(ClaimAction action, Actor actor) {
        requireSomeRow(action, actor);
    }

    /** The row for an action that creates a claim (adding one by hand), if the actor may take it. */
    public static Transition requireCreation(ClaimAction action, Actor actor) {
        requireSomeRow(action, actor);
        return find(null, action).orElseThrow(
                () -> new IllegalArgumentException(action + " does not create a claim"));
    }

    /** The transitions offered to an actor on a claim: what a UI may show as buttons. */
    public static List<ClaimAction> allowed(Actor actor, Claim claim, Verdict verdict) {
        return TABLE.stream()
                .filter(t -> t.from() == claim.status && actor.hasAnyRole(t.roles())
                        && t.guards().stream().allMatch(g -> g.refusal(actor, claim, verdict) == null))
                .map(Transition::action)
                .toList();
    }

    public static Optional<Transition> find(ClaimStatus from, ClaimAction action) {
        return TABLE.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
    }

    private static void requireSomeRow(ClaimAction action, Actor actor) {
        boolean roleAllowed = TABLE.stream().anyMatch(t -> t.action() == action && actor.hasAnyRole(t.roles()));
        if (!roleAllowed) {
            throw WorkflowException.forbidden(Refusal.NO_ROLE_FOR_ACTION, actor.username(), action);
        }
    }
}
