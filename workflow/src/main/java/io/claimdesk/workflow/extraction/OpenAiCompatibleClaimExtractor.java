package io.claimdesk.workflow.extraction;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.claimdesk.core.extraction.CandidateClaim;
import io.claimdesk.core.extraction.ClaimExtractor;
import io.claimdesk.core.extraction.Extraction;
import io.claimdesk.core.extraction.LanguageDetector;
import io.claimdesk.core.extraction.Reason;
import io.claimdesk.core.extraction.SentenceSegmenter;
import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.RefusalMessage;
import io.claimdesk.workflow.ServiceUnavailableException;

/**
 * The extraction engine backed by a language model behind an OpenAI-compatible chat-completions endpoint (OpenAI,
 * Ollama, vLLM); its answers are validated and anchored to spans of the article, and its failures never reach clients
 * raw.
 *
 * <p>
 * Not a CDI bean of its own: {@link ClaimExtractorProducer} makes it when the configuration asks for it.
 */
public class OpenAiCompatibleClaimExtractor implements ClaimExtractor {

    /** The service name given to clients in a 503. */
    static final String SERVICE = "the claim extraction model";
    /** A claim longer than this is a paragraph, not an atomic claim. */
    static final int MAX_CLAIM_CHARS = 1000;
    private static final Logger LOG = Logger.getLogger(OpenAiCompatibleClaimExtractor.class);
    /** Connecting should be quick even when generating is slow. */
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    static final String SYSTEM_PROMPT = """
            You extract check-worthy factual claims from a news article for fact-checkers.
            Rules:
            - Each claim is atomic (one verifiable fact), self-contained (understandable without the article: \
            resolve pronouns and references) and checkable against data or records. Skip opinions, questions, \
            plans and predictions.
            - Write each claim in the language of the article (ISO 639-1 code given by the user).
            - For each claim, copy into "source" the exact sentence of the article it comes from, character for \
            character, without changing quotes, apostrophes or spacing.
            - "score" is the check-worthiness, a number from 0 (not worth checking) to 1 (must be checked).
            - "reasons" lists the features behind the score, only from: %s.
            - Give at most %d claims, in the order of the article.
            Answer with one JSON object and nothing else, of this form:
            {"claims": [{"claim": "...", "source": "...", "score": 0.8, "reasons": ["NUMBER", "DATE"]}]}
            """;

    private final ExtractionConfig.OpenAiCompatible settings;
    private final String model;
    private final URI endpoint;
    private final ClaimExtractor fallback;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final LanguageDetector languageDetector = new LanguageDetector();
    private final SentenceSegmenter segmenter = new SentenceSegmenter();

    /**
     * @param fallback
     *            the engine used when the endpoint fails, if {@code settings.fallbackToBuiltin()}
     */
    public OpenAiCompatibleClaimExtractor(ExtractionConfig.OpenAiCompatible settings, ClaimExtractor fallback) {
        this.settings = settings;
        this.model = settings.model().filter(m -> !m.isBlank()).orElseThrow(() -> new IllegalArgumentException(
                "claimdesk.extraction.openai-compatible.model must be set when claimdesk.extraction.engine is openai-compatible"));
        if (settings.maxClaims() < 1 || settings.timeout().isNegative() || settings.timeout().isZero()) {
            throw new IllegalArgumentException(
                    "claimdesk.extraction.openai-compatible.max-claims and .timeout must be positive");
        }
        String base = settings.baseUrl().strip();
        this.endpoint = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + "/chat/completions");
        this.fallback = fallback;
        Duration connect = settings.timeout().compareTo(MAX_CONNECT_TIMEOUT) < 0
                ? settings.timeout()
                : MAX_CONNECT_TIMEOUT;
        this.http = HttpClient.newBuilder().connectTimeout(connect).build();
    }

    @Override
    public Extraction extract(String text, String languageHint) {
        if (text == null) {
            throw new IllegalArgumentException("text is null");
        }
        String language = languageDetector.resolve(text, languageHint);
        try {
            return new Extraction(language, claimsOf(ask(text, language), text));
        } catch (EndpointFailure e) {
            if (settings.fallbackToBuiltin()) {
                LOG.warnf("Claim extraction by model %s at %s failed (%s); using the built-in engine instead", model,
                        endpoint.getHost(), e.getMessage());
                return fallback.extract(text, languageHint);
            }
            LOG.warnf("Claim extraction by model %s at %s failed (%s); refusing the article", model,
                    endpoint.getHost(), e.getMessage());
            throw new ServiceUnavailableException(SERVICE,
                    RefusalMessage.of(Refusal.EXTRACTION_UNAVAILABLE, e.getMessage()), e);
        }
    }

    /** The content of the model's answer: the JSON object it was asked for, as text. */
    private String ask(String text, String language) throws EndpointFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(settings.timeout())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(requestBody(text, language), StandardCharsets.UTF_8));
        settings.apiKey().filter(key -> !key.isBlank())
                .ifPresent(key -> request.header("Authorization", "Bearer " + key.strip()));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new EndpointFailure("did not answer within " + settings.timeout().toSeconds() + " s", e);
        } catch (IOException e) {
            throw new EndpointFailure("cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EndpointFailure("was interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            // The body may echo the request; keep it out of the warning and in the debug log only.
            LOG.debugf("Extraction endpoint answered HTTP %d: %.300s", response.statusCode(), response.body());
            throw new EndpointFailure("answered HTTP " + response.statusCode(), null);
        }
        try {
            JsonNode content = json.readTree(response.body()).path("choices").path(0).path("message")
                    .path("content");
            if (!content.isTextual()) {
                throw new EndpointFailure("gave an answer without choices[0].message.content", null);
            }
            return content.asText();
        } catch (JsonProcessingException e) {
            throw new EndpointFailure("gave an answer that is not JSON", e);
        }
    }

    private String requestBody(String text, String language) {
        ObjectNode body = json.createObjectNode();
        body.put("model", model);
        body.put("temperature", settings.temperature());
        body.putObject("response_format").put("type", "json_object");
        ArrayNode messages = body.putArray("messages");
        String reasons = Arrays.stream(Reason.values()).map(Enum::name).collect(Collectors.joining(", "));
        messages.addObject().put("role", "system")
                .put("content", SYSTEM_PROMPT.formatted(reasons, settings.maxClaims()));
        messages.addObject().put("role", "user")
                .put("content", "Language of the article: " + language + "\n\nArticle:\n" + text);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the request as JSON", e);
        }
    }

    /** The valid, anchored claims of the answer, in document order. */
    private List<CandidateClaim> claimsOf(String content, String text) throws EndpointFailure {
        JsonNode claims;
        try {
            claims = json.readTree(withoutCodeFence(content)).path("claims");
        } catch (JsonProcessingException e) {
            throw new EndpointFailure("gave content that is not a JSON object", e);
        }
        if (!claims.isArray()) {
            throw new EndpointFailure("gave a JSON answer without a \"claims\" array", null);
        }
        SourceQuoteLocator locator = new SourceQuoteLocator(text, segmenter);
        List<CandidateClaim> kept = new ArrayList<>();
        int invalid = 0;
        int unanchored = 0;
        for (JsonNode item : claims) {
            if (kept.size() == settings.maxClaims()) {
                break;
            }
            Optional<String> claim = claimText(item.path("claim"));
            JsonNode score = item.path("score");
            if (claim.isEmpty() || !score.isNumber()) {
                invalid++;
                continue;
            }
            String quote = item.path("source").isTextual() ? item.path("source").asText() : claim.get();
            Optional<SourceQuoteLocator.Span> span = locator.locate(quote);
            if (span.isEmpty()) {
                unanchored++;
                continue;
            }
            kept.add(new CandidateClaim(claim.get(), span.get().start(), span.get().end(),
                    Math.max(0, Math.min(1, score.asDouble())), reasons(item.path("reasons")),
                    oneLine(text.substring(span.get().start(), span.get().end()))));
        }
        if (invalid > 0 || unanchored > 0) {
            LOG.infof("Dropped %d claims of model %s: %d malformed, %d whose source is not in the article",
                    invalid + unanchored, model, invalid, unanchored);
        }
        if (kept.isEmpty() && !claims.isEmpty()) {
            throw new EndpointFailure("gave " + claims.size() + " claims, none of them valid and found in the article",
                    null);
        }
        kept.sort(Comparator.comparingInt(CandidateClaim::start));
        return kept;
    }

    private static Optional<String> claimText(JsonNode node) {
        if (!node.isTextual()) {
            return Optional.empty();
        }
        String claim = oneLine(node.asText());
        return claim.isEmpty() || claim.length() > MAX_CLAIM_CHARS ? Optional.empty() : Optional.of(claim);
    }

    // Line breaks and no-break spaces become one plain space.
    private static String oneLine(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }

    private static List<Reason> reasons(JsonNode node) {
        Set<Reason> reasons = new LinkedHashSet<>();
        for (JsonNode name : node) {
            if (name.isTextual()) {
                String upper = name.asText().strip().toUpperCase(Locale.ROOT);
                Arrays.stream(Reason.values()).filter(r -> r.name().equals(upper)).findFirst()
                        .ifPresent(reasons::add);
            }
        }
        return List.copyOf(reasons);
    }

    /** Some models wrap JSON in a Markdown fence even when asked for a JSON object. */
    private static String withoutCodeFence(String content) {
        String s = content.strip();
        if (s.startsWith("```") && s.endsWith("```") && s.length() > 6) {
            s = s.substring(s.indexOf('\n') + 1, s.length() - 3);
        }
        return s;
    }

    /** Why the endpoint gave nothing usable; its message completes "the extraction model ...". */
    static final class EndpointFailure extends Exception {

        EndpointFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
