package io.claimdesk.ui.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.ui.language.PageLocale;
import io.claimdesk.ui.language.UiMessages;
import io.claimdesk.ui.layout.ActionResponses;
import io.claimdesk.ui.layout.FormFields;
import io.claimdesk.ui.review.ClaimCard;
import io.claimdesk.ui.review.ReviewerChoices;
import io.claimdesk.workflow.ServiceUnavailableException;
import io.claimdesk.workflow.WorkflowException;
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
    static final List<ClaimStatus> COLUMN_ORDER = List.of(ClaimStatus.EXTRACTED, ClaimStatus.ASSIGNED,
            ClaimStatus.AWAITING_APPROVAL, ClaimStatus.CORRECTION, ClaimStatus.PUBLISHED, ClaimStatus.DISCARDED);

    @Inject
    ReviewService reviews;

    @Inject
    BulkActionService bulk;

    @Inject
    ReviewerDirectory directory;

    @Inject
    CurrentActor currentActor;

    @Inject
    PageLocale pageLocale;

    /** One column of the board. */
    public record Column(ClaimStatus status, List<ClaimCard> cards) {
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

    /** The board, narrowed by the filter in the query (article id, assignee or "-", language, rating or "-"). */
    @GET
    public TemplateInstance board(@RestQuery String article, @RestQuery String assignee, @RestQuery String language,
            @RestQuery String rating) {
        BoardFilter filter = BoardFilter.of(article, assignee, language, rating);
        List<ClaimCard> all = new ArrayList<>();
        List<Column> columns = COLUMN_ORDER.stream().map(status -> {
            List<ClaimCard> cards = ClaimCard.of(inBoardOrder(status), reviews, currentActor.get());
            all.addAll(cards);
            return new Column(status, cards.stream().filter(filter::keeps).toList());
        }).toList();
        boolean assigning = columns.stream().flatMap(c -> c.cards().stream()).anyMatch(ClaimCard::canAssign);
        return Templates.board(columns, ReviewerChoices.load(directory, assigning, pageLocale), filter,
                BoardFilter.Choices.of(all));
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

    // Editors triage new claims by check-worthiness; the other columns keep the order claims arrived in.
    private List<Claim> inBoardOrder(ClaimStatus status) {
        List<Claim> claims = reviews.list(status, null);
        return status == ClaimStatus.EXTRACTED
                ? claims.stream().sorted(Comparator.comparingDouble((Claim c) -> c.score).reversed()).toList()
                : claims;
    }
}
