package io.claimdesk.workflow.extraction;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Which engine extracts claims from articles, and how to reach the OpenAI-compatible one when it is chosen. */
@ConfigMapping(prefix = "claimdesk.extraction")
public interface ExtractionConfig {

    /** The engine: {@code builtin} (no external service) or {@code openai-compatible} (a chat-completions endpoint). */
    @WithDefault("builtin")
    Engine engine();

    /** The endpoint used when {@link #engine()} is {@code openai-compatible}; ignored otherwise. */
    @WithName("openai-compatible")
    OpenAiCompatible openAiCompatible();

    /** The extraction engines Claimdesk can use. */
    enum Engine {
        /** {@link io.claimdesk.core.extraction.BuiltInClaimExtractor}: local models and rules. */
        BUILTIN,
        /** {@link OpenAiCompatibleClaimExtractor}: a language model behind an OpenAI-compatible API. */
        OPENAI_COMPATIBLE
    }

    /** An OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, vLLM, llama.cpp server, ...). */
    interface OpenAiCompatible {

        /**
         * The API root, without {@code /chat/completions}: Ollama's {@code http://localhost:11434/v1}, vLLM's
         * {@code /v1}.
         */
        @WithDefault("http://localhost:11434/v1")
        String baseUrl();

        /** The model name as the endpoint knows it, e.g. {@code qwen2.5:7b-instruct}; required with this engine. */
        Optional<String> model();

        /** Sent as {@code Authorization: Bearer <key>} when set; local servers usually need none. */
        Optional<String> apiKey();

        /**
         * How long one extraction may take, connection included. Extraction runs before the article's database
         * transaction, so no transaction waits on the endpoint.
         */
        @WithDefault("50s")
        Duration timeout();

        /** At most this many claims are kept from one answer. */
        @WithDefault("30")
        int maxClaims();

        /** Sampling temperature; 0 makes the answers as repeatable as the server allows. */
        @WithDefault("0")
        double temperature();

        /**
         * When the endpoint fails or answers nonsense: true falls back to the built-in engine with a warning, false
         * refuses the article with a 503 so it can be submitted again later.
         */
        @WithDefault("true")
        boolean fallbackToBuiltin();
    }
}
