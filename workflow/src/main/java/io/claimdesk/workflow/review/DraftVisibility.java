package io.claimdesk.workflow.review;

import java.util.List;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.history.ClaimEvent;
import io.claimdesk.core.verdict.Verdict;
import io.claimdesk.workflow.security.Actor;
import io.claimdesk.workflow.security.Roles;

/**
 * Who reads a verdict that is not submitted yet (a draft, a verdict sent back, a correction under way): its author, the
 * claim's assignee (who writes it next) and editors and admins. Anyone else sees no verdict, and the history's steps
 * that carry the draft's text show none. The API and the pages both read verdicts and history through
 * {@link ReviewService}, which applies this, so they agree.
 */
public final class DraftVisibility {

    private DraftVisibility() {
    }

    /** The verdict, or null when it is a draft this actor may not read. */
    public static Verdict visible(Verdict verdict, Claim claim, Actor actor) {
        if (verdict == null || !isDraft(verdict) || mayReadDrafts(actor)
                || actor.username().equals(verdict.reviewer) || actor.username().equals(claim.assignee)) {
            return verdict;
        }
        return null;
    }

    /** The history with the draft texts of others' steps left out: a saved draft, and what a submission replaced. */
    public static List<ClaimEvent> visible(List<ClaimEvent> history, Actor actor) {
        if (mayReadDrafts(actor)) {
            return history;
        }
        return history.stream().map(event -> showsDraft(event) && !actor.username().equals(event.actor)
                ? withoutValues(event)
                : event).toList();
    }

    private static boolean isDraft(Verdict verdict) {
        return verdict.submittedAt == null && verdict.approvedAt == null;
    }

    private static boolean mayReadDrafts(Actor actor) {
        return actor.hasRole(Roles.EDITOR) || actor.hasRole(Roles.ADMIN);
    }

    private static boolean showsDraft(ClaimEvent event) {
        return ClaimAction.SAVE_DRAFT.name().equals(event.action)
                || ClaimAction.SUBMIT_VERDICT.name().equals(event.action);
    }

    // A copy, never persisted: the stored step keeps its values.
    private static ClaimEvent withoutValues(ClaimEvent event) {
        ClaimEvent copy = new ClaimEvent();
        copy.id = event.id;
        copy.claimId = event.claimId;
        copy.actor = event.actor;
        copy.at = event.at;
        copy.action = event.action;
        copy.fromStatus = event.fromStatus;
        copy.toStatus = event.toStatus;
        copy.comment = event.comment;
        // A submission's new text is the newsroom's to read; what it replaced was the author's draft.
        copy.afterValue = ClaimAction.SUBMIT_VERDICT.name().equals(event.action) ? event.afterValue : null;
        return copy;
    }
}
