package io.claimdesk.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.verdict.Verdict;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.security.Actor;

/** Every (status, action, role) triple against the workflow the brief specifies, written out independently. */
class ClaimTransitionsTest {

    /** What must succeed, as "STATUS ACTION role" → resulting status; every other triple must be refused. */
    static final Map<String, ClaimStatus> ALLOWED = Map.ofEntries(
            Map.entry("EXTRACTED ASSIGN editor", ClaimStatus.ASSIGNED),
            Map.entry("EXTRACTED ASSIGN admin", ClaimStatus.ASSIGNED),
            Map.entry("ASSIGNED ASSIGN editor", ClaimStatus.ASSIGNED),
            Map.entry("ASSIGNED ASSIGN admin", ClaimStatus.ASSIGNED),
            Map.entry("ASSIGNED SUBMIT_VERDICT reviewer", ClaimStatus.AWAITING_APPROVAL),
            Map.entry("AWAITING_APPROVAL APPROVE editor", ClaimStatus.PUBLISHED),
            Map.entry("AWAITING_APPROVAL REJECT editor", ClaimStatus.ASSIGNED),
            Map.entry("EXTRACTED DISCARD editor", ClaimStatus.DISCARDED),
            Map.entry("EXTRACTED DISCARD admin", ClaimStatus.DISCARDED),
            Map.entry("ASSIGNED DISCARD editor", ClaimStatus.DISCARDED),
            Map.entry("ASSIGNED DISCARD admin", ClaimStatus.DISCARDED));

    static final Set<String> ROLES = Set.of("reviewer", "editor", "admin");
    static final Set<ClaimAction> USER_ACTIONS = Set.of(ClaimAction.ASSIGN, ClaimAction.SUBMIT_VERDICT,
            ClaimAction.APPROVE, ClaimAction.REJECT, ClaimAction.DISCARD);

    @Test
    void everyStatusActionAndRoleIsAllowedOrRefusedAsSpecified() {
        int checked = 0;
        for (ClaimStatus status : ClaimStatus.values()) {
            for (ClaimAction action : USER_ACTIONS) {
                for (String role : ROLES) {
                    Actor actor = new Actor("user-" + role, Set.of(role));
                    Claim claim = claim(status, actor.username());
                    Verdict verdict = verdictBy("someone-else");
                    ClaimStatus expected = ALLOWED.get(status + " " + action + " " + role);
                    if (expected != null) {
                        assertThat(ClaimTransitions.require(action, actor, claim, verdict).to())
                                .as("%s %s by %s", status, action, role).isEqualTo(expected);
                    } else {
                        boolean roleEverAllowed = ALLOWED.keySet().stream()
                                .anyMatch(k -> k.endsWith(" " + action + " " + role));
                        WorkflowException.Kind kind = roleEverAllowed
                                ? WorkflowException.Kind.CONFLICT
                                : WorkflowException.Kind.FORBIDDEN;
                        assertThatThrownBy(() -> ClaimTransitions.require(action, actor, claim, verdict))
                                .as("%s %s by %s", status, action, role)
                                .isInstanceOfSatisfying(WorkflowException.class, e -> {
                                    assertThat(e.kind()).isEqualTo(kind);
                                    assertThat(e.getMessage()).isNotBlank();
                                });
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(ClaimStatus.values().length * USER_ACTIONS.size() * ROLES.size());
    }

    @Test
    void onlyTheAssigneeMaySubmitAVerdict() {
        Actor remy = new Actor("remy", Set.of("reviewer"));
        Claim claim = claim(ClaimStatus.ASSIGNED, "rita");

        assertThatThrownBy(() -> ClaimTransitions.require(ClaimAction.SUBMIT_VERDICT, remy, claim, null))
                .isInstanceOfSatisfying(WorkflowException.class,
                        e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.FORBIDDEN))
                .hasMessageContaining("rita");
    }

    @Test
    void anEditorCannotApproveOrRejectTheirOwnVerdict() {
        Actor adam = new Actor("adam", Set.of("reviewer", "editor", "admin"));
        Claim claim = claim(ClaimStatus.AWAITING_APPROVAL, "adam");

        for (ClaimAction action : Set.of(ClaimAction.APPROVE, ClaimAction.REJECT)) {
            assertThatThrownBy(() -> ClaimTransitions.require(action, adam, claim, verdictBy("adam")))
                    .isInstanceOfSatisfying(WorkflowException.class,
                            e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.FORBIDDEN))
                    .hasMessageContaining("four-eyes");
        }
        assertThat(ClaimTransitions.require(ClaimAction.APPROVE, new Actor("edith", Set.of("editor")), claim,
                verdictBy("adam")).to()).isEqualTo(ClaimStatus.PUBLISHED);
    }

    @Test
    void allowedActionsOfferOnlyWhatWouldSucceed() {
        Claim awaiting = claim(ClaimStatus.AWAITING_APPROVAL, "adam");

        assertThat(ClaimTransitions.allowed(new Actor("adam", Set.of("reviewer", "editor", "admin")), awaiting,
                verdictBy("adam"))).isEmpty();
        assertThat(ClaimTransitions.allowed(new Actor("edith", Set.of("editor")), awaiting, verdictBy("adam")))
                .containsExactlyInAnyOrder(ClaimAction.APPROVE, ClaimAction.REJECT);
        assertThat(ClaimTransitions.allowed(new Actor("rita", Set.of("reviewer")),
                claim(ClaimStatus.PUBLISHED, "rita"), verdictBy("rita"))).isEmpty();
    }

    private static Claim claim(ClaimStatus status, String assignee) {
        Claim claim = new Claim();
        claim.id = 7L;
        claim.status = status;
        claim.assignee = assignee;
        return claim;
    }

    private static Verdict verdictBy(String reviewer) {
        Verdict verdict = new Verdict();
        verdict.reviewer = reviewer;
        return verdict;
    }
}
