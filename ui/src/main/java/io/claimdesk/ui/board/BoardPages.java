package io.claimdesk.ui.board;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.ui.review.ClaimCard;
import io.claimdesk.ui.review.ReviewerChoices;
import io.claimdesk.workflow.review.ReviewService;
import io.claimdesk.workflow.reviewer.ReviewerDirectory;
import io.claimdesk.workflow.security.CurrentActor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The board: every claim in a column per workflow status, with assign controls for editors. */
@Path("/app/board")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class BoardPages {

    @Inject
    ReviewService reviews;

    @Inject
    ReviewerDirectory directory;

    @Inject
    CurrentActor currentActor;

    /** One column of the board. */
    public record Column(ClaimStatus status, List<ClaimCard> cards) {
    }

    @CheckedTemplate
    public static class Templates {

        public static native TemplateInstance board(List<Column> columns, ReviewerChoices reviewers);
    }

    @GET
    public TemplateInstance board() {
        List<Column> columns = Arrays.stream(ClaimStatus.values())
                .map(status -> new Column(status, ClaimCard.of(inBoardOrder(status), reviews, currentActor.get())))
                .toList();
        boolean assigning = columns.stream().flatMap(c -> c.cards().stream()).anyMatch(ClaimCard::canAssign);
        return Templates.board(columns, ReviewerChoices.load(directory, assigning));
    }

    // Editors triage new claims by check-worthiness; the other columns keep the order claims arrived in.
    private List<Claim> inBoardOrder(ClaimStatus status) {
        List<Claim> claims = reviews.list(status, null);
        return status == ClaimStatus.EXTRACTED
                ? claims.stream().sorted(Comparator.comparingDouble((Claim c) -> c.score).reversed()).toList()
                : claims;
    }
}
