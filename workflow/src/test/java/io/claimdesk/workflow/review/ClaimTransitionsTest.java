package io.claimdesk.workflow.review;

import static io.claimdesk.core.claim.ClaimStatus.ASSIGNED;
import static io.claimdesk.core.claim.ClaimStatus.AWAITING_APPROVAL;
import static io.claimdesk.core.claim.ClaimStatus.CORRECTION;
import static io.claimdesk.core.claim.ClaimStatus.DISCARDED;
import static io.claimdesk.core.claim.ClaimStatus.EXTRACTED;
import static io.claimdesk.core.claim.ClaimStatus.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
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
    static final Map<String, ClaimStatus> ALLOWED = new HashMap<>();

    static {
        String[] team = {"editor", "admin"};
        String[] editor = {"editor"};
        String[] reviewer = {"reviewer"};
        allow(EXTRACTED, ClaimAction.ASSIGN, ASSIGNED, team);
        allow(EXTRACTED, ClaimAction.SET_DEADLINE, EXTRACTED, team);
        allow(EXTRACTED, ClaimAction.EDIT, EXTRACTED, team);
        allow(EXTRACTED, ClaimAction.SPLIT, DISCARDED, team);
        allow(EXTRACTED, ClaimAction.MERGE, DISCARDED, team);
        allow(EXTRACTED, ClaimAction.DISCARD, DISCARDED, team);

        allow(ASSIGNED, ClaimAction.REASSIGN, ASSIGNED, team);
        allow(ASSIGNED, ClaimAction.UNASSIGN, EXTRACTED, team);
        allow(ASSIGNED, ClaimAction.SET_DEADLINE, ASSIGNED, team);
        allow(ASSIGNED, ClaimAction.EDIT, ASSIGNED, team);
        allow(ASSIGNED, ClaimAction.SPLIT, DISCARDED, team);
        allow(ASSIGNED, ClaimAction.MERGE, DISCARDED, team);
        allow(ASSIGNED, ClaimAction.DISCARD, DISCARDED, team);
        allow(ASSIGNED, ClaimAction.SAVE_DRAFT, ASSIGNED, reviewer);
        allow(ASSIGNED, ClaimAction.SUBMIT_VERDICT, AWAITING_APPROVAL, reviewer);

        allow(AWAITING_APPROVAL, ClaimAction.SET_DEADLINE, AWAITING_APPROVAL, team);
        allow(AWAITING_APPROVAL, ClaimAction.APPROVE, PUBLISHED, editor);
        allow(AWAITING_APPROVAL, ClaimAction.REJECT, ASSIGNED, editor);

        allow(PUBLISHED, ClaimAction.REOPEN_FOR_CORRECTION, CORRECTION, team);

        allow(CORRECTION, ClaimAction.REASSIGN, CORRECTION, team);
        allow(CORRECTION, ClaimAction.SET_DEADLINE, CORRECTION, team);
        allow(CORRECTION, ClaimAction.SAVE_DRAFT, CORRECTION, reviewer);
        allow(CORRECTION, ClaimAction.SUBMIT_VERDICT, CORRECTION, reviewer);
        allow(CORRECTION, ClaimAction.REJECT, CORRECTION, editor);
        allow(CORRECTION, ClaimAction.PUBLISH_CORRECTION, PUBLISHED, editor);

        allow(DISCARDED, ClaimAction.RESTORE, EXTRACTED, team);
    }

    private static void allow(ClaimStatus from, ClaimAction action, ClaimStatus to, String... roles) {
        for (String role : roles) {
            ALLOWED.put(from + " " + action + " " + role, to);
        }
    }

    static final Set<String> ROLES = Set.of("reviewer", "editor", "admin");
    /** Every action a user takes on an existing claim (EXTRACT is the extractor's, ADD creates a claim). */
    static final Set<ClaimAction> USER_ACTIONS = EnumSet.complementOf(EnumSet.of(ClaimAction.EXTRACT,
            ClaimAction.ADD));

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
                verdictBy("adam"))).containsExactly(ClaimAction.SET_DEADLINE);
        assertThat(ClaimTransitions.allowed(new Actor("edith", Set.of("editor")), awaiting, verdictBy("adam")))
                .containsExactlyInAnyOrder(ClaimAction.SET_DEADLINE, ClaimAction.APPROVE, ClaimAction.REJECT);
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

    @Test
    void aCorrectionCanOnlyBePublishedOnceSubmittedAndByAnotherEditor() {
        Actor edith = new Actor("edith", Set.of("editor"));
        Claim correcting = claim(CORRECTION, "rita");
        Verdict draft = verdictBy("rita");
        draft.submittedAt = null;

        assertThatThrownBy(() -> ClaimTransitions.require(ClaimAction.PUBLISH_CORRECTION, edith, correcting, draft))
                .isInstanceOfSatisfying(WorkflowException.class, e -> {
                    assertThat(e.kind()).isEqualTo(WorkflowException.Kind.CONFLICT);
                    assertThat(e.currentStatus()).isEqualTo(CORRECTION);
                })
                .hasMessageContaining("not been submitted");
        assertThatThrownBy(() -> ClaimTransitions.require(ClaimAction.PUBLISH_CORRECTION, edith, correcting,
                verdictBy("edith")))
                .isInstanceOfSatisfying(WorkflowException.class,
                        e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.FORBIDDEN))
                .hasMessageContaining("four-eyes");
        assertThat(ClaimTransitions.require(ClaimAction.PUBLISH_CORRECTION, edith, correcting, verdictBy("rita"))
                .to()).isEqualTo(PUBLISHED);
    }

    @Test
    void onlyTheTeamMayAddAClaimByHand() {
        assertThat(ClaimTransitions.requireCreation(ClaimAction.ADD, new Actor("edith", Set.of("editor"))).to())
                .isEqualTo(EXTRACTED);
        assertThatThrownBy(() -> ClaimTransitions.requireCreation(ClaimAction.ADD,
                new Actor("rita", Set.of("reviewer"))))
                .isInstanceOfSatisfying(WorkflowException.class,
                        e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.FORBIDDEN));
    }

    @Test
    void theTableHasOneRowPerStatusAndAction() {
        assertThat(ClaimTransitions.TABLE.stream().map(t -> t.from() + " " + t.action()).distinct().count())
                .isEqualTo(ClaimTransitions.TABLE.size());
    }

    private static Verdict verdictBy(String reviewer) {
        Verdict verdict = new Verdict();
        verdict.reviewer = reviewer;
        verdict.submittedAt = Instant.now();
        return verdict;
    }
}
