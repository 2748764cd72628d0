package io.claimdesk.workflow.review;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimRepository;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.history.ClaimEvent;
import io.claimdesk.core.verdict.Verdict;
import io.claimdesk.core.verdict.VerdictRepository;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.publication.VerdictOutbox;
import io.claimdesk.workflow.reviewer.Reviewer;
import io.claimdesk.workflow.reviewer.ReviewerDirectory;
import io.claimdesk.workflow.security.Actor;

/**
 * Moves claims through the review workflow; every change goes through {@link ClaimTransitions}. Changes run in a
 * transaction each; reads run in the request's session so callers can walk lazy associations.
 */
@ApplicationScoped
public class ReviewService {

    static final int MAX_EXPLANATION = 20_000;
    static final int MAX_SOURCES = 50;
    static final int MAX_REASON = 2_000;

    @Inject
    ClaimRepository claims;

    @Inject
    VerdictRepository verdicts;

    @Inject
    ClaimHistory history;

    @Inject
    ReviewerDirectory reviewers;

    @Inject
    VerdictOutbox outbox;

    public Claim get(long claimId) {
        return claims.findByIdOptional(claimId)
                .orElseThrow(() -> WorkflowException.notFound("No claim with id " + claimId + "."));
    }

    public List<Claim> list(ClaimStatus status, String assignee) {
        return claims.filtered(status, assignee);
    }

    public java.util.Optional<Verdict> verdictOf(long claimId) {
        return verdicts.forClaim(claimId);
    }

    public List<ClaimEvent> history(long claimId) {
        get(claimId);
        return history.of(claimId);
    }

    /** Assigns to the named reviewer, or to the least-loaded reviewer when none is named. */
    @Transactional
    public Claim assign(long claimId, String reviewerName, Actor actor) {
        Claim claim = lock(claimId);
        ClaimTransitions.Transition transition = ClaimTransitions.require(ClaimAction.ASSIGN, actor, claim, null);
        Reviewer reviewer = reviewerName == null || reviewerName.isBlank()
                ? leastLoadedReviewer()
                : reviewers.find(reviewerName.strip())
                        .orElseThrow(() -> WorkflowException.invalid("'" + reviewerName.strip()
                                + "' is not a user holding the reviewer role."));
        ClaimStatus from = claim.status;
        claim.assignee = reviewer.username();
        return apply(claim, transition, from, actor, "assigned to " + reviewer.username());
    }

    @Transactional
    public Claim submitVerdict(long claimId, VerdictDraft draft, Actor actor) {
        validate(draft);
        Claim claim = lock(claimId);
        Verdict verdict = verdicts.forClaim(claimId).orElse(null);
        ClaimTransitions.Transition transition = ClaimTransitions.require(ClaimAction.SUBMIT_VERDICT, actor, claim,
                verdict);
        if (verdict == null) {
            verdict = new Verdict();
            verdict.claim = claim;
        }
        verdict.rating = draft.rating();
        verdict.explanation = draft.explanation().strip();
        verdict.sources = draft.sources().stream().map(String::strip).toList();
        verdict.reviewer = actor.username();
        verdict.submittedAt = Instant.now();
        verdict.approver = null;
        verdict.approvedAt = null;
        verdict.approvalComment = null;
        verdicts.persist(verdict);
        ClaimStatus from = claim.status;
        return apply(claim, transition, from, actor, draft.rating().name());
    }

    @Transactional
    public Claim approve(long claimId, String comment, Actor actor) {
        Claim claim = lock(claimId);
        Verdict verdict = verdicts.forClaim(claimId).orElse(null);
        ClaimTransitions.Transition transition = ClaimTransitions.require(ClaimAction.APPROVE, actor, claim, verdict);
        verdict.approver = actor.username();
        verdict.approvedAt = Instant.now();
        verdict.approvalComment = blankToNull(comment);
        ClaimStatus from = claim.status;
        Claim approved = apply(claim, transition, from, actor, verdict.approvalComment);
        outbox.enqueue(claim);
        return approved;
    }

    @Transactional
    public Claim reject(long claimId, String reason, Actor actor) {
        String why = requireReason(reason, "reject");
        Claim claim = lock(claimId);
        Verdict verdict = verdicts.forClaim(claimId).orElse(null);
        ClaimTransitions.Transition transition = ClaimTransitions.require(ClaimAction.REJECT, actor, claim, verdict);
        ClaimStatus from = claim.status;
        return apply(claim, transition, from, actor, why);
    }

    @Transactional
    public Claim discard(long claimId, String reason, Actor actor) {
        String why = requireReason(reason, "discard");
        Claim claim = lock(claimId);
        ClaimTransitions.Transition transition = ClaimTransitions.require(ClaimAction.DISCARD, actor, claim, null);
        ClaimStatus from = claim.status;
        return apply(claim, transition, from, actor, why);
    }

    /** The reviewer holding the fewest open claims; ties go to the first username alphabetically. */
    Reviewer leastLoadedReviewer() {
        List<Reviewer> candidates = reviewers.reviewers();
        if (candidates.isEmpty()) {
            throw WorkflowException
                    .invalid("No user holds the reviewer role: add one in Keycloak, or name a reviewer.");
        }
        Map<String, Long> load = claims.openLoadByAssignee();
        return candidates.stream()
                .min(Comparator.<Reviewer>comparingLong(r -> load.getOrDefault(r.username(), 0L))
                        .thenComparing(Reviewer::username))
                .orElseThrow();
    }

    // A row lock makes concurrent actions on one claim queue up, so the second sees the first's outcome.
    private Claim lock(long claimId) {
        return claims.findByIdOptional(claimId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> WorkflowException.notFound("No claim with id " + claimId + "."));
    }

    private Claim apply(Claim claim, ClaimTransitions.Transition transition, ClaimStatus from, Actor actor,
            String comment) {
        claim.status = transition.to();
        claim.updatedAt = Instant.now();
        history.record(claim, transition.action(), from, actor, comment);
        return claim;
    }

    private static void validate(VerdictDraft draft) {
        List<String> problems = new ArrayList<>();
        if (draft.rating() == null) {
            problems.add("rating is required");
        }
        if (draft.explanation() == null || draft.explanation().isBlank()) {
            problems.add("explanation is required");
        } else if (draft.explanation().length() > MAX_EXPLANATION) {
            problems.add("explanation is longer than " + MAX_EXPLANATION + " characters");
        }
        if (draft.sources() == null || draft.sources().isEmpty()) {
            problems.add("at least one source URL is required");
        } else if (draft.sources().size() > MAX_SOURCES) {
            problems.add("at most " + MAX_SOURCES + " sources");
        } else {
            draft.sources().stream().filter(s -> !isHttpUrl(s))
                    .forEach(s -> problems.add("source '" + s + "' is not an http(s) URL"));
        }
        if (!problems.isEmpty()) {
            throw WorkflowException.invalid("The verdict is incomplete: " + String.join("; ", problems) + ".");
        }
    }

    static boolean isHttpUrl(String value) {
        if (value == null || value.isBlank() || value.contains("\n")) {
            return false;
        }
        try {
            URI uri = new URI(value.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String requireReason(String reason, String verb) {
        if (reason == null || reason.isBlank()) {
            throw WorkflowException.invalid("A reason is required to " + verb + " a claim.");
        }
        if (reason.length() > MAX_REASON) {
            throw WorkflowException.invalid("The reason is longer than " + MAX_REASON + " characters.");
        }
        return reason.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
