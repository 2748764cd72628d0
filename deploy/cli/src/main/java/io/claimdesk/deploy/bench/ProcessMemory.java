package io.claimdesk.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Resident memory of a process and everything it started, read from /proc (Linux). */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Resident set size in MiB of the process and its descendants; 0 when the process is gone. */
    static long residentMiBOfTree(long pid) {
        return ProcessHandle.of(pid)
                .map(root -> Stream.concat(Stream.of(root), root.descendants()))
                .orElseGet(Stream::empty)
                .mapToLong(handle -> residentKiB(handle.pid()))
                .sum() / 1024;
    }

    /** How many processes the tree holds (a PostgreSQL server is a dozen of them). */
    static long processCountOfTree(long pid) {
        return ProcessHandle.of(pid).map(root -> 1 + root.descendants().count()).orElse(0L);
    }

    private static long residentKiB(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong)
                    .findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
