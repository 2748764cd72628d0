package io.claimdesk.ui.approval;

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
import io.claimdesk.ui.language.PageLocale;
import io.claimdesk.ui.layout.ActionResponses;
import io.claimdesk.ui.review.ClaimCard;
import io.claimdesk.workflow.review.ReviewService;
import io.claimdesk.workflow.security.CurrentActor;
import io.claimdesk.workflow.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;

/** The editors' queue: verdicts awaiting approval, each beside its claim, to approve or send back. */
@Path("/app/approvals")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ApprovalPages {

    @Inject
    ReviewService reviews;

    @Inject
    CurrentActor currentActor;

    @Inject
    PageLocale pageLocale;

    @CheckedTemplate
    public static class Templates {

        public static native TemplateInstance approvals(List<ClaimCard> cards);
    }

    @GET
    @RolesAllowed(Roles.EDITOR)
    public TemplateInstance approvals() {
        return Templates.approvals(
                ClaimCard.of(reviews.list(ClaimStatus.AWAITING_APPROVAL, null), reviews, currentActor.get()));
    }

    // A page, not the API's problem+json, for people who follow a link they may not use.
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ActionResponses.page(403, ActionResponses.Templates.refusal(pageLocale.messages().editorsOnly(),
                pageLocale.messages().editorsOnlyMessage()));
    }
}
