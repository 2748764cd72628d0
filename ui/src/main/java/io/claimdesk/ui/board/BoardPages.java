package io.claimdesk.ui.board;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimCriteria;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.ui.language.PageLocale;
import io.claimdesk.ui.language.UiMessages;
import io.claimdesk.ui.layout.ActionResponses;
import io.claimdesk.ui.layout.FormFields;
import io.claimdesk.ui.review.ClaimCard;
import io.claimdesk.ui.review.ReviewerChoices;
import io.claimdesk.workflow.ServiceUnavailableException;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.article.ArticleService;
import io.claimdesk.workflow.bulk.BulkAction;
import io.claimdesk.workflow.bulk.BulkActionService;
import io.claimdesk.workflow.bulk.BulkOutcome;
import io.claimdesk.workflow.bulk.BulkRequest;
import io.claimdesk.workflow.review.ReviewService;
import io.claimdesk.workflow.reviewer.ReviewerDirectory;
import io.claimdesk.workflow.security.CurrentActor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The board: every claim in a column per workflow status, with deadlines, assign controls, and a bulk form that applies
 * one action to the claims ticked on the board.
 */
@Path("/app/board")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class BoardPages {

    /** The columns left to right, in the order a claim usually travels. */
    /** Cards a column shows before "show all": enough for a day's triage, few enough to load at once. */
    static final int CARDS_PER_COLUMN = 50;
    /** Articles the filter offers, newest first. */
    static final int ARTICLE_CHOICES = 200;

    static final List<ClaimStatus> COLUMN_ORDER = List.of(ClaimStatus.EXTRACTED, ClaimStatus.ASSIGNED,
            ClaimStatus.AWAITING_APPROVAL, ClaimStatus.CORRECTION, ClaimStatus.PUBLISHED, ClaimStatus.DISCARDED);

    @Inject
    ReviewService reviews;

    @Inject
    BulkActionService bulk;

    @Inject
    ArticleService articles;

    @Inject
    ReviewerDirectory directory;

    @Inject
    CurrentActor currentActor;

    @Inject
    PageLocale pageLocale;

    /** One column of the board: the cards shown, and how many claims it holds in all. */
    public record Column(ClaimStatus status, List<ClaimCard> cards, long count) {

        /** Claims of the column not shown as cards. */
        public long hidden() {
            return count - cards.size();
        }
    }

    /** One line of a bulk action's report: the outcome and, when the claim still exists, its text. */
    public record BulkLine(BulkOutcome outcome, String claimText) {
    }

    @CheckedTemplate
    public static class Templates {

        public static native TemplateInstance board(List<Column> columns, ReviewerChoices reviewers,
                BoardFilter filter, BoardFilter.Choices choices);

        public static native TemplateInstance bulk(BulkAction action, List<BulkLine> lines, String error);
    }

    /**
     * The board, narrowed by the filter in the query (article id, assignee or "-", language, rating or "-"): each
     * column counts all its claims and shows the first {@value #CARDS_PER_COLUMN}, unless {@code all} is set.
     */
    @GET
    public TemplateInstance board(@RestQuery String article, @RestQuery String assignee, @RestQuery String language,
            @RestQuery String rating, @RestQuery String all) {
        BoardFilter filter = BoardFilter.of(article, assignee, language, rating, all);
        ClaimCriteria criteria = filter.criteria();
        Map<ClaimStatus, Long> counts = reviews.countByStatus(criteria);
        List<Column> columns = COLUMN_ORDER.stream().map(status -> {
            long count = counts.getOrDefault(status, 0L);
            List<Claim> shown = count == 0
                    ? List.of()
                    : reviews.firstInStatus(status, criteria, filter.all() ? Integer.MAX_VALUE : CARDS_PER_COLUMN);
            return new Column(status, ClaimCard.of(shown, reviews, currentActor.get()), count);
        }).toList();
        boolean assigning = columns.stream().flatMap(c -> c.cards().stream()).anyMatch(ClaimCard::canAssign);
        return Templates.board(columns, ReviewerChoices.load(directory, assigning, pageLocale), filter,
                new BoardFilter.Choices(articles.newest(ARTICLE_CHOICES), reviews.assignees(), articles.languages()));
    }

    /** Applies the bulk form's action to the ticked claims and reports, per claim, what was done or refused. */
    @POST
    @Path("/bulk")
    public Response bulk(@RestForm String action, @RestForm List<String> claim, @RestForm String strategy,
            @RestForm String reviewer, @RestForm String deadline, @RestForm String reason) {
        UiMessages msg = pageLocale.messages();
        BulkAction chosen = null;
        try {
            chosen = FormFields.choice(msg, BulkAction.class, action, msg.fieldBulkAction());
            if (chosen == null) {
                throw WorkflowException.invalid(msg.chooseBulkAction());
            }
            List<BulkOutcome> outcomes = bulk.apply(new BulkRequest(chosen, FormFields.ids(msg, claim),
                    FormFields.assignment(msg, strategy, reviewer, deadline), reason), currentActor.get());
            return ActionResponses.page(200, Templates.bulk(chosen, outcomes.stream().map(this::line).toList(), null));
        } catch (WorkflowException | ServiceUnavailableException e) {
            return ActionResponses.page(ActionResponses.status(e),
                    Templates.bulk(chosen, List.of(), pageLocale.refusal(e)));
        }
    }

    private BulkLine line(BulkOutcome outcome) {
        try {
            return new BulkLine(outcome, reviews.get(outcome.claimId()).text);
        } catch (WorkflowException e) {
            return new BulkLine(outcome, null);
        }
    }

}
