package io.claimdesk.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real model shipped on Maven Central, run in the JVM. */
class ClaimEmbedderTest {

    private static ClaimEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = new ClaimEmbedder();
    }

    @Test
    void vectorsHaveTheModelsLengthAndUnitNorm() {
        float[] vector = embedder.embed("Unemployment fell to 3.5 percent last year.");
        assertThat(vector).hasSize(ClaimEmbedder.DIMENSIONS);
        assertThat(ClaimEmbedder.cosine(vector, vector)).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void aParaphraseIsCloserThanAnotherSubject() {
        float[] claim = embedder.embed("Unemployment fell to 3.5 percent last year.");
        float[] paraphrase = embedder.embed("Last year the jobless rate dropped to 3.5%.");
        float[] other = embedder.embed("The Eiffel Tower is 330 metres tall.");
        assertThat(ClaimEmbedder.cosine(claim, paraphrase)).isGreaterThan(ClaimEmbedder.cosine(claim, other) + 0.2);
    }

    @Test
    void cosineOfMismatchedOrEmptyVectorsIsZero() {
        assertThat(ClaimEmbedder.cosine(new float[]{1, 0}, new float[]{1, 0, 0})).isZero();
        assertThat(ClaimEmbedder.cosine(new float[]{0, 0}, new float[]{1, 0})).isZero();
        assertThat(ClaimEmbedder.cosine(null, new float[]{1})).isZero();
    }
}
