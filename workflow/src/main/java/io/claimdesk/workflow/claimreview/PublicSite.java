package io.claimdesk.workflow.claimreview;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    /**
     * The desks or member organisations that publish under their own name. An article's team is one of these or
     * none: a name anyone could type would become the public author of its verdicts.
     */
    @ConfigProperty(name = "claimdesk.publisher.teams")
    Optional<List<String>> teams;

    /** The public base URL without a trailing slash. */
    public String url() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String publisherName() {
        return publisherName;
    }

    /** The configured publishing teams, as configured; empty when the newsroom publishes under its name only. */
    public List<String> teams() {
        return teams.orElse(List.of()).stream().map(String::strip).filter(team -> !team.isEmpty()).toList();
    }

    /** The configured team this name designates (case and surrounding blanks aside), if any. */
    public Optional<String> team(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return teams().stream().filter(team -> team.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /**
     * Who publishes the verdicts of an article: its team when that is a configured publishing team, else the
     * configured publisher (also for articles stored before the team had to be one of them).
     */
    public String publisher(Article article) {
        return article.team == null || article.team.isBlank()
                ? publisherName
                : team(article.team).orElse(publisherName);
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
