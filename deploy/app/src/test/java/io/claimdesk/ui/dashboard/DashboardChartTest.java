package io.claimdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.workflow.dashboard.DashboardService.DayCounts;
import io.claimdesk.workflow.dashboard.DashboardService.Throughput;

class DashboardChartTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    void theBusiestDayFillsTheHeightAndSegmentsStackBottomUp() {
        DashboardChart chart = DashboardChart.of(throughput(
                day(DAY, Map.of(ClaimStatus.EXTRACTED, 6L, ClaimStatus.PUBLISHED, 2L), 2, 7200),
                day(DAY.plusDays(1), Map.of(ClaimStatus.EXTRACTED, 2L), 0, Double.NaN)));

        assertThat(chart.maxPerDay()).isEqualTo(8);
        List<DashboardChart.Bar> first = chart.statusBars().stream().filter(b -> b.x() == 0).toList();
        assertThat(first).extracting(DashboardChart.Bar::cssClass).containsExactly("extracted", "published");
        assertThat(first.get(0).height() + first.get(1).height()).isEqualTo(DashboardChart.HEIGHT);
        assertThat(first.get(1).y()).isZero();
        DashboardChart.Bar second = chart.statusBars().get(2);
        assertThat(second.x()).isEqualTo(DashboardChart.BAR + DashboardChart.GAP);
        assertThat(second.height()).isEqualTo(DashboardChart.HEIGHT / 4.0);
    }

    @Test
    void daysWithoutPublicationHaveNoTimeBar() {
        DashboardChart chart = DashboardChart.of(throughput(day(DAY, Map.of(), 0, Double.NaN),
                day(DAY.plusDays(1), Map.of(ClaimStatus.PUBLISHED, 1L), 1, 1800)));
        assertThat(chart.timeBars()).hasSize(1);
        assertThat(chart.timeBars().get(0).height()).isEqualTo(DashboardChart.HEIGHT);
        assertThat(chart.timeBars().get(0).seconds()).isEqualTo(1800);
        assertThat(chart.timeBars().get(0).count()).isEqualTo(1);
    }

    @Test
    void durationsReadAsMinutesHoursOrDays() {
        assertThat(DashboardFormats.duration(61, Locale.ENGLISH)).isEqualTo("2 min");
        assertThat(DashboardFormats.duration(5.5 * 3600, Locale.ENGLISH)).isEqualTo("5.5 h");
        assertThat(DashboardFormats.duration(5.5 * 3600, Locale.FRENCH)).isEqualTo("5,5 h");
        assertThat(DashboardFormats.duration(3 * 86400, Locale.ENGLISH)).isEqualTo("3.0 days");
        assertThat(DashboardFormats.duration(3 * 86400, Locale.FRENCH)).isEqualTo("3,0 jours");
        assertThat(DashboardFormats.duration(Double.NaN, Locale.ENGLISH)).isEqualTo("—");
    }

    private static Throughput throughput(DayCounts... days) {
        return new Throughput(days[0].day(), days[days.length - 1].day(), List.of(days), 0, Double.NaN, Double.NaN);
    }

    private static DayCounts day(LocalDate day, Map<ClaimStatus, Long> entered, long published, double median) {
        Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
        counts.putAll(entered);
        return new DayCounts(day, counts, published, median);
    }
}
