package io.claimdesk.workflow.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.claimdesk.core.matching.ClaimEmbedder;

/**
 * The application's one embedding model, loaded on first use; absent when {@code claimdesk.matching.semantic=false}.
 */
@ApplicationScoped
public class ClaimEmbeddings {

    @Inject
    MatchingConfig config;

    private volatile ClaimEmbedder embedder;

    /** The claim's unit vector, or null when semantic matching is switched off. */
    public float[] embed(String text) {
        if (!config.semantic()) {
            return null;
        }
        ClaimEmbedder loaded = embedder;
        if (loaded == null) {
            synchronized (this) {
                if (embedder == null) {
                    embedder = new ClaimEmbedder();
                }
                loaded = embedder;
            }
        }
        return loaded.embed(text);
    }
}
