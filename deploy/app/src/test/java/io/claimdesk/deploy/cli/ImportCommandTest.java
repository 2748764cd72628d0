package io.claimdesk.deploy.cli;

import static io.claimdesk.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** {@code claimdesk import} against the running app: good files become articles with claims, a bad one is reported. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class ImportCommandTest {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String TEXT_TITLE = "nil-" + RUN;
    static final String HTML_TITLE = "budget-" + RUN;
    static final String EMPTY_FILE = "vide-" + RUN + ".txt";
    static final String TEXT = "Le Nil a débordé de 4 mètres au Caire le 3 mars 2026, selon le ministère égyptien de"
            + " l'Irrigation.";
    static final String HTML = "<html><body><h1>Budget</h1><p>The city spent 12 million dollars on roads in 2025,"
            + " according to the mayor's office.</p></body></html>";

    @TestHTTPResource("/")
    URL app;

    @TempDir
    Path directory;

    @Test
    void goodFilesBecomeArticlesWithClaimsAndAnEmptyOneIsReportedWithTheServersReason() throws IOException {
        Files.writeString(directory.resolve(TEXT_TITLE + ".txt"), TEXT);
        Files.writeString(directory.resolve(HTML_TITLE + ".html"), HTML);
        Files.writeString(directory.resolve(EMPTY_FILE), "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = ImportCommand.run(new String[]{directory.toString(), "--url", app.toString(), "--keycloak",
                LocalStackResource.stack().keycloak().realmUrl(), "--parallel", "2"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Imported 2 of 3 articles");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 file(s) not imported")
                .contains(EMPTY_FILE + ": HTTP 400: The article is empty");
        List<Map<String, Object>> articles = as("edith").get("/api/v1/articles").then().statusCode(200)
                .extract().jsonPath().getList("");
        Map<String, Map<String, Object>> byTitle = new HashMap<>();
        articles.forEach(article -> byTitle.put((String) article.get("title"), article));
        assertThat(byTitle).containsKeys(TEXT_TITLE, HTML_TITLE).doesNotContainKey("vide-" + RUN);
        for (String title : List.of(TEXT_TITLE, HTML_TITLE)) {
            assertThat(byTitle.get(title).get("createdBy")).isEqualTo("edith");
            assertThat((Integer) byTitle.get(title).get("claimCount")).as(title).isPositive();
        }
        String html = as("edith").get("/api/v1/articles/" + byTitle.get(HTML_TITLE).get("id")).then()
                .statusCode(200).extract().path("text");
        assertThat(html).contains("12 million dollars").doesNotContain("<p>");
    }

    @Test
    void aDirectoryOfGoodFilesExitsWithZero() throws IOException {
        Files.writeString(directory.resolve("seul-" + RUN + ".txt"), TEXT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = ImportCommand.run(new String[]{directory.toString(), "--url", app.toString(), "--keycloak",
                LocalStackResource.stack().keycloak().realmUrl(), "--language", "fr"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err, false);

        assertThat(exit).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Imported 1 of 1 articles");
    }
}
