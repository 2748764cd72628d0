package io.claimdesk.workflow.extraction;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.jboss.logging.Logger;

import io.claimdesk.core.extraction.BuiltInClaimExtractor;
import io.claimdesk.core.extraction.ClaimExtractor;

/** Makes the one {@link ClaimExtractor} bean: the engine chosen by {@code claimdesk.extraction.engine}. */
@ApplicationScoped
public class ClaimExtractorProducer {

    private static final Logger LOG = Logger.getLogger(ClaimExtractorProducer.class);

    @Produces
    @ApplicationScoped
    ClaimExtractor claimExtractor(ExtractionConfig config, BuiltInClaimExtractor builtIn) {
        ClaimExtractor engine = select(config, builtIn);
        LOG.infof("Claim extraction engine: %s", config.engine().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return engine;
    }

    /** The configured engine; the built-in one also serves as the fallback of the OpenAI-compatible one. */
    static ClaimExtractor select(ExtractionConfig config, BuiltInClaimExtractor builtIn) {
        return switch (config.engine()) {
            case BUILTIN -> builtIn;
            case OPENAI_COMPATIBLE -> new OpenAiCompatibleClaimExtractor(config.openAiCompatible(), builtIn);
        };
    }
}
