package io.claimdesk.ui.dashboard;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** How the dashboard shows durations: "42 min", "5.5 h", "3.2 days"; a dash when there is none. */
@TemplateExtension
public final class DashboardFormats {

    private DashboardFormats() {
    }

    static String duration(double seconds) {
        if (Double.isNaN(seconds)) {
            return "—";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%.0f min", Math.ceil(seconds / 60));
        }
        if (seconds < 48 * 3600) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.1f days", seconds / 86400);
    }

    static String hours(double hours) {
        return duration(hours * 3600);
    }
}
