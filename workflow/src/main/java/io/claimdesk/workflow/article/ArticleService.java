package io.claimdesk.workflow.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.claimdesk.core.article.Article;
import io.claimdesk.core.article.ArticleRepository;
import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.extraction.ArticleText;
import io.claimdesk.core.extraction.CandidateClaim;
import io.claimdesk.core.extraction.ClaimExtractor;
import io.claimdesk.core.extraction.Extraction;
import io.claimdesk.core.extraction.SentenceSegmenter;
import io.claimdesk.core.verdict.Rating;
import io.claimdesk.core.verdict.VerdictRevisionRepository;
import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.SubmittedText;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.claimreview.PublicSite;
import io.claimdesk.workflow.review.ClaimHistory;
import io.claimdesk.workflow.security.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Takes articles in: validates, extracts claims, and stores the article with its claims in one transaction. */
@ApplicationScoped
public class ArticleService {

    public static final int MAX_TITLE = 500;
    public static final int MAX_TEXT = 1_000_000;
    public static final int MAX_TEAM = 200;
    public static final int MAX_URL = 2000;
    /** Claims one article may yield: what is stored and queued for matching well within a request's time. */
    public static final int MAX_CLAIMS = 2000;
    /**
     * Sentences one article may have: parsing takes 10-60 ms a sentence on one core, so this bounds a request to about
     * half a minute of CPU. Long-form articles have a few hundred.
     */
    public static final int MAX_SENTENCES = 800;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final SentenceSegmenter SEGMENTER = new SentenceSegmenter();

    @Inject
    ArticleRepository articles;

    @Inject
    ClaimExtractor extractor;

    @Inject
    ClaimHistory history;

    @Inject
    ArticleFetcher fetcher;

    @Inject
    VerdictRevisionRepository revisions;

    @Inject
    PublicSite publicSite;

    /** Validates and extracts outside any transaction (an external engine may take seconds), then stores in one. */
    public Article submit(NewArticle submission, Actor actor) {
        if (isBlank(submission.text()) && isBlank(submission.html()) && !isBlank(submission.url())) {
            return submit(fetched(submission), actor);
        }
        String title = required(submission.title(), Refusal.TITLE_REQUIRED);
        // Characters as PostgreSQL and a reader count them: an emoji is one, not two UTF-16 units.
        if (title.codePointCount(0, title.length()) > MAX_TITLE) {
            throw WorkflowException.invalid(Refusal.TITLE_TOO_LONG, MAX_TITLE);
        }
        SubmittedText.require(title, "title");
        SubmittedText.require(submission.team(), "team");
        String text = bodyOf(submission);
        SubmittedText.require(text, "text");
        List<String> topics = Topics.normalise(submission.topics());
        String team = team(submission.team());
        String url = sourceUrl(submission.url());
        // Parsing is the costly part of extraction: count the sentences first, which takes milliseconds.
        int sentences = SEGMENTER.segment(text).size();
        if (sentences > MAX_SENTENCES) {
            throw WorkflowException.tooLarge(Refusal.ARTICLE_TOO_MANY_SENTENCES, sentences, MAX_SENTENCES);
        }
        Extraction extraction = extractor.extract(text, languageHint(submission.language()));
        // Storing is the costly part (a row, a history event and a match entry per claim): refuse before it begins.
        if (extraction.claims().size() > MAX_CLAIMS) {
            throw WorkflowException.tooLarge(Refusal.ARTICLE_TOO_MANY_CLAIMS, extraction.claims().size(), MAX_CLAIMS);
        }
        return QuarkusTransaction.joiningExisting()
                .call(() -> store(title, text, url, topics, team, extraction, actor));
    }

    private Article store(String title, String text, String url, List<String> topics, String team,
            Extraction extraction, Actor actor) {
        Article article = new Article();
        article.title = title;
        article.text = text;
        article.url = url;
        article.topics = topics;
        article.team = team;
        article.language = extraction.language();
        article.createdBy = actor.username();
        article.createdAt = Instant.now();
        articles.persist(article);
        for (CandidateClaim candidate : extraction.claims()) {
            Claim claim = new Claim();
            claim.article = article;
            claim.text = candidate.text();
            claim.sourceSentence = candidate.sentence();
            claim.start = candidate.start();
            claim.end = candidate.end();
            claim.score = candidate.score();
            claim.reasons = candidate.reasons().stream().map(Enum::name).toList();
            claim.status = ClaimStatus.EXTRACTED;
            claim.topics = new ArrayList<>(topics);
            claim.createdAt = article.createdAt;
            claim.updatedAt = article.createdAt;
            article.claims.add(claim);
        }
        articles.flush();
        article.claims.forEach(claim -> history.recordExtraction(claim, actor));
        return article;
    }

    /** Where the article's claims stand. */
    public ArticleRollup rollup(Article article) {
        return rollups(List.of(article)).get(0);
    }

    /** Where each article's claims stand, with one query for all their published ratings. */
    public List<ArticleRollup> rollups(List<Article> list) {
        List<Long> ids = list.stream().flatMap(a -> a.claims.stream()).map(c -> c.id).toList();
        Map<Long, Rating> ratings = revisions.latestRatings(ids);
        return list.stream().map(a -> ArticleRollup.of(a.claims, ratings)).toList();
    }

    public Article get(long id) {
        return articles.findByIdOptional(id)
                .orElseThrow(() -> WorkflowException.notFound(Refusal.ARTICLE_NOT_FOUND, id));
    }

    public List<Article> list() {
        return articles.newestFirst();
    }

    /** The newest articles, at most {@code limit}: what a filter offers to choose from. */
    public List<Article> newest(int limit) {
        return articles.newest(limit);
    }

    /** The languages of the articles, lower case. */
    public List<String> languages() {
        return articles.languages();
    }

    // A URL without a body: the page is fetched, and its title stands in for a missing one.
    private NewArticle fetched(NewArticle submission) {
        ArticleFetcher.FetchedPage page = fetcher.fetch(submission.url());
        String html = page.html() ? page.content() : null;
        String text = page.html() ? null : page.content();
        String title = isBlank(submission.title()) && page.html()
                ? ArticleText.titleOf(page.content())
                : submission.title();
        title = isBlank(title) ? page.url() : title;
        return new NewArticle(title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title, text, html,
                page.url(), submission.language(),
                submission.topics(), submission.team());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String bodyOf(NewArticle submission) {
        boolean hasText = hasWords(submission.text());
        boolean hasHtml = submission.html() != null && !submission.html().isBlank();
        if (hasText && hasHtml) {
            throw WorkflowException.invalid(Refusal.TEXT_AND_HTML);
        }
        if (!hasText && !hasHtml) {
            throw WorkflowException.invalid(Refusal.ARTICLE_EMPTY);
        }
        String raw = hasText ? submission.text() : submission.html();
        if (raw.length() > MAX_TEXT) {
            throw WorkflowException.invalid(Refusal.ARTICLE_TOO_LONG, MAX_TEXT);
        }
        String text = hasText ? raw : ArticleText.fromHtml(raw);
        if (!hasWords(text)) {
            throw WorkflowException.invalid(Refusal.HTML_WITHOUT_TEXT);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw WorkflowException.invalid(Refusal.TEXT_HOLDS_NUL);
        }
        return text;
    }

    // isBlank() lets no-break and other Unicode spaces through: a text without a letter or digit holds no claim.
    private static boolean hasWords(String text) {
        return text != null && text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String languageHint(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(code).matches()) {
            throw WorkflowException.invalid(Refusal.LANGUAGE_INVALID, language);
        }
        return code;
    }

    // The source URL is shown on the public ClaimReview as a link: only a web address, whatever gave the text.
    private static String sourceUrl(String url) {
        String value = blankToNull(url);
        if (value != null && value.length() > MAX_URL) {
            throw WorkflowException.invalid(Refusal.URL_TOO_LONG, MAX_URL);
        }
        return value == null ? null : ArticleFetcher.parse(value).toString();
    }

    // The team becomes the public author of the article's verdicts: one of the configured teams, in its configured
    // spelling, or none (the newsroom's name).
    private String team(String team) {
        String value = blankToNull(team);
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_TEAM || value.contains("\n")) {
            throw WorkflowException.invalid(Refusal.TEAM_INVALID, MAX_TEAM);
        }
        List<String> teams = publicSite.teams();
        if (teams.isEmpty()) {
            throw WorkflowException.invalid(Refusal.NO_PUBLISHING_TEAMS, publicSite.publisherName(), value.strip());
        }
        return publicSite.team(value).orElseThrow(() -> WorkflowException.invalid(Refusal.TEAM_NOT_PUBLISHING,
                value.strip(), String.join(", ", teams), publicSite.publisherName()));
    }

    private static String required(String value, Refusal missing) {
        if (value == null || value.isBlank()) {
            throw WorkflowException.invalid(missing);
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
