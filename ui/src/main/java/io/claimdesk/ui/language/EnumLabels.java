package io.claimdesk.ui.language;

import io.claimdesk.core.claim.ClaimOrigin;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.verdict.Rating;
import io.claimdesk.workflow.review.ClaimAction;

/**
 * The words for the domain's enums in one language. Each switch names every constant, so a new status, rating or action
 * does not compile until it has its text.
 */
public final class EnumLabels {

    private EnumLabels() {
    }

    public static String of(ClaimStatus status, UiLabels msg) {
        return switch (status) {
            case EXTRACTED -> msg.statusExtracted();
            case ASSIGNED -> msg.statusAssigned();
            case AWAITING_APPROVAL -> msg.statusAwaitingApproval();
            case CORRECTION -> msg.statusCorrection();
            case PUBLISHED -> msg.statusPublished();
            case DISCARDED -> msg.statusDiscarded();
        };
    }

    public static String of(Rating rating, UiLabels msg) {
        return switch (rating) {
            case TRUE -> msg.ratingTrue();
            case MOSTLY_TRUE -> msg.ratingMostlyTrue();
            case MIXED -> msg.ratingMixed();
            case MISLEADING -> msg.ratingMisleading();
            case MOSTLY_FALSE -> msg.ratingMostlyFalse();
            case FALSE -> msg.ratingFalse();
            case UNVERIFIABLE -> msg.ratingUnverifiable();
        };
    }

    public static String of(ClaimOrigin origin, UiLabels msg) {
        return switch (origin) {
            case EXTRACTED -> msg.originExtracted();
            case ADDED -> msg.originAdded();
            case SPLIT -> msg.originSplit();
            case MERGED -> msg.originMerged();
        };
    }

    /** What was done, in lower case as history lines and bulk titles read it. */
    public static String of(ClaimAction known, UiLabels msg) {
        return switch (known) {
            case EXTRACT -> msg.actionExtract();
            case ADD -> msg.actionAdd();
            case ASSIGN -> msg.actionAssign();
            case REASSIGN -> msg.actionReassign();
            case UNASSIGN -> msg.actionUnassign();
            case SET_DEADLINE -> msg.actionSetDeadline();
            case EDIT -> msg.actionEdit();
            case SPLIT -> msg.actionSplit();
            case MERGE -> msg.actionMerge();
            case DISCARD -> msg.actionDiscard();
            case RESTORE -> msg.actionRestore();
            case SAVE_DRAFT -> msg.actionSaveDraft();
            case SUBMIT_VERDICT -> msg.actionSubmitVerdict();
            case APPROVE -> msg.actionApprove();
            case REJECT -> msg.actionReject();
            case REOPEN_FOR_CORRECTION -> msg.actionReopenForCorrection();
            case PUBLISH_CORRECTION -> msg.actionPublishCorrection();
        };
    }
}
