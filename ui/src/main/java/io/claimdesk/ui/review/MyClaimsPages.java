package io.claimdesk.ui.review;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.ui.layout.ActionResponses;
import io.claimdesk.workflow.review.ReviewService;
import io.claimdesk.workflow.security.CurrentActor;
import io.claimdesk.workflow.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;

/** A reviewer's desk: the claims assigned to them, each with its verdict form. */
@Path("/app/my")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MyClaimsPages {

    @Inject
    ReviewService reviews;

    @Inject
    CurrentActor currentActor;

    @CheckedTemplate
    public static class Templates {

        public static native TemplateInstance my(List<ClaimCard> cards);
    }

    @GET
    @RolesAllowed(Roles.REVIEWER)
    public TemplateInstance my() {
        return Templates.my(ClaimCard.of(reviews.list(ClaimStatus.ASSIGNED, currentActor.get().username()), reviews,
                currentActor.get()));
    }

    // A page, not the API's problem+json, for people who follow a link they may not use.
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ActionResponses.page(403, ActionResponses.Templates.refusal("Reviewers only",
                "This page lists the claims assigned to a reviewer; your account does not hold the reviewer role."));
    }
}
