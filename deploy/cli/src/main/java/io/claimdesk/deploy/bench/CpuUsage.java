package io.claimdesk.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of the whole machine and of this JVM's process tree (the load clients, the application and the servers it
 * started), read from /proc (Linux): tells how much of the machine a measurement had, when other work shares it.
 */
final class CpuUsage {

    /** Clock ticks at one instant: the machine's busy and total ticks over all cores, and this tree's. */
    record Snapshot(long machineBusy, long machineTotal, long tree) {
    }

    /** Cores' worth of CPU used between two snapshots by this tree and by every other process. */
    record Share(double tree, double others) {
    }

    private CpuUsage() {
    }

    /**
     * The machine's load average over 1, 5 and 15 minutes ("1.20 / 0.80 / 0.50"), as Linux reports it, or "unknown":
     * the benchmarks print it beside their figures, which other processes slow down.
     */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static Snapshot now() {
        try {
            long[] machine = machineTicks(Files.readAllLines(Path.of("/proc/stat")).get(0));
            long tree = Stream.concat(Stream.of(ProcessHandle.current()), ProcessHandle.current().descendants())
                    .mapToLong(process -> processTicks(process.pid())).sum();
            return new Snapshot(machine[0], machine[1], tree);
        } catch (IOException e) {
            return new Snapshot(0, 0, 0);
        }
    }

    /** Unknown (NaN) when /proc could not be read. */
    static Share between(Snapshot before, Snapshot after, int cores) {
        double elapsedPerCore = (double) (after.machineTotal() - before.machineTotal()) / cores;
        if (elapsedPerCore <= 0) {
            return new Share(Double.NaN, Double.NaN);
        }
        long tree = after.tree() - before.tree();
        long busy = after.machineBusy() - before.machineBusy();
        return new Share(tree / elapsedPerCore, Math.max(0, busy - tree) / elapsedPerCore);
    }

    /** Busy and total ticks from the first line of /proc/stat ({@code cpu user nice system idle iowait irq ...}). */
    static long[] machineTicks(String cpuLine) {
        String[] fields = cpuLine.trim().split("\\s+");
        long total = 0;
        // Fields 1 to 8: user nice system idle iowait irq softirq steal (guest time is already in user).
        for (int i = 1; i <= 8 && i < fields.length; i++) {
            total += Long.parseLong(fields[i]);
        }
        long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
        return new long[]{total - idle, total};
    }

    /** User and system ticks of one process from its /proc/PID/stat line; the command name may hold spaces. */
    static long processTicks(String statLine) {
        String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).split(" ");
        // After the name: state is field 3 of the line, utime field 14 and stime field 15.
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static long processTicks(long pid) {
        try {
            return processTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
