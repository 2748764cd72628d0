package io.claimdesk.deploy.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Appends a dated, reproducible section (machine, command, figures) to docs/benchmarks.md. */
final class BenchmarkReport {

    static final Path FILE = Path.of("docs/benchmarks.md");
    private static final String HEADER = """
            # Benchmarks

            Every section is appended by the command it names, on the machine it describes; rerun the command to
            measure again. Figures are what was measured, not targets.
            """;

    private BenchmarkReport() {
    }

    /** The section's heading and provenance lines, to be followed by the figures. */
    static String section(String title, String command) {
        return "\n## " + title + " — " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE)
                + "\n\n- command: `" + command + "`\n- when: "
                + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                + "\n- machine: " + machine() + "\n\n";
    }

    static void append(String section) throws IOException {
        Files.createDirectories(FILE.toAbsolutePath().getParent());
        if (!Files.exists(FILE)) {
            Files.writeString(FILE, HEADER, StandardCharsets.UTF_8);
        }
        Files.writeString(FILE, section, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static String machine() {
        long memoryGiB = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / (1024L * 1024 * 1024);
        return Runtime.getRuntime().availableProcessors() + " cores, " + memoryGiB + " GiB, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                + System.getProperty("java.version");
    }
}
