package io.claimdesk.deploy.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * One bounded phase of an open-loop load at a fixed rate: request {@code i} is due at {@code start + i / rate}
 * whatever became of the earlier ones, and its latency runs from that due time, not from when it could be sent, so a
 * server that falls behind shows it in the figures (no coordinated omission).
 */
final class OpenLoop {

    /** How long one request may take before it counts as failed. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Requests in flight at most; beyond, sending waits (the wait still counts in the latencies). */
    static final int MAX_IN_FLIGHT = 256;
    /** How late the generator may fall behind its schedule before it stops sending and counts the rest unsent. */
    static final Duration MAX_LAG = Duration.ofSeconds(5);
    /** The share of the rate a target must achieve to count as keeping up (a phase ends with the last answers). */
    static final double SUSTAINED = 0.95;

    /** What a phase did: the load result (its clients are the most requests seen in flight) and unsent requests. */
    record Result(double rate, LoadResult load, long unsent) {

        /** Requests answered per second, from the first due time to the last answer. */
        double achieved() {
            return load.perSecond();
        }

        /** Whether the target kept up: every request sent and answered with a success, at 95% of the rate or more. */
        boolean sustained() {
            return unsent == 0 && load.failed() == 0 && achieved() >= SUSTAINED * rate;
        }
    }

    private OpenLoop() {
    }

    /** When request {@code index} is due, in {@link System#nanoTime()} terms. */
    static long dueAt(long start, long index, double perSecond) {
        return start + Math.round(index * 1e9 / perSecond);
    }

    /** How many requests a phase of this length sends at this rate. */
    static long count(double perSecond, Duration length) {
        return (long) Math.floor(perSecond * length.toNanos() / 1e9);
    }

    /**
     * Sends {@code requests.apply(i)} at {@code perSecond} for {@code length} (and so at most {@link #count} requests),
     * then waits for the answers; a 2xx is a success recorded under {@code kind}.
     */
    static Result run(HttpClient http, LongFunction<HttpRequest> requests, String kind, double perSecond,
            Duration length) throws InterruptedException {
        long total = count(perSecond, length);
        ClosedLoop.Tally tally = new ClosedLoop.Tally();
        Semaphore slots = new Semaphore(MAX_IN_FLIGHT);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        long[] lastAnswer = {0};
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10);
        long unsent = 0;
        for (long i = 0; i < total; i++) {
            long due = dueAt(start, i, perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (System.nanoTime() - due > MAX_LAG.toNanos()
                    || !slots.tryAcquire(due + MAX_LAG.toNanos() - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                unsent = total - i;
                break;
            }
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            http.sendAsync(requests.apply(i), HttpResponse.BodyHandlers.discarding()).whenComplete((response, e) -> {
                long now = System.nanoTime();
                inFlight.decrementAndGet();
                // The tally is not thread-safe and answers complete on the client's threads.
                synchronized (tally) {
                    if (e != null) {
                        boolean timeout = e instanceof HttpTimeoutException
                                || e.getCause() instanceof HttpTimeoutException;
                        tally.failed(timeout
                                ? "timeout after " + TIMEOUT.toSeconds() + " s"
                                : "I/O error: " + rootCause(e).getClass().getSimpleName(), true);
                    } else if (response.statusCode() / 100 == 2) {
                        tally.succeeded(kind, now - due);
                    } else {
                        tally.failed("HTTP " + response.statusCode(), response.statusCode() >= 500);
                    }
                    lastAnswer[0] = Math.max(lastAnswer[0], now);
                }
                slots.release();
            });
        }
        // Every request has a timeout, so all slots come back.
        if (!slots.tryAcquire(MAX_IN_FLIGHT, TIMEOUT.toNanos() * 2, TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException("requests still unanswered after their timeout");
        }
        synchronized (tally) {
            long elapsed = Math.max(lastAnswer[0], dueAt(start, total - unsent, perSecond)) - start;
            return new Result(perSecond, LoadResult.of(peak.get(), elapsed, List.of(tally)), unsent);
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
