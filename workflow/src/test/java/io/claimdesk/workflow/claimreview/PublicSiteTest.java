package io.claimdesk.workflow.claimreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.article.Article;

/** Whose name a verdict is published under: a configured team, else the newsroom, whatever a stored row says. */
class PublicSiteTest {

    @Test
    void anArticleIsPublishedUnderItsTeamOnlyWhenThatTeamIsConfigured() {
        PublicSite site = site(List.of(" Desk Afrique ", "", "Desk Santé"));

        assertThat(site.publisher(article("desk afrique"))).isEqualTo("Desk Afrique");
        assertThat(site.publisher(article(null))).isEqualTo("Claimdesk");
        // A team stored before teams were checked, or since removed from the configuration.
        assertThat(site.publisher(article("javascript:alert(1)"))).isEqualTo("Claimdesk");
        assertThat(site.teams()).containsExactly("Desk Afrique", "Desk Santé");
    }

    @Test
    void withoutConfiguredTeamsEverythingIsPublishedUnderTheNewsroomsName() {
        PublicSite site = site(null);

        assertThat(site.teams()).isEmpty();
        assertThat(site.publisher(article("Desk Afrique"))).isEqualTo("Claimdesk");
    }

    private static PublicSite site(List<String> teams) {
        PublicSite site = new PublicSite();
        site.publisherName = "Claimdesk";
        site.teams = Optional.ofNullable(teams);
        return site;
    }

    private static Article article(String team) {
        Article article = new Article();
        article.team = team;
        return article;
    }
}
