package io.claimdesk.workflow.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimCriteria;
import io.claimdesk.core.claim.ClaimRepository;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.history.ClaimEvent;
import io.claimdesk.core.verdict.EvidenceItem;
import io.claimdesk.core.verdict.Verdict;
import io.claimdesk.core.verdict.VerdictRepository;
import io.claimdesk.core.verdict.VerdictRevision;
import io.claimdesk.core.verdict.VerdictRevisionRepository;
import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.publication.VerdictOutbox;
import io.claimdesk.workflow.reviewer.ReviewerDirectory;
import io.claimdesk.workflow.security.Actor;

/**
 * The life of a verdict: drafted and submitted by the assigned reviewer, approved or sent back by another editor,
 * reopened and corrected after publication. Changes run in a transaction each, through {@link ClaimWorkflow}; reads
 * run in the caller's session so it can walk lazy associations.
 */
@ApplicationScoped
public class ReviewService {

    @Inject
    ClaimRepository claims;

    @Inject
    VerdictRepository verdicts;

    @Inject
    VerdictRevisionRepository revisions;

    @Inject
    ClaimHistory history;

    @Inject
    ClaimWorkflow workflow;

    @Inject
    ReviewerDirectory reviewers;

    @Inject
    VerdictOutbox outbox;

    public Claim get(long claimId) {
        return claims.findByIdOptional(claimId)
                .orElseThrow(() -> WorkflowException.notFound(Refusal.CLAIM_NOT_FOUND, claimId));
    }

    public List<Claim> list(ClaimStatus status, String assignee) {
        return claims.filtered(status, assignee);
    }

    /** How many claims meet the criteria in each status, for a board's column counts. */
    public Map<ClaimStatus, Long> countByStatus(ClaimCriteria criteria) {
        return claims.countByStatus(criteria);
    }

    /** A board column: the first claims of the status that meet the criteria (see {@link ClaimRepository}). */
    public List<Claim> firstInStatus(ClaimStatus status, ClaimCriteria criteria, int limit) {
        return claims.firstInStatus(status, criteria, limit);
    }

    /** A queue: the claims of the status that meet the criteria, longest waiting first. */
    public List<Claim> longestWaiting(ClaimStatus status, ClaimCriteria criteria, int limit) {
        return claims.longestWaiting(status, criteria, limit);
    }

    /** Everyone who holds a claim now. */
    public List<String> assignees() {
        return claims.assignees();
    }

    /**
     * The claim's working verdict, drafts included, to decide what may be done with it; what a reader is shown of it
     * goes through {@link DraftVisibility#visible(Verdict, Claim, Actor)}.
     */
    public Optional<Verdict> verdictOf(long claimId) {
        return verdicts.forClaim(claimId);
    }

    /** The latest rejection of each of these claims that was ever sent back, by claim id, read in one query. */
    public Map<Long, ClaimEvent> lastRejections(Collection<Long> claimIds) {
        return history.latestOf(claimIds, ClaimAction.REJECT);
    }

    /** The verdicts of these claims, by claim id (claims without one are absent), read in one query. */
    public Map<Long, Verdict> verdictsOf(Collection<Long> claimIds) {
        return verdicts.forClaims(claimIds);
    }

    /** The claim's steps as the reader may see them: others' draft texts left out ({@link DraftVisibility}). */
    public List<ClaimEvent> history(long claimId, Actor reader) {
        get(claimId);
        return DraftVisibility.visible(history.of(claimId), reader);
    }

    /** Every approved version of the claim's verdict, the first first. */
    public List<VerdictRevision> revisions(long claimId) {
        get(claimId);
        return revisions.forClaim(claimId);
    }

    /** Saves the assigned reviewer's work without submitting it; it may be incomplete. */
    @Transactional
    public Claim saveDraft(long claimId, VerdictDraft draft, Long expectedVersion, Actor actor) {
        ClaimWorkflow.Step step = workflow.begin(claimId, expectedVersion, ClaimAction.SAVE_DRAFT, actor);
        // After begin(), which refuses anyone but the assignee: a stranger learns nothing about the draft's rules.
        VerdictRules.checkDraft(draft);
        Verdict verdict = write(step, draft, actor);
        verdict.draftSavedAt = Instant.now();
        verdict.submittedAt = null;
        return workflow.finish(step, actor, null, null, summary(verdict));
    }

    /** Submits the verdict for approval (or, during a correction, the corrected verdict). */
    @Transactional
    public Claim submitVerdict(long claimId, VerdictDraft draft, Long expectedVersion, Actor actor) {
        ClaimTransitions.requireRole(ClaimAction.SUBMIT_VERDICT, actor);
        ClaimWorkflow.Step step = workflow.begin(claimId, expectedVersion, ClaimAction.SUBMIT_VERDICT, actor);
        VerdictRules.checkSubmission(draft);
        String before = step.verdict() == null ? null : summary(step.verdict());
        Verdict verdict = write(step, draft, actor);
        verdict.submittedAt = Instant.now();
        return workflow.finish(step, actor, draft.rating().name(), before, summary(verdict));
    }

    @Transactional
    public Claim approve(long claimId, String comment, Long expectedVersion, Actor actor) {
        ClaimWorkflow.Step step = workflow.begin(claimId, expectedVersion, ClaimAction.APPROVE, actor);
        return publish(step, Reasons.optional(comment), actor);
    }

    /** Sends the verdict back to its reviewer with the editor's reason. */
    @Transactional
    public Claim reject(long claimId, String reason, Long expectedVersion, Actor actor) {
        ClaimTransitions.requireRole(ClaimAction.REJECT, actor);
        String why = Reasons.require(reason, Refusal.REASON_REQUIRED_TO_REJECT);
        ClaimWorkflow.Step step = workflow.begin(claimId, expectedVersion, ClaimAction.REJECT, actor);
        step.verdict().submittedAt = null;
        return workflow.finish(step, actor, why, null, null);
    }

    /**
     * Reopens a published verdict for correction, with the note saying what is wrong. The claim goes to the named
     * reviewer, or back to the one who wrote the verdict; the published version stays public until the correction is.
     */
    @Transactional
    public Claim reopenForCorrection(long claimId, String note, String reviewerName, Long expectedVersion,
            Actor actor) {
        ClaimTransitions.requireRole(ClaimAction.REOPEN_FOR_CORRECTION, actor);
        String why = Reasons.require(note, Refusal.NOTE_REQUIRED_TO_REOPEN);
        ClaimWorkflow.Step step = workflow.begin(claimId, expectedVersion, ClaimAction.REOPEN_FOR_CORRECTION,
                actor);
        Verdict verdict = step.verdict();
        String reviewer = reviewerName == null || reviewerName.isBlank() ? verdict.reviewer : reviewerName.strip();
        if (reviewers.find(reviewer).isEmpty()) {
            throw WorkflowException.invalid(Refusal.NOT_A_REVIEWER_FOR_CORRECTION, reviewer);
        }
        String before = step.claim().assignee;
        step.claim().assignee = reviewer;
        verdict.correctionNote = why;
        verdict.submittedAt = null;
        verdict.approver = null;
        verdict.approvedAt = null;
        verdict.approvalComment = null;
        return workflow.finish(step, actor, why, before, reviewer);
    }

    /** Approves a submitted correction: it becomes the next revision and replaces the indexed verdict. */
    @Transactional
    public Claim publishCorrection(long claimId, String comment, Long expectedVersion, Actor actor) {
        ClaimWorkflow.Step step = workflow.begin(claimId, expectedVersion, ClaimAction.PUBLISH_CORRECTION, actor);
        return publish(step, Reasons.optional(comment), actor);
    }

    private Claim publish(ClaimWorkflow.Step step, String comment, Actor actor) {
        Verdict verdict = step.verdict();
        verdict.approver = actor.username();
        verdict.approvedAt = Instant.now();
        verdict.approvalComment = comment;
        Optional<VerdictRevision> previous = revisions.latest(step.claim().id);
        VerdictRevision revision = VerdictRevision.of(verdict, step.claim().text,
                previous.map(r -> r.revision + 1).orElse(1));
        revisions.persist(revision);
        verdict.correctionNote = null;
        Claim published = workflow.finish(step, actor, comment,
                previous.map(r -> "revision " + r.revision + ": " + r.rating).orElse(null),
                "revision " + revision.revision + ": " + revision.rating);
        outbox.enqueue(published);
        return published;
    }

    private Verdict write(ClaimWorkflow.Step step, VerdictDraft draft, Actor actor) {
        Verdict verdict = step.verdict() != null ? step.verdict() : new Verdict();
        verdict.claim = step.claim();
        verdict.rating = draft.rating();
        verdict.explanation = draft.explanation().strip();
        verdict.sources = draft.sources().stream().map(String::strip).toList();
        verdict.evidence.clear();
        draft.evidence().forEach(e -> verdict.evidence.add(new EvidenceItem(e.url().strip(),
                blankToNull(e.quote()), blankToNull(e.note()))));
        verdict.reviewer = actor.username();
        verdict.approver = null;
        verdict.approvedAt = null;
        verdict.approvalComment = null;
        verdicts.persist(verdict);
        return verdict;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String summary(Verdict verdict) {
        return (verdict.rating == null ? "no rating" : verdict.rating.name()) + ": " + verdict.explanation;
    }
}
