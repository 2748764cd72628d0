package io.claimdesk.ui.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.history.ClaimEvent;
import io.claimdesk.core.verdict.EvidenceItem;
import io.claimdesk.core.verdict.Rating;
import io.claimdesk.core.verdict.Verdict;
import io.claimdesk.workflow.review.ClaimAction;
import io.claimdesk.workflow.review.ClaimTransitions;
import io.claimdesk.workflow.review.DraftVisibility;
import io.claimdesk.workflow.review.ReviewService;
import io.claimdesk.workflow.security.Actor;
import io.claimdesk.workflow.security.Roles;

/**
 * A claim as pages show it: the claim, its verdict if any, the actions the viewer may take on it (from
 * {@link ClaimTransitions#allowed}), and whether the four-eyes rule keeps this editor from deciding on a verdict they
 * wrote themselves.
 */
public record ClaimCard(Claim claim, Verdict verdict, List<ClaimAction> actions, boolean ownVerdictAwaitsOthers,
        boolean overdue, ClaimEvent sentBack) {

    /** Blank evidence rows the verdict form always offers after the saved ones, and the fewest rows it shows. */
    static final int BLANK_EVIDENCE_ROWS = 1;
    static final int MIN_EVIDENCE_ROWS = 3;

    public static ClaimCard of(Claim claim, ReviewService reviews, Actor actor) {
        ClaimEvent sentBack = claim.status == ClaimStatus.ASSIGNED
                ? reviews.lastRejections(List.of(claim.id)).get(claim.id)
                : null;
        return of(claim, reviews.verdictOf(claim.id).orElse(null), sentBack, actor);
    }

    private static ClaimCard of(Claim claim, Verdict verdict, ClaimEvent sentBack, Actor actor) {
        boolean ownVerdict = (claim.status == ClaimStatus.AWAITING_APPROVAL || claim.status == ClaimStatus.CORRECTION)
                && verdict != null && verdict.submittedAt != null && actor.hasRole(Roles.EDITOR)
                && actor.username().equals(verdict.reviewer);
        // What may be done depends on the whole verdict; what is shown of it, on who reads (drafts: DraftVisibility).
        return new ClaimCard(claim, DraftVisibility.visible(verdict, claim, actor),
                ClaimTransitions.allowed(actor, claim, verdict), ownVerdict,
                claim.isOverdue(Instant.now()), sentBack);
    }

    /**
     * The cards of many claims, with their verdicts and the rejections of those sent back read in two queries rather
     * than two per claim.
     */
    public static List<ClaimCard> of(List<Claim> claims, ReviewService reviews, Actor actor) {
        Map<Long, Verdict> verdicts = reviews.verdictsOf(claims.stream().map(claim -> claim.id).toList());
        Map<Long, ClaimEvent> rejections = reviews.lastRejections(claims.stream()
                .filter(claim -> claim.status == ClaimStatus.ASSIGNED).map(claim -> claim.id).toList());
        return claims.stream()
                .map(claim -> of(claim, verdicts.get(claim.id), rejections.get(claim.id), actor)).toList();
    }

    public boolean canAssign() {
        return actions.contains(ClaimAction.ASSIGN);
    }

    public boolean canReassign() {
        return actions.contains(ClaimAction.REASSIGN);
    }

    public boolean canUnassign() {
        return actions.contains(ClaimAction.UNASSIGN);
    }

    public boolean canSetDeadline() {
        return actions.contains(ClaimAction.SET_DEADLINE);
    }

    public boolean canEdit() {
        return actions.contains(ClaimAction.EDIT);
    }

    public boolean canSplit() {
        return actions.contains(ClaimAction.SPLIT);
    }

    public boolean canMerge() {
        return actions.contains(ClaimAction.MERGE);
    }

    public boolean canDiscard() {
        return actions.contains(ClaimAction.DISCARD);
    }

    public boolean canRestore() {
        return actions.contains(ClaimAction.RESTORE);
    }

    public boolean canSaveDraft() {
        return actions.contains(ClaimAction.SAVE_DRAFT);
    }

    public boolean canSubmitVerdict() {
        return actions.contains(ClaimAction.SUBMIT_VERDICT);
    }

    /** The verdict form shows when the viewer may save a draft or submit. */
    public boolean writesVerdict() {
        return canSaveDraft() || canSubmitVerdict();
    }

    public boolean canApprove() {
        return actions.contains(ClaimAction.APPROVE);
    }

    public boolean canReject() {
        return actions.contains(ClaimAction.REJECT);
    }

    public boolean canReopen() {
        return actions.contains(ClaimAction.REOPEN_FOR_CORRECTION);
    }

    public boolean canPublishCorrection() {
        return actions.contains(ClaimAction.PUBLISH_CORRECTION);
    }

    /** Whether a control on this claim offers a choice of reviewer (so the page must load the list). */
    public boolean choosesReviewer() {
        return canAssign() || canReassign() || canReopen();
    }

    public boolean published() {
        return claim.status == ClaimStatus.PUBLISHED;
    }

    public boolean hasActions() {
        return !actions.isEmpty();
    }

    /** The saved evidence items, then blank rows: at least {@value #MIN_EVIDENCE_ROWS}, always one to fill in. */
    public List<EvidenceItem> evidenceRows() {
        List<EvidenceItem> rows = new ArrayList<>();
        if (verdict != null) {
            rows.addAll(verdict.evidence);
        }
        int blanks = Math.max(BLANK_EVIDENCE_ROWS, MIN_EVIDENCE_ROWS - rows.size());
        for (int i = 0; i < blanks; i++) {
            rows.add(new EvidenceItem("", "", ""));
        }
        return rows;
    }

    /** The rating of the saved draft or verdict, to preselect it; null when none. */
    public Rating draftRating() {
        return verdict == null ? null : verdict.rating;
    }

    public String draftExplanation() {
        return verdict == null ? "" : verdict.explanation;
    }

    /** When the draft being written was last saved; null once submitted or when there is none. */
    public Instant draftSavedAt() {
        return verdict == null || verdict.submittedAt != null ? null : verdict.draftSavedAt;
    }

    /** Why the published verdict is being corrected; null outside a correction. */
    public String correctionNote() {
        return verdict == null ? null : verdict.correctionNote;
    }

    /** The saved source URLs, one per line, to fill the verdict form in again. */
    public String sourceLines() {
        return verdict == null ? "" : String.join("\n", verdict.sources);
    }

    /** The claim's topics as the edit form shows them. */
    public String topicList() {
        return String.join(", ", claim.topics);
    }
}
