package io.claimdesk.ui.review;

import java.util.List;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.verdict.Verdict;
import io.claimdesk.workflow.review.ClaimAction;
import io.claimdesk.workflow.review.ClaimTransitions;
import io.claimdesk.workflow.review.ReviewService;
import io.claimdesk.workflow.security.Actor;
import io.claimdesk.workflow.security.Roles;

/**
 * A claim as pages show it: the claim, its verdict if any, the actions the viewer may take on it, and whether the
 * four-eyes rule keeps this editor from deciding on a verdict they wrote themselves.
 */
public record ClaimCard(Claim claim, Verdict verdict, List<ClaimAction> actions, boolean ownVerdictAwaitsOthers) {

    public static ClaimCard of(Claim claim, ReviewService reviews, Actor actor) {
        Verdict verdict = reviews.verdictOf(claim.id).orElse(null);
        boolean ownVerdict = claim.status == ClaimStatus.AWAITING_APPROVAL && verdict != null
                && actor.hasRole(Roles.EDITOR) && actor.username().equals(verdict.reviewer);
        return new ClaimCard(claim, verdict, ClaimTransitions.allowed(actor, claim, verdict), ownVerdict);
    }

    public static List<ClaimCard> of(List<Claim> claims, ReviewService reviews, Actor actor) {
        return claims.stream().map(claim -> of(claim, reviews, actor)).toList();
    }

    public boolean canAssign() {
        return actions.contains(ClaimAction.ASSIGN);
    }

    public boolean canSubmitVerdict() {
        return actions.contains(ClaimAction.SUBMIT_VERDICT);
    }

    public boolean canApprove() {
        return actions.contains(ClaimAction.APPROVE);
    }

    public boolean canReject() {
        return actions.contains(ClaimAction.REJECT);
    }

    public boolean canDiscard() {
        return actions.contains(ClaimAction.DISCARD);
    }

    public boolean published() {
        return claim.status == ClaimStatus.PUBLISHED;
    }

    public boolean hasActions() {
        return !actions.isEmpty();
    }
}
