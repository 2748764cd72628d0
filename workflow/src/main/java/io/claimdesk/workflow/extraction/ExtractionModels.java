package io.claimdesk.workflow.extraction;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.claimdesk.core.extraction.BuiltInClaimExtractor;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the built-in engine's parsing models in the background as the application starts, so that it answers HTTP at
 * once and readiness says when extraction is ready. The built-in engine is loaded whatever engine is configured: it is
 * also the OpenAI-compatible engine's fallback. An article submitted before the models are in memory waits for them.
 */
@ApplicationScoped
public class ExtractionModels {

    private static final Logger LOG = Logger.getLogger(ExtractionModels.class);

    /** Where loading stands. */
    public enum State {
        LOADING, READY, FAILED
    }

    private final BuiltInClaimExtractor builtIn;
    private volatile State state = State.LOADING;
    private volatile Instant startedAt = Instant.now();
    private volatile Duration took = Duration.ZERO;
    private volatile String failure = "";

    public ExtractionModels(BuiltInClaimExtractor builtIn) {
        this.builtIn = builtIn;
    }

    void onStart(@Observes StartupEvent event) {
        startedAt = Instant.now();
        Thread loader = new Thread(this::load, "claim-models-loader");
        loader.setDaemon(true);
        loader.setPriority(Thread.MIN_PRIORITY);
        loader.start();
    }

    private void load() {
        try {
            builtIn.loadModels();
            took = Duration.between(startedAt, Instant.now());
            state = State.READY;
            LOG.infof("Claim extraction models loaded in %d s", took.toSeconds());
        } catch (RuntimeException | OutOfMemoryError e) {
            failure = String.valueOf(e.getMessage());
            state = State.FAILED;
            LOG.error("Claim extraction models could not be loaded: extraction will fail until restart", e);
        }
    }

    public State state() {
        return state;
    }

    /** How long loading took once done, or has taken so far. */
    public Duration elapsed() {
        return state == State.LOADING ? Duration.between(startedAt, Instant.now()) : took;
    }

    /** Why loading failed, or empty. */
    public String failure() {
        return failure;
    }
}
