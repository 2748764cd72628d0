package io.claimdesk.ui.language;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the pages, in English; {@code messages/msg_fr.properties} holds the French. Templates read them as
 * {@code {msg:key}}, Java code through {@link PageLocale#messages()}. The words for the domain's values are in
 * {@link UiLabels}.
 */
@MessageBundle(UiMessages.NAME)
public interface UiMessages {

    /** The namespace in templates and the prefix of the localized file. */
    String NAME = "msg";

    // Layout and navigation

    @Message("Skip to content")
    String skipToContent();

    @Message("Main")
    String navMain();

    @Message("Board")
    String navBoard();

    @Message("Submit")
    String navSubmit();

    @Message("Articles")
    String navArticles();

    @Message("My claims")
    String navMyClaims();

    @Message("Approvals")
    String navApprovals();

    @Message("Public search")
    String navPublicSearch();

    @Message("Signed in as")
    String signedInAs();

    @Message("Roles")
    String roles();

    @Message("Log out")
    String logOut();

    @Message("Log in")
    String logIn();

    @Message("Language")
    String language();

    @Message("English")
    String languageSelf();

    @Message("Language of the pages")
    String languageSwitch();

    @Message("Return to:")
    String returnTo();

    // Words used on several pages

    @Message("Title")
    String title();

    @Message("Text")
    String text();

    @Message("Team")
    String team();

    @Message("Claim")
    String claim();

    @Message("Claims")
    String claims();

    @Message("submitted by")
    String submittedBy();

    @Message("Age")
    String age();

    @Message("score")
    String score();

    @Message("assigned to")
    String assignedTo();

    @Message("unassigned")
    String unassigned();

    @Message("from")
    String fromArticle();

    @Message("Why:")
    String why();

    @Message("Why")
    String whyTerm();

    @Message("Topics")
    String topics();

    @Message("Rating")
    String rating();

    @Message("Explanation")
    String explanation();

    @Message("Sources")
    String sources();

    @Message("Reviewer")
    String reviewer();

    @Message("Verdict")
    String verdict();

    @Message("by")
    String by();

    @Message("overdue")
    String overdue();

    @Message("due")
    String due();

    @Message("Deadline")
    String deadline();

    @Message("How")
    String how();

    @Message("Action")
    String action();

    @Message("Actions")
    String actions();

    @Message("Status")
    String status();

    @Message("Comment")
    String comment();

    @Message("Claim {id}")
    String claimNumber(long id);

    @Message("claim {id}")
    String claimNumberLower(long id);

    @Message("claim {id}")
    String sourceClaim(String id);

    @Message("{count} {#if count == 1}claim{#else}claims{/if}")
    String claimCount(int count);

    // Refusals the pages build themselves

    @Message("Forbidden")
    String forbidden();

    @Message("This form did not carry a valid security token (CSRF check). Reload the page and submit it again.")
    String csrfRefusal();

    @Message("Editors only")
    String editorsOnly();

    @Message("This page is the editors' approval queue; your account does not hold the editor role.")
    String editorsOnlyMessage();

    @Message("Reviewers only")
    String reviewersOnly();

    @Message("This page lists the claims assigned to a reviewer; your account does not hold the reviewer role.")
    String reviewersOnlyMessage();

    @Message("Article not found")
    String articleNotFound();

    @Message("Claim not found")
    String claimNotFound();

    @Message("No such verdict")
    String noSuchVerdict();

    @Message("No verdict has been published for claim {id}.")
    String noVerdictForClaim(long id);

    @Message("Search is unavailable right now; please try again in a minute.")
    String searchUnavailable();

    @Message("The reviewer list is unavailable right now: {reason}")
    String reviewerListUnavailable(String reason);

    @Message("Choose the action to apply to the selected claims.")
    String chooseBulkAction();

    @Message("Choose a deadline, or clear it.")
    String chooseDeadlineOrClear();

    @Message("'{value}' is not a valid {field}.")
    String invalidChoice(String value, String field);

    @Message("The {field} '{value}' is not a date and time such as 2026-05-01T17:30.")
    String invalidDateTime(String value, String field);

    @Message("The {field} '{value}' is not a whole number.")
    String invalidNumber(String value, String field);

    @Message("Claim ids must be numbers.")
    String claimIdsMustBeNumbers();

    @Message("rating")
    String fieldRating();

    @Message("bulk action")
    String fieldBulkAction();

    @Message("assignment strategy")
    String fieldAssignmentStrategy();

    @Message("deadline")
    String fieldDeadline();

    @Message("start")
    String fieldStart();

    @Message("end")
    String fieldEnd();

    // Approvals

    @Message("Verdicts waiting for an editor. Approving publishes the verdict; rejecting sends the claim back to its reviewer.")
    String approvalsIntro();

    @Message("No verdict is waiting for approval.")
    String approvalsEmpty();

    // Articles

    @Message("No article yet.")
    String articlesEmpty();

    @Message("Submit an article")
    String submitTitle();

    @Message("Claimdesk extracts the check-worthy claims from the text; they appear on the board.")
    String submitIntro();

    @Message("Source URL (optional)")
    String sourceUrlOptional();

    @Message("Detect automatically")
    String detectAutomatically();

    @Message("French")
    String languageFr();

    @Message("English")
    String languageEn();

    @Message("Publishing team")
    String teamOptional();

    @Message("{publisher} (the newsroom)")
    String teamNewsroom(String publisher);

    @Message("Topics (optional, comma-separated)")
    String topicsOptional();

    @Message("politics, health")
    String topicsPlaceholder();

    @Message("Submit and extract claims")
    String submitAndExtract();

    @Message("language")
    String metaLanguage();

    @Message("team")
    String metaTeam();

    @Message("topics")
    String metaTopics();

    @Message("Where its claims stand")
    String rollupHeading();

    @Message("Claims by status")
    String claimsByStatus();

    @Message("Published claims by rating")
    String publishedByRating();

    @Message("Marks:")
    String marks();

    @Message("extracted")
    String markExtracted();

    @Message("assigned")
    String markAssigned();

    @Message("awaiting approval")
    String markAwaitingApproval();

    @Message("correction")
    String markCorrection();

    @Message("published")
    String markPublished();

    @Message("discarded")
    String markDiscarded();

    @Message("Add a claim the extractor missed")
    String addClaimHeading();

    @Message("Select the passage in the text above to fill in its offsets, or type them (characters from the start of the text).")
    String addClaimNote();

    @Message("Start")
    String start();

    @Message("End")
    String end();

    @Message("Claim text (optional; the passage itself when empty)")
    String addClaimText();

    @Message("Add claim")
    String addClaim();

    @Message("Merge claims")
    String mergeHeading();

    @Message("Tick two or more claims below, then merge them into one.")
    String mergeNote();

    @Message("Merged text (optional; the claims' texts joined when empty)")
    String mergedText();

    @Message("Merge ticked claims")
    String mergeTicked();

    @Message("Merge claim {id}")
    String mergeClaim(long id);

    @Message("No check-worthy claim was found in this text.")
    String noCheckWorthyClaim();

    // Board and bulk actions

    @Message("Act on the ticked claims")
    String bulkHeading();

    @Message("Assign")
    String assign();

    @Message("Reassign")
    String reassign();

    @Message("Unassign")
    String unassign();

    @Message("Set deadline")
    String setDeadline();

    @Message("Discard")
    String discard();

    @Message("Approve")
    String approve();

    @Message("Reject")
    String reject();

    @Message("Least loaded")
    String strategyLeastLoaded();

    @Message("Named reviewer")
    String strategyNamed();

    @Message("Language match")
    String strategyLanguage();

    @Message("Topic match")
    String strategyTopic();

    @Message("Deadline (UTC)")
    String deadlineUtc();

    @Message("Deadline (UTC, optional)")
    String deadlineUtcOptional();

    @Message("Reason or comment")
    String reasonOrComment();

    @Message("Apply to ticked claims")
    String applyToTicked();

    @Message("Select claim {id}")
    String selectClaim(long id);

    @Message("No claims.")
    String noClaims();

    @Message("Bulk action")
    String bulkTitle();

    @Message("Bulk {action}")
    String bulkOf(String action);

    @Message("{count} {#if count == 1}claim{#else}claims{/if}: each was tried on its own.")
    String bulkSummary(int count);

    @Message("Outcome")
    String outcome();

    @Message("Status now")
    String statusNow();

    @Message("done")
    String outcomeDone();

    @Message("refused")
    String outcomeRefused();

    @Message("Back to the board")
    String backToBoard();

    // One claim

    @Message("Originally extracted as:")
    String originallyExtractedAs();

    @Message("The article wrote:")
    String sourceSentence();

    @Message("(the claim as written)")
    String sourceUnchanged();

    @Message("Check-worthiness")
    String checkWorthiness();

    @Message("Assignee")
    String assignee();

    @Message("nobody yet")
    String nobodyYet();

    @Message("none")
    String noDeadline();

    @Message("Origin")
    String origin();

    @Message("from")
    String originFrom();

    @Message("Extracted")
    String extracted();

    @Message("Last change")
    String lastChange();

    @Message("Public page")
    String publicPage();

    @Message("Already checked?")
    String alreadyCheckedHeading();

    @Message("No verdict yet.")
    String noVerdictYet();

    @Message("Nothing you can do on this claim in its current state.")
    String nothingToDo();

    @Message("Published versions")
    String publishedVersions();

    @Message("Not published yet.")
    String notPublishedYet();

    @Message("Revision")
    String revision();

    @Message("Approved")
    String approved();

    @Message("Correction note")
    String correctionNote();

    @Message("History")
    String history();

    @Message("When")
    String when();

    @Message("Who")
    String who();

    @Message("Before")
    String before();

    @Message("After")
    String after();

    // Matches with published verdicts

    @Message("Looking for published verdicts on this claim…")
    String matchesPending();

    @Message("No published verdict matches this claim.")
    String matchesNone();

    @Message("Already checked")
    String alreadyChecked();

    @Message("Maybe checked")
    String maybeChecked();

    @Message("shared words")
    String sharedWords();

    @Message("meaning")
    String meaning();

    @Message("{percent} similar")
    String similar(String percent);

    @Message("confirmed by")
    String confirmedBy();

    @Message("dismissed by")
    String dismissedBy();

    @Message("Confirm that claim {claimId} is the checked claim {checkedClaimId}")
    String confirmMatchLabel(long claimId, long checkedClaimId);

    @Message("Dismiss the match of claim {claimId} with checked claim {checkedClaimId}")
    String dismissMatchLabel(long claimId, long checkedClaimId);

    @Message("Same claim")
    String sameClaim();

    @Message("Not the same")
    String notTheSame();

    // Verdicts and the claim's forms

    @Message("No rating yet")
    String noRatingYet();

    @Message("draft saved")
    String draftSaved();

    @Message("approved by")
    String approvedByLower();

    @Message("Being corrected:")
    String beingCorrected();

    @Message("Editor's comment:")
    String editorsComment();

    @Message("To correct:")
    String toCorrect();

    @Message("Draft saved {when}.")
    String draftSavedAt(String when);

    @Message("Choose a rating…")
    String chooseRating();

    @Message("Source URLs (one per line)")
    String sourceUrls();

    @Message("Evidence (URL, quoted passage, your note)")
    String evidenceLegend();

    @Message("URL {row}")
    String evidenceUrl(int row);

    @Message("Quote {row}")
    String evidenceQuote(int row);

    @Message("Note {row}")
    String evidenceNote(int row);

    @Message("Save the draft to get another empty row.")
    String evidenceMoreRows();

    @Message("Add an evidence row")
    String addEvidenceRow();

    @Message("{count} more: narrow the board with the filters, or")
    String moreCards(long count);

    @Message("{count} more, not shown:")
    String moreInList(long count);

    @Message("show every card")
    String showAllCards();

    @Message("Sent back by {editor} ({when}):")
    String sentBackBy(String editor, String when);

    @Message("Save draft")
    String saveDraft();

    @Message("Submit verdict")
    String submitVerdict();

    @Message("Comment (optional)")
    String commentOptional();

    @Message("Approve and publish")
    String approveAndPublish();

    @Message("Publish correction")
    String publishCorrection();

    @Message("Reason (required)")
    String reasonRequired();

    @Message("Reason (optional)")
    String reasonOptional();

    @Message("Deadline…")
    String deadlineMore();

    @Message("Clear deadline")
    String clearDeadline();

    @Message("Unassign…")
    String unassignMore();

    @Message("Edit text and topics…")
    String editMore();

    @Message("Topics (comma-separated)")
    String topicsCommaSeparated();

    @Message("Save changes")
    String saveChanges();

    @Message("Split…")
    String splitMore();

    @Message("Parts (one claim per line, at least two)")
    String splitParts();

    @Message("Split claim")
    String splitClaim();

    @Message("Reopen for correction…")
    String reopenMore();

    @Message("What is wrong (required)")
    String whatIsWrong();

    @Message("Reviewer (optional)")
    String reviewerOptional();

    @Message("The reviewer who wrote it")
    String reviewerWhoWroteIt();

    @Message("Reopen for correction")
    String reopenForCorrection();

    @Message("Discard…")
    String discardMore();

    @Message("Discard claim")
    String discardClaim();

    @Message("Restore claim")
    String restoreClaim();

    @Message("You wrote this verdict, so another editor must approve or reject it (four-eyes rule).")
    String fourEyes();

    // My claims

    @Message("Claims you hold, waiting for your verdict or your correction; the nearest deadline first.")
    String myClaimsIntro();

    @Message("assigned {age} ago")
    String assignedAgo(String age);

    @Message("Nothing assigned to you right now.")
    String myClaimsEmpty();

    // Public search and verdict pages

    @Message("Search verdicts")
    String searchTitle();

    @Message("New verdicts")
    String feedTitle();

    @Message("Search published verdicts")
    String searchHeading();

    @Message("Search")
    String searchLabel();

    @Message("Words from a claim, explanation or article title")
    String searchPlaceholder();

    @Message("Published from")
    String publishedFrom();

    @Message("to")
    String publishedTo();

    @Message("Order")
    String order();

    @Message("Search")
    String searchButton();

    @Message("Filters in force")
    String filtersInForce();

    @Message("Remove")
    String remove();

    @Message("Refine")
    String refine();

    @Message("{shown} {#if count == 1}verdict{#else}verdicts{/if}")
    String verdictCount(String shown, long count);

    @Message("No published verdict matches.")
    String noMatchingVerdict();

    @Message("Result pages")
    String resultPages();

    @Message("Previous")
    String previous();

    @Message("Next")
    String next();

    @Message("Page {page} of {pageCount}")
    String pageOf(int page, long pageCount);

    @Message("Any rating")
    String anyRating();

    @Message("Any language")
    String anyLanguage();

    @Message("Most relevant")
    String mostRelevant();

    @Message("Newest first")
    String newestFirst();

    @Message("Publisher")
    String facetPublisher();

    @Message("Tags")
    String tags();

    @Message("Publisher:")
    String publisherFilter();

    @Message("Tag:")
    String tagFilter();

    @Message("Verdict:")
    String verdictTitle();

    @Message("verdict on claim {id}")
    String verdictOnClaim(long id);

    @Message("About")
    String about();

    @Message("Article")
    String article();

    @Message("Published by")
    String publishedBy();

    @Message("Reviewed by")
    String reviewedBy();

    @Message("Approved by")
    String approvedBy();

    @Message("Published")
    String published();

    // Board filter, submission by URL, dashboard link

    @Message("Dashboard")
    String navDashboard();

    @Message("Filter the board")
    String filterBoard();

    @Message("Article")
    String filterArticle();

    @Message("all")
    String filterAll();

    @Message("Assignee")
    String filterAssignee();

    @Message("anyone")
    String filterAnyone();

    @Message("unassigned")
    String filterUnassigned();

    @Message("any")
    String filterAnyRating();

    @Message("no rating yet")
    String filterNoRating();

    @Message("Filter")
    String filterSubmit();

    @Message("Show all")
    String filterShowAll();

    @Message("Paste the text or the page's HTML, or leave both empty and give the page's URL: Claimdesk fetches it (HTML or plain text, up to 2 MB, within 10 seconds).")
    String submitByUrl();

    @Message("Required with a text; the page's title when fetched")
    String titlePlaceholder();

    @Message("Plain text or HTML")
    String textPlaceholder();

    @Message("Source URL (fetched when the text is empty)")
    String sourceUrlFetched();

    @Message("Fetching the page if needed and extracting claims… this can take a few seconds.")
    String submitProgress();
}
