package io.claimdesk.api.claim;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.verdict.Rating;
import io.claimdesk.core.verdict.Verdict;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.assignment.Assignment;
import io.claimdesk.workflow.assignment.AssignmentService;
import io.claimdesk.workflow.assignment.AssignmentStrategy;
import io.claimdesk.workflow.bulk.BulkAction;
import io.claimdesk.workflow.bulk.BulkActionService;
import io.claimdesk.workflow.bulk.BulkRequest;
import io.claimdesk.workflow.editing.ClaimEditService;
import io.claimdesk.workflow.editing.ClaimPart;
import io.claimdesk.workflow.review.ClaimTransitions;
import io.claimdesk.workflow.review.DraftVisibility;
import io.claimdesk.workflow.review.ReviewService;
import io.claimdesk.workflow.review.VerdictDraft;
import io.claimdesk.workflow.security.Actor;
import io.claimdesk.workflow.security.CurrentActor;
import io.quarkus.security.Authenticated;

/**
 * Claims and the review workflow over JSON. Who may do what is decided by the workflow's state machine alone, so this
 * class declares no roles. Every change accepts {@code If-Match: "<version>"} (the ETag of the claim): when the claim
 * changed since, the change is refused with 409 and the claim's current status.
 */
@Path("/api/v1/claims")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimResource {

    private static final Pattern VERSION_TAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    @Inject
    ReviewService reviews;

    @Inject
    AssignmentService assignments;

    @Inject
    ClaimEditService edits;

    @Inject
    BulkActionService bulk;

    @Inject
    CurrentActor currentActor;

    @GET
    public List<ClaimView> list(@QueryParam("status") String status, @QueryParam("assignee") String assignee,
            @QueryParam("overdue") String overdue) {
        boolean overdueOnly = parseFlag(overdue, "overdue");
        Instant now = Instant.now();
        return reviews.list(parseStatus(status), assignee == null || assignee.isBlank() ? null : assignee.strip())
                .stream().filter(c -> !overdueOnly || c.isOverdue(now)).map(ClaimView::of).toList();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        return detail(reviews.get(id));
    }

    @GET
    @Path("/{id}/history")
    public List<HistoryEntryView> history(@PathParam("id") long id) {
        return reviews.history(id, currentActor.get()).stream().map(HistoryEntryView::of).toList();
    }

    @GET
    @Path("/{id}/revisions")
    public List<RevisionView> revisions(@PathParam("id") long id) {
        return reviews.revisions(id).stream().map(RevisionView::of).toList();
    }

    @POST
    @Path("/{id}/assign")
    public Response assign(@PathParam("id") long id, AssignRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return afterChange(assignments.assign(id, assignment(request), expectedVersion(ifMatch), currentActor.get()));
    }

    @POST
    @Path("/{id}/reassign")
    public Response reassign(@PathParam("id") long id, AssignRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return afterChange(
                assignments.reassign(id, assignment(request), expectedVersion(ifMatch), currentActor.get()));
    }

    @POST
    @Path("/{id}/unassign")
    public Response unassign(@PathParam("id") long id, ReasonRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return afterChange(assignments.unassign(id, request == null ? null : request.reason(),
                expectedVersion(ifMatch), currentActor.get()));
    }

    @PUT
    @Path("/{id}/deadline")
    public Response deadline(@PathParam("id") long id, DeadlineRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Instant deadline = request == null || request.deadline() == null ? null : request.deadline().toInstant();
        return afterChange(assignments.setDeadline(id, deadline, expectedVersion(ifMatch), currentActor.get()));
    }

    @PUT
    @Path("/{id}/draft")
    public Response saveDraft(@PathParam("id") long id, VerdictRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return afterChange(reviews.saveDraft(id, draft(request), expectedVersion(ifMatch), currentActor.get()));
    }

    @POST
    @Path("/{id}/verdict")
    public Response submitVerdict(@PathParam("id") long id, VerdictRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (request == null) {
            throw WorkflowException.invalid("Send a JSON body with rating, explanation and sources or evidence.");
        }
        return afterChange(reviews.submitVerdict(id, draft(request), expectedVersion(ifMatch), currentActor.get()));
    }

    @POST
    @Path("/{id}/approve")
    public Response approve(@PathParam("id") long id, ApproveRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return afterChange(reviews.approve(id, request == null ? null : request.comment(), expectedVersion(ifMatch),
                currentActor.get()));
    }

    @POST
    @Path("/{id}/reject")
    public Response reject(@PathParam("id") long id, ReasonRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return afterChange(reviews.reject(id, request == null ? null : request.reason(), expectedVersion(ifMatch),
                currentActor.get()));
    }

    @POST
    @Path("/{id}/reopen")
    public Response reopen(@PathParam("id") long id, ReopenRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return afterChange(reviews.reopenForCorrection(id, request == null ? null : request.note(),
                request == null ? null : request.reviewer(), expectedVersion(ifMatch), currentActor.get()));
    }

    @POST
    @Path("/{id}/publish-correction")
    public Response publishCorrection(@PathParam("id") long id, ApproveRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return afterChange(reviews.publishCorrection(id, request == null ? null : request.comment(),
                expectedVersion(ifMatch), currentActor.get()));
    }

    @POST
    @Path("/{id}/discard")
    public Response discard(@PathParam("id") long id, ReasonRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return afterChange(edits.discard(id, request == null ? null : request.reason(), expectedVersion(ifMatch),
                currentActor.get()));
    }

    @POST
    @Path("/{id}/restore")
    public Response restore(@PathParam("id") long id, ApproveRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return afterChange(edits.restore(id, request == null ? null : request.comment(), expectedVersion(ifMatch),
                currentActor.get()));
    }

    @PATCH
    @Path("/{id}")
    public Response edit(@PathParam("id") long id, EditRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (request == null) {
            throw WorkflowException.invalid("Send a JSON body with the new text and/or topics.");
        }
        return afterChange(edits.edit(id, request.text(), request.topics(), expectedVersion(ifMatch),
                currentActor.get()));
    }

    @POST
    @Path("/{id}/split")
    public List<ClaimView> split(@PathParam("id") long id, SplitRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        List<ClaimPart> parts = request == null || request.parts() == null
                ? List.of()
                : request.parts().stream()
                        .map(p -> p == null ? null : new ClaimPart(p.text(), p.start(), p.end())).toList();
        List<Long> made = edits.split(id, parts, expectedVersion(ifMatch), currentActor.get()).stream()
                .map(c -> c.id).toList();
        return made.stream().map(reviews::get).map(ClaimView::of).toList();
    }

    @POST
    @Path("/merge")
    public Response merge(MergeRequest request) {
        if (request == null) {
            throw WorkflowException.invalid("Send a JSON body with claimIds and, optionally, the merged text.");
        }
        return afterChange(edits.merge(request.claimIds(), request.text(), currentActor.get()));
    }

    @POST
    @Path("/bulk")
    public BulkResultView bulk(BulkActionRequest request) {
        if (request == null) {
            throw WorkflowException.invalid("Send a JSON body with action and claimIds.");
        }
        BulkAction action = parse(BulkAction.class, request.action(), "action");
        if (action == null) {
            throw WorkflowException.invalid("action is required; use one of " + Arrays.toString(BulkAction.values())
                    + ".");
        }
        Assignment assignment = new Assignment(parse(AssignmentStrategy.class, request.strategy(), "strategy"),
                request.reviewer(), instant(request.deadline()));
        return BulkResultView.of(action.name(),
                bulk.apply(new BulkRequest(action, request.claimIds(), assignment, request.reason()),
                        currentActor.get()));
    }

    // The service's transaction has ended: read the changed claim again in this request's session.
    private Response afterChange(Claim changed) {
        return detail(reviews.get(changed.id));
    }

    private Response detail(Claim claim) {
        Actor actor = currentActor.get();
        Verdict verdict = reviews.verdictOf(claim.id).orElse(null);
        List<String> allowed = ClaimTransitions.allowed(actor, claim, verdict).stream().map(Enum::name).toList();
        return Response.ok(ClaimDetailView.of(claim, DraftVisibility.visible(verdict, claim, actor), allowed))
                .tag(new EntityTag(String.valueOf(claim.version))).build();
    }

    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher matcher = VERSION_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw WorkflowException.invalid("If-Match must be the claim's ETag, such as \"3\" (got " + ifMatch + ").");
        }
        return Long.parseLong(matcher.group(1));
    }

    private static Assignment assignment(AssignRequest request) {
        if (request == null) {
            return new Assignment(null, null, null);
        }
        return new Assignment(parse(AssignmentStrategy.class, request.strategy(), "strategy"), request.reviewer(),
                instant(request.deadline()));
    }

    private static VerdictDraft draft(VerdictRequest request) {
        if (request == null) {
            return new VerdictDraft(null, null, null, null);
        }
        List<VerdictDraft.Evidence> evidence = request.evidence() == null
                ? null
                : request.evidence().stream()
                        .map(e -> e == null ? null : new VerdictDraft.Evidence(e.url(), e.quote(), e.note()))
                        .toList();
        return new VerdictDraft(parse(Rating.class, request.rating(), "rating"), request.explanation(),
                request.sources(), evidence);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    // JAX-RS reads any word but "true" as false: "overdue=maybe" would quietly list every claim.
    private static boolean parseFlag(String value, String field) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw WorkflowException.invalid(field + " must be true or false (got '" + value + "').");
    }

    private static ClaimStatus parseStatus(String status) {
        return parse(ClaimStatus.class, status, "status");
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw WorkflowException.invalid("Unknown " + field + " '" + value + "'; use one of "
                    + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }
}
