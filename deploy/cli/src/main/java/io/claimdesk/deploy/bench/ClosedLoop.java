package io.claimdesk.deploy.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One bounded phase of a closed-loop load: each client runs on its own thread and waits for every answer before its
 * next request, until the time or the shared count runs out.
 */
final class ClosedLoop {

    /** A client of the load; it asks {@link Bounds#next()} before each request and records it in its tally. */
    interface Client {

        void run(Bounds bounds, Tally tally) throws Exception;
    }

    /** The phase's limits, shared by its clients. */
    static final class Bounds {

        private final long deadline;
        private final AtomicLong remaining;

        private Bounds(Duration maxTime, long maxCount) {
            this.deadline = System.nanoTime() + maxTime.toNanos();
            this.remaining = new AtomicLong(maxCount);
        }

        /** Whether one more request may start; takes it from the count. */
        boolean next() {
            return System.nanoTime() < deadline && remaining.getAndDecrement() > 0;
        }
    }

    /** What one client did: latencies of its successes by kind, its failures by reason. */
    static final class Tally {

        private final Map<String, LatencyRecorder> latencies = new TreeMap<>();
        private final Map<String, Long> failures = new TreeMap<>();
        private long serverFaults;

        void succeeded(String kind, long nanos) {
            latencies.computeIfAbsent(kind, k -> new LatencyRecorder()).record(nanos);
        }

        /** A request that did not succeed; a server fault (HTTP 5xx, I/O or SQL error) fails the benchmark. */
        void failed(String reason, boolean serverFault) {
            failures.merge(reason, 1L, Long::sum);
            if (serverFault) {
                serverFaults++;
            }
        }
    }

    private ClosedLoop() {
    }

    static LoadResult run(List<? extends Client> clients, Duration maxTime, long maxCount) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(clients.size());
        try {
            Bounds bounds = new Bounds(maxTime, maxCount);
            long begin = System.nanoTime();
            List<Tally> tallies = new ArrayList<>();
            List<Future<?>> running = new ArrayList<>();
            for (Client client : clients) {
                Tally tally = new Tally();
                tallies.add(tally);
                running.add(threads.submit(() -> {
                    client.run(bounds, tally);
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
            return LoadResult.of(clients.size(), System.nanoTime() - begin, tallies);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a load client stopped: " + e.getCause(), e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    static Map<String, List<LatencyRecorder>> latenciesByKind(List<Tally> tallies) {
        Map<String, List<LatencyRecorder>> byKind = new TreeMap<>();
        for (Tally tally : tallies) {
            tally.latencies.forEach((kind, recorder) -> byKind.computeIfAbsent(kind, k -> new ArrayList<>())
                    .add(recorder));
        }
        return byKind;
    }

    static Map<String, Long> failures(List<Tally> tallies) {
        Map<String, Long> failures = new TreeMap<>();
        tallies.forEach(tally -> tally.failures.forEach((reason, n) -> failures.merge(reason, n, Long::sum)));
        return failures;
    }

    static long serverFaults(List<Tally> tallies) {
        return tallies.stream().mapToLong(tally -> tally.serverFaults).sum();
    }
}
