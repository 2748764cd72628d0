package io.claimdesk.workflow.claimreview;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.claimdesk.core.article.Article;

/** Where the public reaches Claimdesk and whose name it publishes under: the base of permalinks and feeds. */
@ApplicationScoped
public class PublicSite {

    @ConfigProperty(name = "claimdesk.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @ConfigProperty(name = "claimdesk.publisher.name", defaultValue = "Claimdesk")
    String publisherName;

    /** The public base URL without a trailing slash. */
    public String url() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String publisherName() {
        return publisherName;
    }

    /** Who publishes the verdicts of an article: its team, or the configured publisher when it has none. */
    public String publisher(Article article) {
        return article.team == null || article.team.isBlank() ? publisherName : article.team;
    }

    /** The public page of a claim's verdict. */
    public String permalink(long claimId) {
        return url() + "/verdicts/" + claimId;
    }

    /** The Atom feed of new verdicts. */
    public String feedUrl() {
        return url() + "/api/public/v1/verdicts/feed.atom";
    }
}
