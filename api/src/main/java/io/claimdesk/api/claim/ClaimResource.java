package io.claimdesk.api.claim;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.verdict.Rating;
import io.claimdesk.core.verdict.Verdict;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.review.ClaimTransitions;
import io.claimdesk.workflow.review.ReviewService;
import io.claimdesk.workflow.review.VerdictDraft;
import io.claimdesk.workflow.security.CurrentActor;
import io.claimdesk.workflow.security.Roles;
import io.quarkus.security.Authenticated;

/** Claims and the review workflow over JSON. */
@Path("/api/v1/claims")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimResource {

    @Inject
    ReviewService reviews;

    @Inject
    CurrentActor currentActor;

    @GET
    public List<ClaimView> list(@QueryParam("status") String status, @QueryParam("assignee") String assignee) {
        return reviews.list(parseStatus(status), assignee == null || assignee.isBlank() ? null : assignee.strip())
                .stream().map(ClaimView::of).toList();
    }

    @GET
    @Path("/{id}")
    public ClaimDetailView get(@PathParam("id") long id) {
        return detail(reviews.get(id));
    }

    @GET
    @Path("/{id}/history")
    public List<HistoryEntryView> history(@PathParam("id") long id) {
        return reviews.history(id).stream().map(HistoryEntryView::of).toList();
    }

    @POST
    @Path("/{id}/assign")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public ClaimDetailView assign(@PathParam("id") long id, AssignRequest request) {
        return afterChange(reviews.assign(id, request == null ? null : request.reviewer(), currentActor.get()));
    }

    @POST
    @Path("/{id}/verdict")
    @RolesAllowed(Roles.REVIEWER)
    public ClaimDetailView submitVerdict(@PathParam("id") long id, VerdictRequest request) {
        if (request == null) {
            throw WorkflowException.invalid("Send a JSON body with rating, explanation and sources.");
        }
        VerdictDraft draft = new VerdictDraft(parseRating(request.rating()), request.explanation(),
                request.sources());
        return afterChange(reviews.submitVerdict(id, draft, currentActor.get()));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.EDITOR)
    public ClaimDetailView approve(@PathParam("id") long id, ApproveRequest request) {
        return afterChange(reviews.approve(id, request == null ? null : request.comment(), currentActor.get()));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.EDITOR)
    public ClaimDetailView reject(@PathParam("id") long id, ReasonRequest request) {
        return afterChange(reviews.reject(id, request == null ? null : request.reason(), currentActor.get()));
    }

    @POST
    @Path("/{id}/discard")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public ClaimDetailView discard(@PathParam("id") long id, ReasonRequest request) {
        return afterChange(reviews.discard(id, request == null ? null : request.reason(), currentActor.get()));
    }

    // The service's transaction has ended: read the changed claim again in this request's session.
    private ClaimDetailView afterChange(Claim changed) {
        return detail(reviews.get(changed.id));
    }

    private ClaimDetailView detail(Claim claim) {
        Verdict verdict = reviews.verdictOf(claim.id).orElse(null);
        List<String> allowed = ClaimTransitions.allowed(currentActor.get(), claim, verdict).stream().map(Enum::name)
                .toList();
        return ClaimDetailView.of(claim, verdict, allowed);
    }

    private static ClaimStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ClaimStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw WorkflowException.invalid("Unknown status '" + status + "'; use one of "
                    + Arrays.toString(ClaimStatus.values()) + ".");
        }
    }

    static Rating parseRating(String rating) {
        if (rating == null || rating.isBlank()) {
            return null;
        }
        try {
            return Rating.valueOf(rating.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw WorkflowException.invalid("Unknown rating '" + rating + "'; use one of "
                    + Arrays.toString(Rating.values()) + ".");
        }
    }
}
