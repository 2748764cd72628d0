package io.claimdesk.deploy.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one measured phase did: successful requests and their latencies (overall and by kind), failed requests by
 * reason, and how many of those were server faults.
 */
record LoadResult(int clients, long elapsedNanos, LatencyRecorder latencies, Map<String, LatencyRecorder> byKind,
        Map<String, Long> failures, long serverFaults) {

    static LoadResult of(int clients, long elapsedNanos, List<ClosedLoop.Tally> tallies) {
        Map<String, LatencyRecorder> byKind = new LinkedHashMap<>();
        ClosedLoop.latenciesByKind(tallies).forEach((kind, recorders) -> byKind.put(kind,
                LatencyRecorder.merge(recorders)));
        return new LoadResult(clients, elapsedNanos, LatencyRecorder.merge(byKind.values()), byKind,
                ClosedLoop.failures(tallies), ClosedLoop.serverFaults(tallies));
    }

    long succeeded() {
        return latencies.count();
    }

    long failed() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    double seconds() {
        return elapsedNanos / 1e9;
    }

    double perSecond() {
        return succeeded() / seconds();
    }

    /** The failures as {@code reason: count} pairs, or {@code none}. */
    String failureSummary() {
        return failures.isEmpty()
                ? "none"
                : failures.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining(", "));
    }
}
