package io.claimdesk.ui.review;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.claimdesk.core.history.ClaimEvent;
import io.claimdesk.core.matching.MatchDecision;
import io.claimdesk.core.verdict.Rating;
import io.claimdesk.core.verdict.VerdictRevision;
import io.claimdesk.ui.language.PageLocale;
import io.claimdesk.ui.layout.ActionResponses;
import io.claimdesk.ui.layout.FormFields;
import io.claimdesk.workflow.ServiceUnavailableException;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.assignment.AssignmentService;
import io.claimdesk.workflow.editing.ClaimEditService;
import io.claimdesk.workflow.editing.ClaimPart;
import io.claimdesk.workflow.matching.MatchingService;
import io.claimdesk.workflow.review.ClaimAction;
import io.claimdesk.workflow.review.ClaimTransitions;
import io.claimdesk.workflow.review.ReviewService;
import io.claimdesk.workflow.review.VerdictDraft;
import io.claimdesk.workflow.reviewer.ReviewerDirectory;
import io.claimdesk.workflow.security.CurrentActor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** One claim's page (detail, verdict, revisions, history) and the form actions every page posts to. */
@Path("/app/claims")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ClaimPages {

    /** The verdict form's button that saves a draft instead of submitting. */
    static final String SAVE_DRAFT = "draft";

    @Inject
    ReviewService reviews;

    @Inject
    AssignmentService assignments;

    @Inject
    ClaimEditService edits;

    @Inject
    ReviewerDirectory directory;

    @Inject
    MatchingService matching;

    @Inject
    CurrentActor currentActor;

    @Inject
    PageLocale pageLocale;

    @Context
    HttpHeaders headers;

    @CheckedTemplate
    public static class Templates {

        public static native TemplateInstance claim(ClaimCard card, ClaimMatches matches, List<ClaimEvent> history,
                List<VerdictRevision> revisions, ReviewerChoices reviewers, String error);
    }

    @GET
    @Path("/{id}")
    public Response claim(@RestPath long id) {
        return render(id, 200, null);
    }

    @POST
    @Path("/{id}/assign")
    public Response assign(@RestPath long id, @RestForm String strategy, @RestForm String reviewer,
            @RestForm String deadline, @RestForm String back) {
        return act(id, back,
                () -> assignments.assign(id, FormFields.assignment(pageLocale.messages(), strategy, reviewer, deadline),
                        null,
                        currentActor.get()));
    }

    @POST
    @Path("/{id}/reassign")
    public Response reassign(@RestPath long id, @RestForm String strategy, @RestForm String reviewer,
            @RestForm String deadline, @RestForm String back) {
        return act(id, back,
                () -> assignments.reassign(id,
                        FormFields.assignment(pageLocale.messages(), strategy, reviewer, deadline), null,
                        currentActor.get()));
    }

    @POST
    @Path("/{id}/unassign")
    public Response unassign(@RestPath long id, @RestForm String reason, @RestForm String back) {
        return act(id, back, () -> assignments.unassign(id, reason, null, currentActor.get()));
    }

    /** Sets the deadline, or clears it when the form's "clear" button was used. */
    @POST
    @Path("/{id}/deadline")
    public Response deadline(@RestPath long id, @RestForm String deadline, @RestForm boolean clear,
            @RestForm String back) {
        return act(id, back, () -> {
            // The role first: a reviewer learns that deadlines are not theirs to set, not that the date is missing.
            ClaimTransitions.requireRole(ClaimAction.SET_DEADLINE, currentActor.get());
            if (!clear && (deadline == null || deadline.isBlank())) {
                throw WorkflowException.invalid(pageLocale.messages().chooseDeadlineOrClear());
            }
            assignments.setDeadline(id,
                    clear
                            ? null
                            : FormFields.utcDateTime(pageLocale.messages(), deadline,
                                    pageLocale.messages().fieldDeadline()),
                    null,
                    currentActor.get());
        });
    }

    @POST
    @Path("/{id}/edit")
    public Response edit(@RestPath long id, @RestForm String text, @RestForm String topics, @RestForm String back) {
        return act(id, back, () -> edits.edit(id, text, topics == null ? null : FormFields.commaSeparated(topics),
                null, currentActor.get()));
    }

    /** Splits the claim into the parts typed one per line; each keeps the claim's span of the article. */
    @POST
    @Path("/{id}/split")
    public Response split(@RestPath long id, @RestForm String parts, @RestForm String back) {
        return act(id, back, () -> edits.split(id,
                FormFields.lines(parts).stream().map(text -> new ClaimPart(text, null, null)).toList(), null,
                currentActor.get()));
    }

    @POST
    @Path("/{id}/discard")
    public Response discard(@RestPath long id, @RestForm String reason, @RestForm String back) {
        return act(id, back, () -> edits.discard(id, reason, null, currentActor.get()));
    }

    @POST
    @Path("/{id}/restore")
    public Response restore(@RestPath long id, @RestForm String comment, @RestForm String back) {
        return act(id, back, () -> edits.restore(id, comment, null, currentActor.get()));
    }

    /** The verdict form: its "save draft" button keeps the work, its "submit" button sends it to an editor. */
    @POST
    @Path("/{id}/verdict")
    public Response verdict(@RestPath long id, @RestForm String intent, @RestForm String rating,
            @RestForm String explanation, @RestForm String sources, @RestForm List<String> evidenceUrl,
            @RestForm List<String> evidenceQuote, @RestForm List<String> evidenceNote, @RestForm String back) {
        return act(id, back, () -> {
            VerdictDraft draft = new VerdictDraft(FormFields.choice(pageLocale.messages(), Rating.class, rating,
                    pageLocale.messages().fieldRating()), explanation,
                    FormFields.lines(sources), evidence(evidenceUrl, evidenceQuote, evidenceNote));
            if (SAVE_DRAFT.equals(intent)) {
                reviews.saveDraft(id, draft, null, currentActor.get());
            } else {
                reviews.submitVerdict(id, draft, null, currentActor.get());
            }
        });
    }

    @POST
    @Path("/{id}/approve")
    public Response approve(@RestPath long id, @RestForm String comment, @RestForm String back) {
        return act(id, back, () -> reviews.approve(id, comment, null, currentActor.get()));
    }

    @POST
    @Path("/{id}/reject")
    public Response reject(@RestPath long id, @RestForm String reason, @RestForm String back) {
        return act(id, back, () -> reviews.reject(id, reason, null, currentActor.get()));
    }

    @POST
    @Path("/{id}/reopen")
    public Response reopen(@RestPath long id, @RestForm String note, @RestForm String reviewer,
            @RestForm String back) {
        return act(id, back, () -> reviews.reopenForCorrection(id, note, reviewer, null, currentActor.get()));
    }

    @POST
    @Path("/{id}/publish-correction")
    public Response publishCorrection(@RestPath long id, @RestForm String comment, @RestForm String back) {
        return act(id, back, () -> reviews.publishCorrection(id, comment, null, currentActor.get()));
    }

    /** "Same claim": the published verdict answers this claim. */
    @POST
    @Path("/{id}/matches/{matchId}/confirm")
    public Response confirmMatch(@RestPath long id, @RestPath long matchId, @RestForm String back) {
        return act(id, back, () -> matching.decide(id, matchId, MatchDecision.CONFIRMED, currentActor.get()));
    }

    /** "Not the same": the published verdict does not answer this claim. */
    @POST
    @Path("/{id}/matches/{matchId}/dismiss")
    public Response dismissMatch(@RestPath long id, @RestPath long matchId, @RestForm String back) {
        return act(id, back, () -> matching.decide(id, matchId, MatchDecision.DISMISSED, currentActor.get()));
    }

    private Response act(long id, String back, Runnable action) {
        try {
            action.run();
            return ActionResponses.backTo(back, "/app/claims/" + id);
        } catch (WorkflowException | ServiceUnavailableException e) {
            if (ActionResponses.isHtmx(headers)) {
                return ActionResponses.flash(e, pageLocale.refusal(e));
            }
            return render(id, ActionResponses.status(e), pageLocale.refusal(e));
        }
    }

    private Response render(long id, int status, String error) {
        try {
            ClaimCard card = ClaimCard.of(reviews.get(id), reviews, currentActor.get());
            ReviewerChoices reviewers = ReviewerChoices.load(directory, card.choosesReviewer(), pageLocale);
            return ActionResponses.page(status, Templates.claim(card,
                    ClaimMatches.of(card.claim(), matching, currentActor.get()),
                    reviews.history(id, currentActor.get()),
                    reviews.revisions(id), reviewers, error));
        } catch (WorkflowException e) {
            return ActionResponses.page(ActionResponses.status(e),
                    ActionResponses.Templates.refusal(pageLocale.messages().claimNotFound(), pageLocale.refusal(e)));
        }
    }

    /** The evidence rows of the form, by position; rows left entirely blank are dropped. */
    private static List<VerdictDraft.Evidence> evidence(List<String> urls, List<String> quotes, List<String> notes) {
        List<VerdictDraft.Evidence> items = new ArrayList<>();
        int rows = Math.max(size(urls), Math.max(size(quotes), size(notes)));
        for (int i = 0; i < rows; i++) {
            String url = at(urls, i);
            String quote = at(quotes, i);
            String note = at(notes, i);
            if (!url.isBlank() || !quote.isBlank() || !note.isBlank()) {
                items.add(new VerdictDraft.Evidence(url, quote, note));
            }
        }
        return items;
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int index) {
        return values == null || index >= values.size() || values.get(index) == null ? "" : values.get(index);
    }
}
