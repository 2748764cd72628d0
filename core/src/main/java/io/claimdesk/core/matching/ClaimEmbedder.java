package io.claimdesk.core.matching;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Turns a claim into a unit vector with a sentence-embedding model that runs in the JVM (all-MiniLM-L6-v2, quantized,
 * ONNX, shipped on Maven Central): claims that say the same thing in other words get close vectors.
 */
public final class ClaimEmbedder {

    /** Length of every vector this embedder returns. */
    public static final int DIMENSIONS = 384;
    /** The model's name, as reported in benchmarks and health. */
    public static final String MODEL = "all-MiniLM-L6-v2 (quantized ONNX, langchain4j)";

    private final EmbeddingModel model;

    /** Loads the model (about a second; the instance is thread-safe and meant to be shared). */
    public ClaimEmbedder() {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /** The claim's vector, scaled to length 1 so that a dot product is the cosine. */
    public float[] embed(String text) {
        float[] vector = model.embed(text == null || text.isBlank() ? "." : text).content().vector();
        return normalised(vector);
    }

    /** Cosine similarity of two vectors of the same length, in [-1, 1]; 0 when either is empty or zero. */
    public static double cosine(float[] a, float[] b) {
        if (a == null || b == null || a.length != b.length || a.length == 0) {
            return 0;
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }

    private static float[] normalised(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm == 0) {
            return vector;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }
}
