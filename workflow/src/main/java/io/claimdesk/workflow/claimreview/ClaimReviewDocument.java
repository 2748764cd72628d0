package io.claimdesk.workflow.claimreview;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimdesk.core.verdict.Rating;
import io.claimdesk.workflow.publication.PublishedVerdict;

/**
 * A published verdict as a schema.org ClaimReview (JSON-LD), with the fields Google requires and recommends. The
 * fact-checker (the configured publisher) is the ClaimReview's author; the article's own publisher is unknown, so the
 * reviewed Claim names only its appearance (the article). An UNVERIFIABLE verdict has no place on the 1–5 scale: its
 * Rating carries only the textual alternateName, which Google accepts.
 */
public final class ClaimReviewDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> fields;

    private ClaimReviewDocument(Map<String, Object> fields) {
        this.fields = fields;
    }

    /**
     * @param firstPublished
     *            approval of the verdict's first revision
     * @param articleCreated
     *            when the article entered Claimdesk (its own publication date is not recorded)
     */
    public static ClaimReviewDocument of(PublishedVerdict verdict, Instant firstPublished, Instant articleCreated,
            PublicSite site) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", "https://schema.org");
        document.put("@type", "ClaimReview");
        document.put("url", site.permalink(verdict.claimId()));
        document.put("claimReviewed", verdict.claim());
        document.put("reviewRating", rating(verdict));
        document.put("itemReviewed", claim(verdict, articleCreated));
        document.put("author", organization(verdict.publisher(), site));
        document.put("datePublished", firstPublished.toString());
        if (!Instant.parse(verdict.publishedAt()).equals(firstPublished)) {
            document.put("dateModified", verdict.publishedAt());
        }
        if (verdict.language() != null) {
            document.put("inLanguage", verdict.language());
        }
        return new ClaimReviewDocument(document);
    }

    /** The JSON-LD as nested maps, in document order. */
    public Map<String, Object> fields() {
        return fields;
    }

    /**
     * The JSON-LD text, safe to embed in an HTML script element: every {@code <} is written as the JSON escape
     * {@code \u003c}, so neither {@code </script>} nor {@code <!--} can appear. A '<' can only occur inside JSON
     * strings, where the escape means the same character to any JSON parser.
     */
    public String json() {
        try {
            return JSON.writeValueAsString(fields).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A ClaimReview of strings and numbers could not be written as JSON", e);
        }
    }

    private static Map<String, Object> rating(PublishedVerdict verdict) {
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        if (verdict.ratingValue() >= Rating.WORST) {
            rating.put("ratingValue", verdict.ratingValue());
            rating.put("bestRating", Rating.BEST);
            rating.put("worstRating", Rating.WORST);
        }
        rating.put("alternateName", verdict.ratingLabel());
        return rating;
    }

    private static Map<String, Object> claim(PublishedVerdict verdict, Instant articleCreated) {
        Map<String, Object> appearance = new LinkedHashMap<>();
        appearance.put("@type", "CreativeWork");
        if (verdict.articleUrl() != null && !verdict.articleUrl().isBlank()) {
            appearance.put("url", verdict.articleUrl());
        }
        appearance.put("headline", verdict.articleTitle());
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        claim.put("appearance", appearance);
        claim.put("datePublished", articleCreated.toString());
        return claim;
    }

    // The team that published the verdict is its author; the site's URL is where its reviews live.
    private static Map<String, Object> organization(String publisher, PublicSite site) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", publisher == null ? site.publisherName() : publisher);
        organization.put("url", site.url());
        return organization;
    }
}
