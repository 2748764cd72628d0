package io.claimdesk.workflow.matching;

import java.util.LinkedHashMap;
import java.util.Map;

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

    /** How many recent vectors are kept (about 1.6 KB each). */
    static final int CACHED = 10_000;

    private volatile ClaimEmbedder embedder;
    private final Map<String, float[]> recent = new LinkedHashMap<>(256, 0.75f, true) {

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHED;
        }
    };

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
        synchronized (recent) {
            float[] known = recent.get(text);
            if (known != null) {
                return known;
            }
        }
        float[] vector = loaded.embed(text);
        synchronized (recent) {
            recent.put(text, vector);
        }
        return vector;
    }
}
