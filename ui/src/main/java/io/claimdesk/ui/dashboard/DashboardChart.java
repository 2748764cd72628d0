package io.claimdesk.ui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.workflow.dashboard.DashboardService.DayCounts;
import io.claimdesk.workflow.dashboard.DashboardService.Throughput;

/**
 * The dashboard's two bar charts as SVG geometry, computed on the server so the page needs no chart library: claims
 * entering each status per day (stacked), and the median hours from extraction to publication per day.
 */
public record DashboardChart(int width, int height, List<Bar> statusBars, List<Bar> timeBars, long maxPerDay,
        double maxHours, List<Tick> ticks) {

    static final int HEIGHT = 160;
    static final int BAR = 14;
    static final int GAP = 4;
    /** Statuses in the order their segments are stacked, bottom up. */
    static final List<ClaimStatus> STACK = List.of(ClaimStatus.EXTRACTED, ClaimStatus.ASSIGNED,
            ClaimStatus.AWAITING_APPROVAL, ClaimStatus.PUBLISHED, ClaimStatus.CORRECTION, ClaimStatus.DISCARDED);

    public static DashboardChart of(Throughput throughput) {
        List<DayCounts> days = throughput.days();
        long maxPerDay = Math.max(1, days.stream().mapToLong(DayCounts::total).max().orElse(1));
        double maxHours = days.stream().mapToDouble(DayCounts::medianSecondsToPublication).filter(v -> !Double.isNaN(v))
                .max().orElse(0) / 3600;
        List<Bar> statusBars = new ArrayList<>();
        List<Bar> timeBars = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            DayCounts day = days.get(i);
            int x = i * (BAR + GAP);
            double base = HEIGHT;
            for (ClaimStatus status : STACK) {
                long count = day.entered(status);
                if (count == 0) {
                    continue;
                }
                double height = (double) HEIGHT * count / maxPerDay;
                base -= height;
                statusBars.add(new Bar(x, round(base), BAR, round(height), status.name().toLowerCase(Locale.ROOT),
                        day.day(), count, status, Double.NaN));
            }
            double seconds = day.medianSecondsToPublication();
            if (!Double.isNaN(seconds) && maxHours > 0) {
                double height = Math.max(1, HEIGHT * (seconds / 3600) / maxHours);
                timeBars.add(new Bar(x, round(HEIGHT - height), BAR, round(height), "time", day.day(),
                        day.published(), null, seconds));
            }
            // Weekly labels, and the last day's unless it would overlap the previous label.
            if (i % 7 == 0 || i == days.size() - 1 && i % 7 >= 4) {
                ticks.add(new Tick(x, day.day().toString().substring(5)));
            }
        }
        return new DashboardChart(Math.max(1, days.size() * (BAR + GAP)), HEIGHT, statusBars, timeBars, maxPerDay,
                maxHours, ticks);
    }

    /** The statuses in the legend and the table, in stacking order. */
    public List<ClaimStatus> legend() {
        return STACK;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /**
     * One rectangle: position, size, CSS class (its colour), and what its tooltip tells: the day, a count of claims (of
     * a status, or published), and for time bars the median seconds to publication.
     */
    public record Bar(double x, double y, double width, double height, String cssClass, LocalDate day, long count,
            ClaimStatus status, double seconds) {
    }

    /** A date label under the bars. */
    public record Tick(double x, String label) {
    }
}
