package io.claimdesk.deploy.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.claimdesk.core.verdict.Rating;
import io.claimdesk.workflow.publication.SearchFolding;

/**
 * Published-verdict documents for the search benchmark, as the application writes them to Elasticsearch (folded
 * fields by {@link SearchFolding}), built from the {@link VerdictCorpus}: document {@code n} is always the same.
 * The one place that knows the document's fields: the index mapping is strict, so a field added there goes here too.
 */
final class VerdictDocuments {

    /** Far above the database's claim ids, so benchmark documents never collide with verdicts the run approves. */
    static final long FIRST_ID = 1_000_000_000L;
    static final Instant LATEST = Instant.parse("2026-11-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(3 * 365);
    private static final int CLAIMS_PER_ARTICLE = 4;
    private static final int MAX_TITLE = 90;
    private static final int MAX_EXPLANATION = 600;
    private static final List<String> REVIEWERS = List.of("rita", "remy", "rosa", "raoul");
    private static final List<String> APPROVERS = List.of("edith", "emile");
    private static final List<String> PUBLISHERS = List.of("Claimdesk", "Les Vérificateurs", "Desk Afrique",
            "FactWatch");
    private static final List<String> TOPICS = List.of("politics", "health", "economy", "environment",
            "international", "science", "society");
    private static final int MAX_TAGS = 3;
    private static final String FRENCH_EXPLANATION = "Ce que dit la publication d'origine : ";
    private static final String ENGLISH_EXPLANATION = "What the record shows: ";

    private final VerdictCorpus corpus;

    VerdictDocuments(VerdictCorpus corpus) {
        this.corpus = corpus;
    }

    /** The claim id of document {@code n}, which is also its Elasticsearch id. */
    static long id(long n) {
        return FIRST_ID + n;
    }

    /** Document {@code n} (0-based): French or English in turn, with a rating, dates and people drawn from n. */
    Map<String, Object> document(long n) {
        Random random = new Random(n * 0x9E3779B97F4A7C15L);
        boolean french = n % 2 == 0;
        List<String> sentences = french ? corpus.french() : corpus.english();
        String claim = pick(sentences, random);
        String explanation = french
                ? FRENCH_EXPLANATION + pick(corpus.frenchPosts(), random)
                : ENGLISH_EXPLANATION + pick(sentences, random) + " " + pick(sentences, random);
        long articleId = FIRST_ID + n / CLAIMS_PER_ARTICLE;
        // The article's title depends on the article only, as its claims share it.
        String title = shorten(pick(sentences, new Random(articleId)), MAX_TITLE);
        Rating rating = Rating.values()[random.nextInt(Rating.values().length)];
        Instant publishedAt = LATEST.minusSeconds((long) (random.nextDouble() * SPAN.toSeconds()));
        explanation = shorten(explanation, MAX_EXPLANATION);

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("claimId", id(n));
        document.put("claim", claim);
        document.put("claimFolded", SearchFolding.fold(claim));
        document.put("rating", rating.name());
        document.put("ratingValue", rating.ratingValue());
        document.put("ratingLabel", rating.label());
        document.put("explanation", explanation);
        document.put("explanationFolded", SearchFolding.fold(explanation));
        document.put("sources", List.of("https://sources.example.org/" + (french ? "fr/" : "en/") + n));
        document.put("articleId", articleId);
        document.put("articleTitle", title);
        document.put("articleTitleFolded", SearchFolding.fold(title));
        document.put("articleUrl", "https://news.example.org/articles/" + articleId);
        document.put("language", french ? "fr" : "en");
        document.put("reviewer", REVIEWERS.get(random.nextInt(REVIEWERS.size())));
        document.put("approver", APPROVERS.get(random.nextInt(APPROVERS.size())));
        document.put("publishedAt", publishedAt.toString());
        document.put("publisher", PUBLISHERS.get(random.nextInt(PUBLISHERS.size())));
        document.put("tags", tags(random));
        // No claimVector: the application's embeddings take ~50 ms a claim here, and searches never return it.
        return document;
    }

    /** Zero to {@value #MAX_TAGS} distinct topics. */
    private static List<String> tags(Random random) {
        List<String> tags = new ArrayList<>();
        for (int n = random.nextInt(MAX_TAGS + 1); tags.size() < n;) {
            String topic = TOPICS.get(random.nextInt(TOPICS.size()));
            if (!tags.contains(topic)) {
                tags.add(topic);
            }
        }
        return List.copyOf(tags);
    }

    private static String pick(List<String> sentences, Random random) {
        return sentences.get(random.nextInt(sentences.size()));
    }

    /** At most {@code max} characters, cut at a word boundary when there is one. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max - 1);
        return (space > max / 2 ? text.substring(0, space) : text.substring(0, max - 1)).strip() + "…";
    }
}
