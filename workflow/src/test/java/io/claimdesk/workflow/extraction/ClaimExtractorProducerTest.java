package io.claimdesk.workflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.extraction.BuiltInClaimExtractor;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class ClaimExtractorProducerTest {

    private static final BuiltInClaimExtractor BUILT_IN = new BuiltInClaimExtractor();

    @Test
    void builtInIsTheDefaultEngine() {
        ExtractionConfig config = config(Map.of());

        assertThat(config.engine()).isEqualTo(ExtractionConfig.Engine.BUILTIN);
        assertThat(ClaimExtractorProducer.select(config, BUILT_IN)).isSameAs(BUILT_IN);
    }

    @Test
    void endpointDefaultsAreTheDocumentedOnes() {
        ExtractionConfig.OpenAiCompatible endpoint = config(Map.of()).openAiCompatible();

        assertThat(endpoint.baseUrl()).isEqualTo("http://localhost:11434/v1");
        assertThat(endpoint.model()).isEmpty();
        assertThat(endpoint.apiKey()).isEmpty();
        assertThat(endpoint.timeout()).isEqualTo(Duration.ofSeconds(50));
        assertThat(endpoint.maxClaims()).isEqualTo(30);
        assertThat(endpoint.temperature()).isEqualTo(0.0);
        assertThat(endpoint.fallbackToBuiltin()).isTrue();
    }

    @Test
    void openAiCompatibleEngineIsChosenWhenConfigured() {
        ExtractionConfig config = config(Map.of("claimdesk.extraction.engine", "openai-compatible",
                "claimdesk.extraction.openai-compatible.model", "llama3.1:8b"));

        assertThat(ClaimExtractorProducer.select(config, BUILT_IN)).isInstanceOf(OpenAiCompatibleClaimExtractor.class);
    }

    @Test
    void openAiCompatibleEngineWithoutModelIsRefusedNamingTheKey() {
        ExtractionConfig config = config(Map.of("claimdesk.extraction.engine", "openai-compatible"));

        assertThatThrownBy(() -> ClaimExtractorProducer.select(config, BUILT_IN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("claimdesk.extraction.openai-compatible.model");
    }

    private static ExtractionConfig config(Map<String, String> properties) {
        // Quarkus's converter reads "60s"; plain SmallRye Config only knows ISO-8601 ("PT60S").
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(ExtractionConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
        return config.getConfigMapping(ExtractionConfig.class);
    }
}
