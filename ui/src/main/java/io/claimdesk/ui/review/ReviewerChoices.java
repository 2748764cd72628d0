package io.claimdesk.ui.review;

import java.util.List;

import io.claimdesk.ui.language.PageLocale;
import io.claimdesk.workflow.ServiceUnavailableException;
import io.claimdesk.workflow.reviewer.Reviewer;
import io.claimdesk.workflow.reviewer.ReviewerDirectory;

/** The reviewers an assign drop-down offers, or why the list could not be read. */
public record ReviewerChoices(List<Reviewer> reviewers, String problem) {

    public static final ReviewerChoices NONE = new ReviewerChoices(List.of(), null);

    /** Asks the directory only when the page offers an assign control at all. */
    public static ReviewerChoices load(ReviewerDirectory directory, boolean needed, PageLocale pageLocale) {
        if (!needed) {
            return NONE;
        }
        try {
            return new ReviewerChoices(directory.reviewers(), null);
        } catch (ServiceUnavailableException e) {
            return new ReviewerChoices(List.of(), pageLocale.messages().reviewerListUnavailable(pageLocale.refusal(e)));
        }
    }
}
