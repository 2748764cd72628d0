package io.claimdesk.deploy.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The progress of {@code claimdesk import}: a bar redrawn in place on a terminal, else one line every few seconds (a
 * log or a pipe would fill with carriage returns).
 */
final class ImportProgress {

    static final int BAR_WIDTH = 30;
    static final long LINE_EVERY_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final int total;
    private final long start;
    private long lastLine;
    private int lastWidth;

    ImportProgress(PrintStream out, boolean terminal, int total, long startNanos) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
        this.start = startNanos;
        this.lastLine = startNanos;
    }

    /** Shows the progress after an article; on a terminal at every call, else at most every few seconds. */
    synchronized void update(int done, int failed, long claims, long nowNanos) {
        String line = render(total, done, failed, claims, nowNanos - start);
        if (terminal) {
            // Padded so that a shorter line wipes the end of a longer one.
            out.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            lastWidth = line.length();
            out.flush();
        } else if (nowNanos - lastLine >= LINE_EVERY_NANOS) {
            out.println(line);
            lastLine = nowNanos;
        }
    }

    /** Ends the bar's line on a terminal, so that what follows starts on its own line. */
    synchronized void finish() {
        if (terminal && lastWidth > 0) {
            out.println();
        }
    }

    /**
     * One line: {@code [#########.....] 45/200 articles (1 failed), 312 claims, 3.2 articles/s, ETA 0:48}; the ETA
     * is unknown ({@code --:--}) until an article is done.
     */
    static String render(int total, int done, int failed, long claims, long elapsedNanos) {
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 ? duration(Math.round((total - done) / rate)) : "--:--";
        return String.format(Locale.ROOT, "[%s%s] %d/%d articles%s, %d claims, %.1f articles/s, ETA %s",
                "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), done, total,
                failed > 0 ? " (" + failed + " failed)" : "", claims, rate, eta);
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour. */
    static String duration(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
