package io.claimdesk.deploy.stack;

import java.time.Duration;
import java.util.Locale;

/** Short progress lines of the local stack on standard output. */
public final class StackConsole {

    private StackConsole() {
    }

    /** Prints one progress line. */
    public static void say(String message) {
        System.out.println("[claimdesk] " + message);
        System.out.flush();
    }

    /** Formats a duration as seconds with one decimal. */
    public static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
