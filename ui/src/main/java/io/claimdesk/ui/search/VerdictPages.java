package io.claimdesk.ui.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import io.claimdesk.ui.language.PageLocale;
import io.claimdesk.ui.layout.ActionResponses;
import io.claimdesk.workflow.claimreview.ClaimReviewDocument;
import io.claimdesk.workflow.claimreview.ClaimReviews;
import io.claimdesk.workflow.publication.PublicationService;
import io.claimdesk.workflow.publication.PublishedVerdict;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The public permalink of one published verdict (no login), read from the database, not the index. */
@Path("/verdicts")
@Produces(MediaType.TEXT_HTML)
public class VerdictPages {

    @Inject
    PublicationService publication;

    @Inject
    ClaimReviews claimReviews;

    @Inject
    PageLocale pageLocale;

    @CheckedTemplate
    public static class Templates {

        public static native TemplateInstance verdict(PublishedVerdict verdict, ClaimReviewDocument claimReview);
    }

    @GET
    @Path("/{claimId}")
    public Response verdict(@RestPath long claimId) {
        return publication.published(claimId)
                .map(verdict -> ActionResponses.page(200, Templates.verdict(verdict, claimReviews.of(verdict))))
                .orElseGet(() -> ActionResponses.page(404, ActionResponses.Templates.refusal(
                        pageLocale.messages().noSuchVerdict(), pageLocale.messages().noVerdictForClaim(claimId))));
    }
}
