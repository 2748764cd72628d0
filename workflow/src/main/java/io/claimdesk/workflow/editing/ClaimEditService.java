package io.claimdesk.workflow.editing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.claimdesk.core.article.Article;
import io.claimdesk.core.article.ArticleRepository;
import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimOrigin;
import io.claimdesk.core.claim.ClaimRepository;
import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.SubmittedText;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.article.Topics;
import io.claimdesk.workflow.review.ClaimAction;
import io.claimdesk.workflow.review.ClaimTransitions;
import io.claimdesk.workflow.review.ClaimWorkflow;
import io.claimdesk.workflow.review.Reasons;
import io.claimdesk.workflow.security.Actor;

/**
 * The team's edits of claims: change the text (the original is kept), split one claim into several, merge several into
 * one, add a claim the extractor missed, discard with a reason and restore. Claims replaced by a split or merge are
 * closed as discarded, pointing to their replacements; the new claims start unassigned.
 */
@ApplicationScoped
public class ClaimEditService {

    public static final int MAX_TEXT = 5_000;
    static final int MAX_PARTS = 10;
    static final int MAX_MERGED = 20;

    @Inject
    ClaimWorkflow workflow;

    @Inject
    ClaimRepository claims;

    @Inject
    ArticleRepository articles;

    @Inject
    TeamClaimScorer scorer;

    /** Changes the claim's text and/or topics (null leaves either unchanged). */
    @Transactional
    public Claim edit(long claimId, String text, List<String> topics, Long expectedVersion, Actor actor) {
        String newText = text == null ? null : requireText(text);
        List<String> newTopics = topics == null ? null : Topics.normalise(topics);
        ClaimWorkflow.Step step = workflow.begin(claimId, expectedVersion, ClaimAction.EDIT, actor);
        Claim claim = step.claim();
        boolean textChanges = newText != null && !newText.equals(claim.text);
        boolean topicsChange = newTopics != null && !newTopics.equals(claim.topics);
        if (!textChanges && !topicsChange) {
            throw WorkflowException.invalid(Refusal.NOTHING_TO_CHANGE);
        }
        String before = describe(claim.text, claim.topics);
        if (textChanges) {
            if (claim.originalText == null) {
                claim.originalText = claim.text;
            }
            claim.text = newText;
            rescore(claim);
        }
        if (topicsChange) {
            claim.topics = newTopics;
        }
        return workflow.finish(step, actor, null, before, describe(claim.text, claim.topics));
    }

    /** Replaces a claim by the given parts (two or more); returns the new claims. */
    @Transactional
    public List<Claim> split(long claimId, List<ClaimPart> parts, Long expectedVersion, Actor actor) {
        ClaimTransitions.requireRole(ClaimAction.SPLIT, actor);
        if (parts == null || parts.size() < 2 || parts.size() > MAX_PARTS) {
            throw WorkflowException.invalid(Refusal.SPLIT_PART_COUNT, MAX_PARTS);
        }
        ClaimWorkflow.Step step = workflow.begin(claimId, expectedVersion, ClaimAction.SPLIT, actor);
        Claim parent = step.claim();
        List<Claim> made = new ArrayList<>();
        for (ClaimPart part : parts) {
            if (part == null) {
                throw WorkflowException.invalid(Refusal.SPLIT_PART_EMPTY);
            }
            Claim child = newClaim(parent.article, part, parent.start, parent.end, ClaimOrigin.SPLIT, actor);
            child.topics = new ArrayList<>(parent.topics);
            child.derivedFrom = List.of(String.valueOf(parent.id));
            claims.persist(child);
            made.add(child);
        }
        made.forEach(child -> workflow.created(child, ClaimAction.SPLIT, actor, "split from claim " + parent.id));
        workflow.finish(step, actor, "split into " + ids(made), parent.text, texts(made));
        return made;
    }

    /** Replaces two or more claims of one article by one; its text is given, or the claims' texts joined. */
    @Transactional
    public Claim merge(List<Long> claimIds, String text, Actor actor) {
        ClaimTransitions.requireRole(ClaimAction.MERGE, actor);
        Set<Long> ids = claimIds == null
                ? Set.of()
                : new TreeSet<>(claimIds.stream().filter(Objects::nonNull).toList());
        if (ids.size() < 2 || ids.size() > MAX_MERGED) {
            throw WorkflowException.invalid(Refusal.MERGE_CLAIM_COUNT, MAX_MERGED);
        }
        // Locks are taken in id order, so two merges of overlapping claims cannot deadlock.
        List<ClaimWorkflow.Step> steps = ids.stream()
                .map(id -> workflow.begin(id, null, ClaimAction.MERGE, actor)).toList();
        List<Claim> sources = steps.stream().map(ClaimWorkflow.Step::claim).toList();
        Article article = sources.get(0).article;
        if (sources.stream().anyMatch(c -> !c.article.id.equals(article.id))) {
            throw WorkflowException.invalid(Refusal.MERGE_ACROSS_ARTICLES);
        }
        String mergedText = text == null || text.isBlank()
                ? sources.stream().map(c -> c.text.strip()).collect(Collectors.joining(" "))
                : text;
        int start = sources.stream().mapToInt(c -> c.start).min().orElseThrow();
        int end = sources.stream().mapToInt(c -> c.end).max().orElseThrow();
        Claim merged = newClaim(article, new ClaimPart(mergedText, start, end), start, end, ClaimOrigin.MERGED,
                actor);
        Set<String> topics = new LinkedHashSet<>();
        sources.forEach(c -> topics.addAll(c.topics));
        merged.topics = new ArrayList<>(topics);
        merged.derivedFrom = ids.stream().map(String::valueOf).toList();
        claims.persist(merged);
        workflow.created(merged, ClaimAction.MERGE, actor, "merged from claims " + ids);
        steps.forEach(step -> workflow.finish(step, actor, "merged into claim " + merged.id, step.claim().text,
                merged.text));
        return merged;
    }

    /** Adds a claim the extractor missed, from a span of the article; its text defaults to the span's text. */
    @Transactional
    public Claim add(long articleId, ClaimPart part, List<String> topics, Actor actor) {
        ClaimTransitions.requireCreation(ClaimAction.ADD, actor);
        Article article = articles.findByIdOptional(articleId)
                .orElseThrow(() -> WorkflowException.notFound(Refusal.ARTICLE_NOT_FOUND, articleId));
        if (part == null || part.start() == null || part.end() == null) {
            throw WorkflowException.invalid(Refusal.SPAN_REQUIRED);
        }
        checkSpan(article, part.start(), part.end());
        String text = part.text() == null || part.text().isBlank()
                ? article.text.substring(part.start(), part.end())
                : part.text();
        Claim claim = newClaim(article, new ClaimPart(text, part.start(), part.end()), part.start(), part.end(),
                ClaimOrigin.ADDED, actor);
        claim.topics = topics == null ? new ArrayList<>(article.topics) : Topics.normalise(topics);
        claims.persist(claim);
        workflow.created(claim, ClaimAction.ADD, actor, null);
        return claim;
    }

    @Transactional
    public Claim discard(long claimId, String reason, Long expectedVersion, Actor actor) {
        ClaimTransitions.requireRole(ClaimAction.DISCARD, actor);
        String why = Reasons.require(reason, Refusal.REASON_REQUIRED_TO_DISCARD);
        ClaimWorkflow.Step step = workflow.begin(claimId, expectedVersion, ClaimAction.DISCARD, actor);
        return workflow.finish(step, actor, why, null, null);
    }

    /** Brings a discarded claim back, unassigned. */
    @Transactional
    public Claim restore(long claimId, String comment, Long expectedVersion, Actor actor) {
        String why = Reasons.optional(comment);
        ClaimWorkflow.Step step = workflow.begin(claimId, expectedVersion, ClaimAction.RESTORE, actor);
        String before = step.claim().assignee;
        step.claim().assignee = null;
        return workflow.finish(step, actor, why, before, null);
    }

    private Claim newClaim(Article article, ClaimPart part, int defaultStart, int defaultEnd, ClaimOrigin origin,
            Actor actor) {
        int start = part.start() == null ? defaultStart : part.start();
        int end = part.end() == null ? defaultEnd : part.end();
        checkSpan(article, start, end);
        Claim claim = new Claim();
        claim.article = article;
        claim.text = requireText(part.text());
        claim.start = start;
        claim.end = end;
        // What the article says where the team pointed: the sentence shown beside a claim the team wrote.
        claim.sourceSentence = article.text.substring(start, end).replaceAll("\\s+", " ").strip();
        claim.origin = origin;
        claim.createdAt = Instant.now();
        claim.updatedAt = claim.createdAt;
        rescore(claim);
        return claim;
    }

    private void rescore(Claim claim) {
        TeamClaimScorer.Scored scored = scorer.score(claim.text, claim.article.language);
        claim.score = scored.score();
        claim.reasons = scored.reasons();
    }

    private static void checkSpan(Article article, int start, int end) {
        if (start < 0 || end <= start || end > article.text.length()) {
            throw WorkflowException.invalid(Refusal.SPAN_OUTSIDE_TEXT, start, end, article.text.length());
        }
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw WorkflowException.invalid(Refusal.CLAIM_TEXT_REQUIRED);
        }
        if (text.length() > MAX_TEXT) {
            throw WorkflowException.invalid(Refusal.CLAIM_TEXT_TOO_LONG, MAX_TEXT);
        }
        SubmittedText.require(text, "claim text");
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String describe(String text, List<String> topics) {
        return topics.isEmpty() ? text : text + " [topics: " + String.join(", ", topics) + "]";
    }

    private static String ids(List<Claim> made) {
        return "claims " + made.stream().map(c -> String.valueOf(c.id)).collect(Collectors.joining(", "));
    }

    private static String texts(List<Claim> made) {
        return made.stream().map(c -> c.text).collect(Collectors.joining("\n"));
    }
}
