package io.claimdesk.ui.review;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
import io.claimdesk.core.verdict.Rating;
import io.claimdesk.ui.layout.ActionResponses;
import io.claimdesk.workflow.ServiceUnavailableException;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.assignment.Assignment;
import io.claimdesk.workflow.assignment.AssignmentService;
import io.claimdesk.workflow.editing.ClaimEditService;
import io.claimdesk.workflow.review.ReviewService;
import io.claimdesk.workflow.review.VerdictDraft;
import io.claimdesk.workflow.reviewer.ReviewerDirectory;
import io.claimdesk.workflow.security.CurrentActor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** One claim's page (detail, verdict, history) and the form actions every page posts to. */
@Path("/app/claims")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ClaimPages {

    @Inject
    ReviewService reviews;

    @Inject
    AssignmentService assignments;

    @Inject
    ClaimEditService edits;

    @Inject
    ReviewerDirectory directory;

    @Inject
    CurrentActor currentActor;

    @Context
    HttpHeaders headers;

    @CheckedTemplate
    public static class Templates {

        public static native TemplateInstance claim(ClaimCard card, List<ClaimEvent> history,
                ReviewerChoices reviewers, String error);
    }

    @GET
    @Path("/{id}")
    public Response claim(@RestPath long id) {
        return render(id, 200, null);
    }

    @POST
    @Path("/{id}/assign")
    public Response assign(@RestPath long id, @RestForm String reviewer, @RestForm String back) {
        return act(id, back,
                () -> assignments.assign(id, new Assignment(null, reviewer, null), null, currentActor.get()));
    }

    @POST
    @Path("/{id}/verdict")
    public Response submitVerdict(@RestPath long id, @RestForm String rating, @RestForm String explanation,
            @RestForm String sources, @RestForm String back) {
        return act(id, back, () -> reviews.submitVerdict(id,
                new VerdictDraft(rating(rating), explanation, lines(sources), List.of()), null, currentActor.get()));
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
    @Path("/{id}/discard")
    public Response discard(@RestPath long id, @RestForm String reason, @RestForm String back) {
        return act(id, back, () -> edits.discard(id, reason, null, currentActor.get()));
    }

    private Response act(long id, String back, Runnable action) {
        try {
            action.run();
            return ActionResponses.backTo(back, "/app/claims/" + id);
        } catch (WorkflowException | ServiceUnavailableException e) {
            if (ActionResponses.isHtmx(headers)) {
                return ActionResponses.flash(e);
            }
            return render(id, ActionResponses.status(e), e.getMessage());
        }
    }

    private Response render(long id, int status, String error) {
        try {
            ClaimCard card = ClaimCard.of(reviews.get(id), reviews, currentActor.get());
            ReviewerChoices reviewers = ReviewerChoices.load(directory, card.canAssign());
            return ActionResponses.page(status, Templates.claim(card, reviews.history(id), reviewers, error));
        } catch (WorkflowException e) {
            return ActionResponses.page(ActionResponses.status(e),
                    ActionResponses.Templates.refusal("Claim not found", e.getMessage()));
        }
    }

    private static Rating rating(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Rating.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw WorkflowException.invalid("'" + value + "' is not a rating.");
        }
    }

    /** Source URLs, one per line as typed in the form. */
    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
