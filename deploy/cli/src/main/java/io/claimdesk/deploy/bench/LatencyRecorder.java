package io.claimdesk.deploy.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * Every latency of one load, kept exactly (the loads are bounded in count), with nearest-rank percentiles. Not
 * thread-safe: each worker records into its own and the results are merged afterwards.
 */
final class LatencyRecorder {

    private long[] samples = new long[1024];
    private int size;

    void record(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    int count() {
        return size;
    }

    /** All samples of the given recorders in one. */
    static LatencyRecorder merge(Collection<LatencyRecorder> recorders) {
        LatencyRecorder merged = new LatencyRecorder();
        merged.samples = new long[Math.max(1, recorders.stream().mapToInt(LatencyRecorder::count).sum())];
        for (LatencyRecorder recorder : recorders) {
            System.arraycopy(recorder.samples, 0, merged.samples, merged.size, recorder.size);
            merged.size += recorder.size;
        }
        return merged;
    }

    /**
     * The nearest-rank percentile in nanoseconds: the smallest sample that at least {@code percent}% of all samples
     * do not exceed; 0 without samples.
     */
    long percentile(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percentile " + percent + " is not in (0, 100]");
        }
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * size);
        return sorted[Math.max(rank, 1) - 1];
    }

    /** {@link #percentile} in milliseconds, as the reports print it. */
    double millis(double percent) {
        return percentile(percent) / 1e6;
    }
}
