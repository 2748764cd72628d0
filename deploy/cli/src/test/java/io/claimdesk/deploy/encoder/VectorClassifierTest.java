package io.claimdesk.deploy.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class VectorClassifierTest {

    @Test
    void learnsWhichDimensionCarriesTheLabelWhateverItsScale() {
        Random random = new Random(7);
        List<float[]> vectors = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boolean positive = i % 3 == 0;
            // Dimension 1 tells the classes apart around 1,000; dimension 0 is noise ten times larger.
            vectors.add(new float[]{(float) (random.nextGaussian() * 100),
                    (float) (1000 + (positive ? 5 : -5) + random.nextGaussian())});
            labels.add(positive);
        }
        VectorClassifier head = VectorClassifier.fit(vectors, labels, 1e-3, 5, 1);
        List<Double> scores = head.scores(vectors);
        double[] threshold = VectorClassifier.bestThreshold(scores, labels);

        assertThat(threshold[1]).isGreaterThan(0.95);
        assertThat(head.score(new float[]{0, 1006})).isGreaterThan(0.9);
        assertThat(head.score(new float[]{0, 994})).isLessThan(0.1);
        assertThat(VectorClassifier.confusion(scores, labels, threshold[0]).f1()).isEqualTo(threshold[1]);
    }
}
