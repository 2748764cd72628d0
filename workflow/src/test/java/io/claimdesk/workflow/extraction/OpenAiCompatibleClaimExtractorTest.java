package io.claimdesk.workflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimdesk.core.extraction.CandidateClaim;
import io.claimdesk.core.extraction.ClaimExtractor;
import io.claimdesk.core.extraction.Extraction;
import io.claimdesk.core.extraction.Reason;
import io.claimdesk.workflow.ServiceUnavailableException;

class OpenAiCompatibleClaimExtractorTest {

    private static final String UNEMPLOYMENT = "Le chômage a baissé à 7,1 % en 2023, selon l’Insee.";
    private static final String QUOTE = "« Nous avons créé 200 000 emplois l’an dernier », a déclaré la ministre du Travail.";
    private static final String OPINION = "Je pense que c’est une bonne nouvelle pour le pays.";
    private static final String ARTICLE = "Emploi : les chiffres de l’année\n\n" + UNEMPLOYMENT + " " + QUOTE + "\n"
            + OPINION;
    private static final String MODEL = "qwen2.5:7b-instruct";
    private static final String API_KEY = "sk-test-0123456789";
    /** Marks answers that came from the fallback engine rather than from the model. */
    private static final Extraction FALLBACK_RESULT = new Extraction("fallback", List.of());
    private static final ClaimExtractor FALLBACK = (text, hint) -> FALLBACK_RESULT;
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeChatCompletionsServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new FakeChatCompletionsServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void wellFormedAnswerIsMappedToExactSpansInDocumentOrder() {
        server.answerContent("""
                {"claims": [
                  {"claim": "La ministre du Travail a déclaré que 200 000 emplois avaient été créés en 2023.",
                   "source": "%s", "score": 0.9, "reasons": ["NUMBER", "ATTRIBUTION"]},
                  {"claim": "Le chômage en France a baissé à 7,1 %% en 2023 selon l’Insee.",
                   "source": "%s", "score": 0.8, "reasons": ["NUMBER", "DATE", "ATTRIBUTION"]}
                ]}""".formatted(QUOTE, UNEMPLOYMENT));

        Extraction extraction = extractor(withFallback(false)).extract(ARTICLE, null);

        assertThat(extraction.language()).isEqualTo("fr");
        assertThat(extraction.claims()).hasSize(2);
        CandidateClaim first = extraction.claims().get(0);
        assertThat(first.text()).isEqualTo("Le chômage en France a baissé à 7,1 % en 2023 selon l’Insee.");
        assertThat(first.start()).isEqualTo(ARTICLE.indexOf(UNEMPLOYMENT));
        assertThat(ARTICLE.substring(first.start(), first.end())).isEqualTo(UNEMPLOYMENT);
        assertThat(first.score()).isEqualTo(0.8);
        assertThat(first.reasons()).containsExactly(Reason.NUMBER, Reason.DATE, Reason.ATTRIBUTION);
        CandidateClaim second = extraction.claims().get(1);
        assertThat(ARTICLE.substring(second.start(), second.end())).isEqualTo(QUOTE);
        assertThat(second.reasons()).containsExactly(Reason.NUMBER, Reason.ATTRIBUTION);
    }

    @Test
    void quoteWithOtherWhitespaceQuotesAndApostrophesIsStillAnchored() {
        // Part of a sentence, so only this match (not the word overlap with whole sentences) gives exactly this span.
        String retyped = "\"Nous avons\n créé 200000 emplois l'an  dernier\"";
        server.answerContent(claimsJson("Le gouvernement a créé 200 000 emplois.", retyped, 0.7));

        Extraction extraction = extractor(withFallback(false)).extract(ARTICLE, "fr");

        assertThat(extraction.claims()).singleElement().satisfies(c -> assertThat(ARTICLE.substring(c.start(), c.end()))
                .isEqualTo("« Nous avons créé 200 000 emplois l’an dernier »"));
    }

    @Test
    void slightlyMisquotedSourceIsAnchoredToTheClosestSentence() {
        String misquoted = "Le chômage a reculé à 7,1 % en 2023 selon l'Insee";
        server.answerContent(claimsJson("Le chômage a baissé à 7,1 % en 2023.", misquoted, 0.8));

        Extraction extraction = extractor(withFallback(false)).extract(ARTICLE, "fr");

        assertThat(extraction.claims()).singleElement()
                .satisfies(c -> assertThat(ARTICLE.substring(c.start(), c.end())).isEqualTo(UNEMPLOYMENT));
    }

    @Test
    void claimWhoseSourceIsNotInTheArticleIsDropped() {
        server.answerContent(
                """
                        {"claims": [
                          {"claim": "La tour Eiffel mesure 330 mètres.", "source": "La tour Eiffel mesure 330 mètres depuis 2022.",
                           "score": 0.9, "reasons": ["NUMBER"]},
                          {"claim": "Le chômage a baissé à 7,1 %% en 2023.", "source": "%s", "score": 0.8, "reasons": []}
                        ]}"""
                        .formatted(UNEMPLOYMENT));

        Extraction extraction = extractor(withFallback(false)).extract(ARTICLE, "fr");

        assertThat(extraction.claims()).extracting(CandidateClaim::text)
                .containsExactly("Le chômage a baissé à 7,1 % en 2023.");
    }

    @Test
    void scoresOutOfRangeAreClampedAndUnknownReasonsDropped() {
        server.answerContent("""
                {"claims": [
                  {"claim": "Le chômage a baissé à 7,1 %% en 2023.", "source": "%s", "score": 1.7,
                   "reasons": ["number", "SARCASM", "DATE", "DATE", 42]},
                  {"claim": "La ministre a annoncé 200 000 emplois créés.", "source": "%s", "score": -0.4},
                  {"claim": "Le pays va bien.", "source": "%s", "score": "high", "reasons": ["OPINION"]}
                ]}""".formatted(UNEMPLOYMENT, QUOTE, OPINION));

        Extraction extraction = extractor(withFallback(false)).extract(ARTICLE, "fr");

        assertThat(extraction.claims()).hasSize(2);
        assertThat(extraction.claims().get(0).score()).isEqualTo(1.0);
        assertThat(extraction.claims().get(0).reasons()).containsExactly(Reason.NUMBER, Reason.DATE);
        assertThat(extraction.claims().get(1).score()).isEqualTo(0.0);
        assertThat(extraction.claims().get(1).reasons()).isEmpty();
    }

    @Test
    void blankAndOverlongClaimsAreDroppedAndAtMostMaxClaimsKept() {
        server.answerContent("""
                {"claims": [
                  {"claim": "   ", "source": "%s", "score": 0.5},
                  {"claim": "%s", "source": "%s", "score": 0.5},
                  {"claim": "Un.", "source": "%s", "score": 0.5},
                  {"claim": "Deux.", "source": "%s", "score": 0.5},
                  {"claim": "Trois.", "source": "%s", "score": 0.5}
                ]}""".formatted(UNEMPLOYMENT, "x".repeat(OpenAiCompatibleClaimExtractor.MAX_CLAIM_CHARS + 1),
                UNEMPLOYMENT, UNEMPLOYMENT, QUOTE, OPINION));

        Extraction extraction = extractor(settings(server.baseUrl(), Optional.empty(), Duration.ofSeconds(5), 2, false))
                .extract(ARTICLE, "fr");

        assertThat(extraction.claims()).extracting(CandidateClaim::text).containsExactly("Un.", "Deux.");
    }

    @Test
    void requestCarriesModelTemperatureJsonFormatKeyAndArticle() throws IOException {
        server.answerContent(claimsJson("Le chômage a baissé.", UNEMPLOYMENT, 0.5));

        extractor(withFallback(false)).extract(ARTICLE, "fr");

        assertThat(server.lastPath).isEqualTo("/v1/chat/completions");
        assertThat(server.lastHeaders.getFirst("Authorization")).isEqualTo("Bearer " + API_KEY);
        JsonNode request = JSON.readTree(server.lastBody);
        assertThat(request.path("model").asText()).isEqualTo(MODEL);
        assertThat(request.path("temperature").isNumber()).isTrue();
        assertThat(request.path("temperature").asDouble()).isEqualTo(0.0);
        assertThat(request.path("response_format").path("type").asText()).isEqualTo("json_object");
        assertThat(request.path("messages").path(0).path("role").asText()).isEqualTo("system");
        assertThat(request.path("messages").path(0).path("content").asText()).contains("NAMED_ENTITY")
                .contains("at most 30 claims");
        assertThat(request.path("messages").path(1).path("role").asText()).isEqualTo("user");
        assertThat(request.path("messages").path(1).path("content").asText()).contains(ARTICLE)
                .contains("Language of the article: fr");
    }

    @Test
    void requestHasNoAuthorizationHeaderWithoutKey() {
        server.answerContent(claimsJson("Le chômage a baissé.", UNEMPLOYMENT, 0.5));

        extractor(settings(server.baseUrl(), Optional.empty(), Duration.ofSeconds(5), 30, false)).extract(ARTICLE,
                "fr");

        assertThat(server.lastHeaders.containsKey("Authorization")).isFalse();
    }

    @Test
    void contentThatIsNotJsonFallsBackToBuiltInWhenEnabled() {
        server.answerContent("Voici les affirmations : le chômage a baissé.");

        assertThat(extractor(withFallback(true)).extract(ARTICLE, "fr")).isSameAs(FALLBACK_RESULT);
    }

    @Test
    void contentThatIsNotJsonIsA503WhenFallbackIsDisabled() {
        server.answerContent("Voici les affirmations : le chômage a baissé.");

        assertThatThrownBy(() -> extractor(withFallback(false)).extract(ARTICLE, "fr"))
                .isInstanceOfSatisfying(ServiceUnavailableException.class, e -> {
                    assertThat(e.service()).isEqualTo(OpenAiCompatibleClaimExtractor.SERVICE);
                    assertThat(e.getMessage()).contains("not a JSON object").doesNotContain(API_KEY);
                });
    }

    @Test
    void answerWithoutClaimsArrayOrWithOnlyUnusableClaimsFallsBack() {
        ClaimExtractor extractor = extractor(withFallback(true));

        server.answerContent("{\"affirmations\": []}");
        assertThat(extractor.extract(ARTICLE, "fr")).isSameAs(FALLBACK_RESULT);

        server.answerContent(claimsJson("Paris est en Italie.", "Paris est la capitale de l'Italie.", 0.9));
        assertThat(extractor.extract(ARTICLE, "fr")).isSameAs(FALLBACK_RESULT);
    }

    @Test
    void emptyClaimsArrayIsAValidAnswer() {
        server.answerContent("{\"claims\": []}");

        Extraction extraction = extractor(withFallback(true)).extract(ARTICLE, "fr");

        assertThat(extraction).isNotSameAs(FALLBACK_RESULT);
        assertThat(extraction.language()).isEqualTo("fr");
        assertThat(extraction.claims()).isEmpty();
    }

    @Test
    void httpErrorIsA503WithoutTheResponseBody() {
        server.answerRaw(500, "{\"error\": \"model qwen crashed, key " + API_KEY + "\"}");

        assertThatThrownBy(() -> extractor(withFallback(false)).extract(ARTICLE, "fr"))
                .isInstanceOf(ServiceUnavailableException.class).hasMessageContaining("HTTP 500")
                .message().doesNotContain(API_KEY).doesNotContain("crashed");
        assertThat(extractor(withFallback(true)).extract(ARTICLE, "fr")).isSameAs(FALLBACK_RESULT);
    }

    @Test
    void timeoutFallsBackWhenEnabledAndIsA503Otherwise() {
        server.hang();
        Duration timeout = Duration.ofMillis(300);

        assertThat(extractor(settings(server.baseUrl(), Optional.empty(), timeout, 30, true)).extract(ARTICLE, "fr"))
                .isSameAs(FALLBACK_RESULT);
        assertThatThrownBy(
                () -> extractor(settings(server.baseUrl(), Optional.empty(), timeout, 30, false)).extract(ARTICLE,
                        "fr"))
                .isInstanceOf(ServiceUnavailableException.class).hasMessageContaining("did not answer within");
    }

    @Test
    void refusedConnectionIsA503() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/v1";

        assertThatThrownBy(() -> extractor(settings(url, Optional.empty(), Duration.ofSeconds(5), 30, false))
                .extract(ARTICLE, "fr")).isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("cannot be reached");
    }

    @Test
    void nonPositiveMaxClaimsOrTimeoutIsAConfigurationError() {
        assertThatThrownBy(
                () -> extractor(settings(server.baseUrl(), Optional.empty(), Duration.ofSeconds(5), 0, true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-claims");
        assertThatThrownBy(() -> extractor(settings(server.baseUrl(), Optional.empty(), Duration.ZERO, 30, true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    }

    private static String claimsJson(String claim, String source, double score) {
        JsonNode answer = JSON.createObjectNode().set("claims", JSON.createArrayNode().add(JSON.createObjectNode()
                .put("claim", claim).put("source", source).put("score", score)));
        return answer.toString();
    }

    private OpenAiCompatibleClaimExtractor extractor(Settings settings) {
        return new OpenAiCompatibleClaimExtractor(settings, FALLBACK);
    }

    private Settings withFallback(boolean fallback) {
        return settings(server.baseUrl(), Optional.of(API_KEY), Duration.ofSeconds(5), 30, fallback);
    }

    private static Settings settings(String baseUrl, Optional<String> apiKey, Duration timeout, int maxClaims,
            boolean fallback) {
        return new Settings(baseUrl, Optional.of(MODEL), apiKey, timeout, maxClaims, 0, fallback);
    }

    /** The endpoint settings as {@link ExtractionConfig} would give them. */
    record Settings(String baseUrl, Optional<String> model, Optional<String> apiKey, Duration timeout, int maxClaims,
            double temperature, boolean fallbackToBuiltin) implements ExtractionConfig.OpenAiCompatible {
    }
}
