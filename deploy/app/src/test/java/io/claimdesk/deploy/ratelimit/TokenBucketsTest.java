package io.claimdesk.deploy.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aClientGetsItsBurstThenOneRequestPerRefill() {
        TokenBuckets buckets = new TokenBuckets(2, 3, 10);

        assertThat(buckets.take("a", 0)).isZero();
        assertThat(buckets.take("a", 0)).isZero();
        assertThat(buckets.take("a", 0)).isZero();
        assertThat(buckets.take("a", 0)).as("wait for the next token, at 2 per second").isEqualTo(SECOND / 2);
        assertThat(buckets.take("a", SECOND / 2)).isZero();
        assertThat(buckets.take("a", SECOND / 2)).isPositive();
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        TokenBuckets buckets = new TokenBuckets(1, 1, 10);

        assertThat(buckets.take("a", 0)).isZero();
        assertThat(buckets.take("a", 0)).isPositive();
        assertThat(buckets.take("b", 0)).isZero();
    }

    @Test
    void idleBucketsAreEvictedOnceFullAgain() {
        TokenBuckets buckets = new TokenBuckets(10, 5, 100);
        for (int i = 0; i < 50; i++) {
            buckets.take("client-" + i, 2 * SECOND);
        }
        assertThat(buckets.size()).isEqualTo(50);

        // 5 tokens at 10 per second: full again after half a second; the sweep runs at most once a second.
        buckets.take("late", 4 * SECOND);

        assertThat(buckets.size()).isEqualTo(1);
    }

    @Test
    void pastMaxClientsNewClientsShareOneBucket() {
        TokenBuckets buckets = new TokenBuckets(1, 1, 2);
        buckets.take("a", 0);
        buckets.take("b", 0);

        assertThat(buckets.take("c", 0)).isZero();
        assertThat(buckets.take("d", 0)).as("d shares c's overflow bucket").isPositive();
        assertThat(buckets.size()).isEqualTo(3);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new TokenBuckets(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBuckets(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
