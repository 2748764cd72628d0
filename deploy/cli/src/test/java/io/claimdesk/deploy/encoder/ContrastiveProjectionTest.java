package io.claimdesk.deploy.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.matching.ClaimEmbedder;

class ContrastiveProjectionTest {

    private static final int DIMENSION = 8;

    // The "translation" of a vector: its coordinates in reverse order, slightly blurred.
    private static float[] translated(float[] x, Random random) {
        float[] y = new float[x.length];
        for (int k = 0; k < x.length; k++) {
            y[k] = x[x.length - 1 - k] + (float) (random.nextGaussian() * 0.05);
        }
        return y;
    }

    private static List<float[]> vectors(int n, Random random) {
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float[] x = new float[DIMENSION];
            for (int k = 0; k < DIMENSION; k++) {
                x[k] = (float) random.nextGaussian();
            }
            out.add(x);
        }
        return out;
    }

    // Share of left vectors whose most similar right vector is their own pair.
    private static double accuracy(List<float[]> left, List<float[]> right, Function<float[], float[]> map) {
        int hits = 0;
        for (int i = 0; i < left.size(); i++) {
            int best = 0;
            for (int j = 1; j < right.size(); j++) {
                if (ClaimEmbedder.cosine(map.apply(left.get(i)), map.apply(right.get(j))) > ClaimEmbedder
                        .cosine(map.apply(left.get(i)), map.apply(right.get(best)))) {
                    best = j;
                }
            }
            hits += best == i ? 1 : 0;
        }
        return (double) hits / left.size();
    }

    @Test
    void learnsToBringPairsTogetherThatTheRawCosineKeepsApart() {
        Random random = new Random(3);
        List<float[]> trainLeft = vectors(200, random);
        List<float[]> trainRight = trainLeft.stream().map(x -> translated(x, random)).toList();
        List<float[]> testLeft = vectors(50, random);
        List<float[]> testRight = testLeft.stream().map(x -> translated(x, random)).toList();

        ContrastiveProjection identity = ContrastiveProjection.identity(DIMENSION);
        ContrastiveProjection learnt = ContrastiveProjection.train(trainLeft, trainRight,
                new ContrastiveProjection.Settings(60, 16, 0.1, 0.02, 0, 5));

        assertThat(accuracy(testLeft, testRight, identity::map)).isLessThan(0.3);
        assertThat(accuracy(testLeft, testRight, learnt::map)).isGreaterThan(0.9);
    }

    @Test
    void zeroEpochsLeaveTheVectorsAsTheyAre() {
        float[] x = {1, -2, 3, 0, 0, 0, 0, 0.5f};
        ContrastiveProjection none = ContrastiveProjection.train(List.of(x, x), List.of(x, x),
                new ContrastiveProjection.Settings(0, 2, 0.1, 0.1, 0, 1));
        assertThat(none.map(x)).containsExactly(x);
    }
}
