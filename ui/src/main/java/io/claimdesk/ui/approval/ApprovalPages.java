package io.claimdesk.ui.approval;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.claimdesk.core.claim.ClaimCriteria;
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

    /** Verdicts the queue shows before "show all". */
    static final int SHOWN = 50;

    @Inject
    ReviewService reviews;

    @Inject
    CurrentActor currentActor;

    @Inject
    PageLocale pageLocale;

    @CheckedTemplate
    public static class Templates {

        public static native TemplateInstance approvals(List<ClaimCard> cards, long hidden, String back,
                String showAll);
    }

    /**
     * Verdicts awaiting approval, longest waiting first: the first {@value #SHOWN}, or all with {@code all}; of one
     * article with {@code article}.
     */
    @GET
    @RolesAllowed(Roles.EDITOR)
    public TemplateInstance approvals(@RestQuery String article, @RestQuery String all) {
        Long articleId = article == null || article.isBlank() ? null : parseId(article);
        ClaimCriteria criteria = new ClaimCriteria(articleId, null, false, null, null, false);
        boolean everyOne = all != null && !all.isBlank();
        long waiting = reviews.countByStatus(criteria).getOrDefault(ClaimStatus.AWAITING_APPROVAL, 0L);
        List<ClaimCard> cards = ClaimCard.of(reviews.longestWaiting(ClaimStatus.AWAITING_APPROVAL, criteria,
                everyOne ? Integer.MAX_VALUE : SHOWN), reviews, currentActor.get());
        String filter = articleId == null ? "" : "?article=" + articleId;
        String back = "/app/approvals" + filter + (everyOne ? (filter.isEmpty() ? "?" : "&") + "all=1" : "");
        return Templates.approvals(cards, waiting - cards.size(), back,
                "/app/approvals" + filter + (filter.isEmpty() ? "?" : "&") + "all=1");
    }

    // Unreadable ids narrow to no article, like the board's filter.
    private static Long parseId(String value) {
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    // A page, not the API's problem+json, for people who follow a link they may not use.
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ActionResponses.page(403, ActionResponses.Templates.refusal(pageLocale.messages().editorsOnly(),
                pageLocale.messages().editorsOnlyMessage()));
    }
}
