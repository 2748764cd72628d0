package io.claimdesk.deploy.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One token bucket per client key, refilled continuously. Memory is bounded: a bucket idle long enough to be full again
 * is the same as no bucket and is evicted, and past {@code maxClients} new keys share one overflow bucket.
 */
public final class TokenBuckets {

    static final String OVERFLOW = "overflow";
    private static final long SWEEP_EVERY_NANOS = 1_000_000_000L;

    private final double tokensPerNano;
    private final int burst;
    private final int maxClients;
    private final long refillNanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong();

    public TokenBuckets(double perSecond, int burst, int maxClients) {
        if (perSecond <= 0 || burst < 1 || maxClients < 1) {
            throw new IllegalArgumentException("rate limit: per-second must be > 0, burst and max-clients >= 1");
        }
        this.tokensPerNano = perSecond / 1e9;
        this.burst = burst;
        this.maxClients = maxClients;
        this.refillNanos = (long) Math.ceil(burst / tokensPerNano);
    }

    /** Takes a token for the key at time {@code nowNanos}: 0 when granted, else the nanoseconds until one is. */
    public long take(String key, long nowNanos) {
        sweep(nowNanos);
        String bucketKey = buckets.size() >= maxClients && !buckets.containsKey(key) ? OVERFLOW : key;
        return buckets.computeIfAbsent(bucketKey, k -> new Bucket(burst, nowNanos)).take(nowNanos);
    }

    /** Clients tracked now. */
    public int size() {
        return buckets.size();
    }

    private void sweep(long nowNanos) {
        long last = lastSweep.get();
        if (nowNanos - last < SWEEP_EVERY_NANOS || !lastSweep.compareAndSet(last, nowNanos)) {
            return;
        }
        buckets.values().removeIf(bucket -> bucket.idleSince(nowNanos) >= refillNanos);
    }

    private final class Bucket {

        private double tokens;
        private long lastNanos;

        Bucket(double tokens, long nowNanos) {
            this.tokens = tokens;
            this.lastNanos = nowNanos;
        }

        synchronized long take(long nowNanos) {
            tokens = Math.min(burst, tokens + Math.max(0, nowNanos - lastNanos) * tokensPerNano);
            lastNanos = Math.max(lastNanos, nowNanos);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / tokensPerNano);
        }

        synchronized long idleSince(long nowNanos) {
            return nowNanos - lastNanos;
        }
    }
}
