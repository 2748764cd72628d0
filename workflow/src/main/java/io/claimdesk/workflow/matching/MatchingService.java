package io.claimdesk.workflow.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimRepository;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.matching.ClaimMatch;
import io.claimdesk.core.matching.ClaimMatchRepository;
import io.claimdesk.core.matching.MatchDecision;
import io.claimdesk.core.verdict.Rating;
import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.ServiceUnavailableException;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.publication.VerdictOutbox;
import io.claimdesk.workflow.security.Actor;
import io.claimdesk.workflow.security.Roles;
import io.quarkus.scheduler.Scheduled;

/**
 * "Already checked?": matches queued claims with published verdicts in the background, stores what it finds, and
 * records the team's confirmations and dismissals.
 */
@ApplicationScoped
public class MatchingService {

    private static final Logger LOG = Logger.getLogger(MatchingService.class);
    /** Longest text {@link #lookup} accepts. */
    public static final int MAX_LOOKUP = 5_000;
    private static final int BATCH = 20;
    /** Longest a tick keeps draining, so that shutdown and other scheduled work are not held up. */
    private static final Duration DRAIN_BUDGET = Duration.ofSeconds(30);
    /** Claims in these states need no match: they are answered or thrown away. */
    private static final Set<ClaimStatus> SETTLED = Set.of(ClaimStatus.PUBLISHED, ClaimStatus.DISCARDED);

    @Inject
    MatchQueue queue;

    /** This bean through its proxy, so that {@link #matchBatch()} runs in its own transaction. */
    @Inject
    MatchingService self;

    @Inject
    ClaimMatcher matcher;

    @Inject
    ClaimMatchRepository matches;

    @Inject
    ClaimRepository claims;

    /**
     * Drains the queue batch after batch (one transaction each) while batches come back full, for at most
     * {@link #DRAIN_BUDGET}: a burst of imported claims is matched at the speed of matching, not at
     * {@value #BATCH} per tick (measured in `./claimdesk bench ingest`).
     */
    @Scheduled(every = "${claimdesk.matching.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void matchQueued() {
        Instant until = Instant.now().plus(DRAIN_BUDGET);
        while (self.matchBatch() == BATCH && Instant.now().isBefore(until)) {
            // the next batch
        }
    }

    /** Matches up to {@value #BATCH} due claims; returns how many were taken, or -1 if the index is unavailable. */
    @Transactional
    int matchBatch() {
        List<MatchJob> jobs = queue.lockDue(BATCH);
        for (MatchJob job : jobs) {
            try {
                match(job.claimId);
                queue.delete(job);
            } catch (ServiceUnavailableException e) {
                job.attempts++;
                job.nextAttemptAt = Instant.now().plus(VerdictOutbox.backoff(job.attempts));
                job.lastError = e.getMessage();
                LOG.warnf("Matching claim %d failed (attempt %d), will retry: %s", job.claimId, job.attempts,
                        e.getMessage());
                // The index is most likely down: the rest of the batch would fail the same way.
                return -1;
            }
        }
        return jobs.size();
    }

    // Undecided matches are replaced by what the claim's current words find; decided ones stay as the team left them.
    private void match(long claimId) {
        Claim claim = claims.findById(claimId);
        if (claim == null || SETTLED.contains(claim.status)) {
            return;
        }
        List<FoundMatch> found = matcher.find(claim.text, claim.id);
        // The index may hold verdicts the database no longer has (a restored backup, a benchmark's documents):
        // storing a match to one would break the foreign key and fail the whole batch at every tick.
        Set<Long> known = claims.existing(found.stream().map(f -> f.verdict().claimId()).toList());
        matches.deletePending(claimId);
        Set<Long> decided = matches.forClaim(claimId).stream().map(m -> m.checkedClaimId)
                .collect(Collectors.toSet());
        Instant now = Instant.now();
        for (FoundMatch candidate : found) {
            if (decided.contains(candidate.verdict().claimId())) {
                continue;
            }
            Rating rating = ratingOf(candidate.verdict().rating());
            if (!known.contains(candidate.verdict().claimId()) || rating == null) {
                LOG.warnf("Claim %d: ignoring indexed verdict %d, which the database does not hold (or rated '%s')",
                        claimId, candidate.verdict().claimId(), candidate.verdict().rating());
                continue;
            }
            ClaimMatch match = new ClaimMatch();
            match.claimId = claimId;
            match.checkedClaimId = candidate.verdict().claimId();
            match.checkedText = candidate.verdict().claim();
            match.rating = rating;
            match.score = candidate.score().combined();
            match.lexicalScore = candidate.score().lexical();
            match.semanticScore = Double.isNaN(candidate.score().semantic()) ? null : candidate.score().semantic();
            match.level = candidate.level();
            match.foundAt = now;
            matches.persist(match);
        }
    }

    private static Rating ratingOf(String name) {
        try {
            return Rating.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    /** The stored matches of a claim, best first. */
    public List<ClaimMatch> matchesOf(long claimId) {
        requireClaim(claimId);
        return matches.forClaim(claimId);
    }

    /** The stored matches of many claims (an article's), best first. */
    public List<ClaimMatch> matchesOf(List<Long> claimIds) {
        return matches.forClaims(claimIds);
    }

    /** Which of the claims still wait to be matched. */
    public Set<Long> queued(List<Long> claimIds) {
        return claimIds.isEmpty()
                ? Set.of()
                : queue.list("claimId in ?1", claimIds).stream().map(job -> job.claimId).collect(Collectors.toSet());
    }

    /** Whether the claim still waits to be matched. */
    public boolean isQueued(long claimId) {
        return queue.findByIdOptional(claimId).isPresent();
    }

    /** Published verdicts matching any text, without storing anything: the "already checked?" question. */
    public List<FoundMatch> lookup(String text) {
        if (text == null || text.isBlank()) {
            throw WorkflowException.invalid(Refusal.LOOKUP_TEXT_REQUIRED);
        }
        if (text.length() > MAX_LOOKUP) {
            throw WorkflowException.invalid(Refusal.LOOKUP_TEXT_TOO_LONG, MAX_LOOKUP);
        }
        return matcher.find(text, null);
    }

    /**
     * Confirms that the claim is the one the published verdict answers, or dismisses the match; the claim's assignee,
     * an editor or an admin may decide, and may change a decision.
     */
    @Transactional
    public ClaimMatch decide(long claimId, long matchId, MatchDecision decision, Actor actor) {
        Claim claim = requireClaim(claimId);
        if (decision == MatchDecision.PENDING) {
            throw WorkflowException.invalid(Refusal.MATCH_DECISION_INVALID);
        }
        ClaimMatch match = matches.findByIdOptional(matchId).filter(m -> m.claimId == claimId)
                .orElseThrow(() -> WorkflowException.notFound(Refusal.MATCH_NOT_FOUND, claimId, matchId));
        if (!mayDecide(claim, actor)) {
            throw WorkflowException.forbidden(Refusal.MATCH_DECISION_FORBIDDEN);
        }
        match.decision = decision;
        match.decidedBy = actor.username();
        match.decidedAt = Instant.now();
        return match;
    }

    /** Whether the actor may confirm or dismiss the claim's matches: its reviewer, an editor or an admin. */
    public static boolean mayDecide(Claim claim, Actor actor) {
        return actor.username().equals(claim.assignee) || actor.hasAnyRole(Set.of(Roles.EDITOR, Roles.ADMIN));
    }

    private Claim requireClaim(long claimId) {
        return claims.findByIdOptional(claimId)
                .orElseThrow(() -> WorkflowException.notFound(Refusal.CLAIM_NOT_FOUND, claimId));
    }
}
