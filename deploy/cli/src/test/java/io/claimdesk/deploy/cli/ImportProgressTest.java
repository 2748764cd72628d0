package io.claimdesk.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ImportProgressTest {

    static final long SECOND = 1_000_000_000L;

    @Test
    void theBarShowsDoneOverTotalClaimsRateAndTimeLeft() {
        assertEquals("[###############...............] 50/100 articles, 420 claims, 5.0 articles/s, ETA 0:10",
                ImportProgress.render(100, 50, 0, 420, 10 * SECOND));
    }

    @Test
    void failuresAreCountedAndTheTimeLeftIsUnknownBeforeTheFirstArticle() {
        assertEquals("[..............................] 0/3 articles, 0 claims, 0.0 articles/s, ETA --:--",
                ImportProgress.render(3, 0, 0, 0, SECOND));
        assertEquals("[##############################] 3/3 articles (1 failed), 7 claims, 1.5 articles/s, ETA 0:00",
                ImportProgress.render(3, 3, 1, 7, 2 * SECOND));
    }

    @Test
    void longWaitsAreWrittenWithHours() {
        assertEquals("1:01:05", ImportProgress.duration(3665));
        assertEquals("9:59", ImportProgress.duration(599));
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndEndedWithANewLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImportProgress progress = new ImportProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, 20, 0);
        progress.update(1, 0, 12, SECOND);
        progress.update(2, 1, 12, 2 * SECOND);
        progress.finish();

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("\r[#"), out);
        assertEquals(2, out.chars().filter(c -> c == '\r').count(), out);
        assertEquals(1, out.chars().filter(c -> c == '\n').count(), out);
        assertTrue(out.endsWith("\n"), out);
        // The second line is longer ("(1 failed)"): nothing of the first one stays behind it.
        assertTrue(out.contains("2/20 articles (1 failed)"), out);
    }

    @Test
    void elsewhereALineIsPrintedEveryFewSecondsWithoutCarriageReturns() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImportProgress progress = new ImportProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, 100,
                0);
        for (int done = 1; done <= 100; done++) {
            // One article every 120 ms: 12 s in all, hence a line at 5 s and one at 10 s.
            progress.update(done, 0, done * 3L, done * SECOND * 12 / 100);
        }
        progress.finish();

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(out.contains("\r"), out);
        assertEquals(2, out.lines().count(), out);
        assertTrue(out.lines().allMatch(line -> line.startsWith("[")), out);
    }
}
