package io.claimdesk.ui.language;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words for the domain's values (statuses, ratings, history actions), how times read, and the sentences Java
 * code assembles from them, in English; {@code messages/labels_fr.properties} holds the French.
 */
@MessageBundle(UiLabels.NAME)
public interface UiLabels {

    /** The namespace in templates and the prefix of the localized file. */
    String NAME = "labels";

    // Times and numbers: patterns of java.time.format.DateTimeFormatter, in the page's language

    @Message("MMM d, y, HH:mm 'UTC'")
    String timestampPattern();

    @Message("MMM d, y")
    String datePattern();

    @Message("{minutes} min")
    String ageMinutes(long minutes);

    @Message("{hours} h")
    String ageHours(long hours);

    @Message("{days} d")
    String ageDays(long days);

    @Message("{age} ago")
    String ageAgo(String age);

    @Message("{age} old")
    String ageOld(String age);

    // Claim statuses

    @Message("Extracted")
    String statusExtracted();

    @Message("Assigned")
    String statusAssigned();

    @Message("Awaiting approval")
    String statusAwaitingApproval();

    @Message("Correction")
    String statusCorrection();

    @Message("Published")
    String statusPublished();

    @Message("Discarded")
    String statusDiscarded();

    // Ratings

    @Message("True")
    String ratingTrue();

    @Message("Mostly true")
    String ratingMostlyTrue();

    @Message("Mixed")
    String ratingMixed();

    @Message("Misleading")
    String ratingMisleading();

    @Message("Mostly false")
    String ratingMostlyFalse();

    @Message("False")
    String ratingFalse();

    @Message("Unverifiable")
    String ratingUnverifiable();

    // What was done to a claim (history, bulk actions)

    @Message("extract")
    String actionExtract();

    @Message("add")
    String actionAdd();

    @Message("assign")
    String actionAssign();

    @Message("reassign")
    String actionReassign();

    @Message("unassign")
    String actionUnassign();

    @Message("set deadline")
    String actionSetDeadline();

    @Message("edit")
    String actionEdit();

    @Message("split")
    String actionSplit();

    @Message("merge")
    String actionMerge();

    @Message("discard")
    String actionDiscard();

    @Message("restore")
    String actionRestore();

    @Message("save draft")
    String actionSaveDraft();

    @Message("submit verdict")
    String actionSubmitVerdict();

    @Message("approve")
    String actionApprove();

    @Message("reject")
    String actionReject();

    @Message("reopen for correction")
    String actionReopenForCorrection();

    @Message("publish correction")
    String actionPublishCorrection();

    // How a claim came to be

    @Message("extracted")
    String originExtracted();

    @Message("added")
    String originAdded();

    @Message("split")
    String originSplit();

    @Message("merged")
    String originMerged();

    // An article's roll-up in one sentence

    @Message("No claims.")
    String rollupNone();

    @Message("{count} {#if count == 1}claim{#else}claims{/if}:")
    String rollupIntro(int count);

    @Message("{count} published")
    String rollupPublished(int count);

    @Message("{count} being corrected")
    String rollupCorrection(int count);

    @Message("{count} awaiting approval")
    String rollupAwaitingApproval(int count);

    @Message("{count} in review")
    String rollupInReview(int count);

    @Message("{count} to assign")
    String rollupToAssign(int count);

    @Message("{count} discarded")
    String rollupDiscarded(int count);

}
