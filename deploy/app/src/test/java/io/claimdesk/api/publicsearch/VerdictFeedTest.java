package io.claimdesk.api.publicsearch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The Atom feed of new verdicts, read with a real XML parser. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class VerdictFeedTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    /** Verdicts reach the feed through the search index, which the outbox fills every second. */
    static final Duration INDEXED_WITHIN = Duration.ofSeconds(60);

    @Test
    void aNewVerdictIsAnEscapedFeedEntryLinkingToItsPermalink() throws Exception {
        String text = "Le député <b>& ses amis</b> affirment que Haftar était à Moscou le 27 juin 2016. "
                + ClaimStates.TEXT;
        long claimId = ClaimStates.claimIn(ClaimStatus.PUBLISHED, ClaimReviewTest.articleWith(text, null));
        JsonPath verdict = given().get("/api/public/v1/verdicts/{id}", claimId).jsonPath();
        assertThat(verdict.getString("claim")).contains("<b>&");
        String permalink = ClaimReviewTest.publicUrl() + "/verdicts/" + claimId;

        Element entry = awaitEntry(permalink);

        assertThat(child(entry, "title")).isEqualTo("False: " + verdict.getString("claim"));
        assertThat(child(entry, "summary")).isEqualTo(verdict.getString("explanation"));
        assertThat(child(entry, "updated")).isEqualTo(verdict.getString("publishedAt"));
        Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(link.getAttribute("rel")).isEqualTo("alternate");
        assertThat(link.getAttribute("href")).isEqualTo(permalink);
    }

    @Test
    void theSearchPageAdvertisesTheFeed() {
        String page = given().get("/search").then().statusCode(200).extract().asString();
        assertThat(page).contains(
                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"New verdicts\""
                        + " href=\"/api/public/v1/verdicts/feed.atom\">");
    }

    static Element awaitEntry(String id) throws Exception {
        Instant deadline = Instant.now().plus(INDEXED_WITHIN);
        while (true) {
            byte[] feed = given().get("/api/public/v1/verdicts/feed.atom")
                    .then().statusCode(200).contentType("application/atom+xml").extract().asByteArray();
            Optional<Element> entry = entry(parse(feed), id);
            if (entry.isPresent()) {
                return entry.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no entry " + id + " in the feed within " + INDEXED_WITHIN + ":\n"
                        + new String(feed, StandardCharsets.UTF_8));
            }
            Thread.sleep(500);
        }
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("feed");
        return document;
    }

    static Optional<Element> entry(Document feed, String id) {
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            if (id.equals(child(entry, "id"))) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    static String child(Element element, String name) {
        return element.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }
}
