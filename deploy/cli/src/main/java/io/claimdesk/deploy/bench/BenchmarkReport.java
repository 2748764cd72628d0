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
import java.util.List;
import java.util.Map;

/** Appends a dated, reproducible section (machine, command, figures) to docs/benchmarks.md. */
final class BenchmarkReport {

    static final Path FILE = Path.of("docs/benchmarks.md");
    private static final String HEADER = """
            # Benchmarks

            Every section is appended by the command it names, on the machine it describes; rerun the command to
            measure again. Figures are what was measured, not targets.
            """;

    /** Environment variables that change the stack a benchmark measures, written before its command when set. */
    static final List<String> STACK_SETTINGS = List.of("CLAIMDESK_ES_NODES", "CLAIMDESK_ES_HEAP",
            "CLAIMDESK_INDEX_SHARDS", "CLAIMDESK_INDEX_REPLICAS", "CLAIMDESK_APP_HEAP");

    private BenchmarkReport() {
    }

    /** The section's heading and provenance lines, to be followed by the figures. */
    static String section(String title, String command) {
        return "\n## " + title + " — " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE)
                + "\n\n- command: `" + withSettings(System.getenv(), command) + "`\n- when: "
                + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                + "\n- machine: " + machine() + "\n\n";
    }

    /** The command as it must be typed to measure the same stack again: the stack settings it ran with first. */
    static String withSettings(Map<String, String> environment, String command) {
        StringBuilder line = new StringBuilder();
        for (String name : STACK_SETTINGS) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                line.append(name).append('=').append(value).append(' ');
            }
        }
        return line.append(command).toString();
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
