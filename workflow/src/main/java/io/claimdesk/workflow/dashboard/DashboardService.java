package io.claimdesk.workflow.dashboard;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.WorkflowException;

/**
 * The newsroom's throughput, read from the claims' history: how many claims entered each status per day, and how long
 * claims took from extraction to publication, by day of publication (UTC days).
 */
@ApplicationScoped
public class DashboardService {

    /** The longest period one dashboard covers. */
    public static final int MAX_DAYS = 366;

    @Inject
    EntityManager entityManager;

    public Throughput throughput(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw WorkflowException.invalid(Refusal.DASHBOARD_DAYS, MAX_DAYS, days);
        }
        LocalDate last = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = last.minusDays(days - 1L);
        Instant since = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<LocalDate, DayCounts> byDay = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            byDay.put(day, new DayCounts(day, new EnumMap<>(ClaimStatus.class), 0, Double.NaN));
        }
        for (Object[] row : entries(since)) {
            DayCounts day = byDay.get(day(row[0]));
            if (day != null) {
                day.entered().put(ClaimStatus.valueOf((String) row[1]), ((Number) row[2]).longValue());
            }
        }
        long published = 0;
        double median = Double.NaN;
        double p90 = Double.NaN;
        for (Object[] row : publicationTimes(since)) {
            long count = ((Number) row[1]).longValue();
            if (row[0] == null) {
                // The grouping set over the whole period.
                published = count;
                median = count == 0 ? Double.NaN : ((Number) row[2]).doubleValue();
                p90 = count == 0 ? Double.NaN : ((Number) row[3]).doubleValue();
                continue;
            }
            LocalDate date = day(row[0]);
            DayCounts day = byDay.get(date);
            if (day != null) {
                byDay.put(date, new DayCounts(date, day.entered(), count, ((Number) row[2]).doubleValue()));
            }
        }
        return new Throughput(first, last, new ArrayList<>(byDay.values()), published, median, p90);
    }

    // Depending on the driver's mapping a SQL date arrives as java.sql.Date or LocalDate.
    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    // Each step into a status (a first step, or a change of status) counts once for that status and day.
    @SuppressWarnings("unchecked")
    private List<Object[]> entries(Instant since) {
        return entityManager.createNativeQuery("SELECT CAST(at AT TIME ZONE 'UTC' AS date), to_status, count(*)"
                + " FROM claim_event WHERE at >= :since AND (from_status IS NULL OR from_status <> to_status)"
                + " GROUP BY 1, 2").setParameter("since", since).getResultList();
    }

    // A claim's first approval is its publication; corrections are not counted again.
    private static final String FIRST_PUBLICATIONS = "SELECT e.claim_id, min(e.at) AS published_at, c.created_at"
            + " FROM claim_event e JOIN claim c ON c.id = e.claim_id WHERE e.action = 'APPROVE'"
            + " GROUP BY e.claim_id, c.created_at HAVING min(e.at) >= :since";

    // Per day of publication and, in the row whose day is null, over the whole period: one pass over the approvals.
    @SuppressWarnings("unchecked")
    private List<Object[]> publicationTimes(Instant since) {
        return entityManager.createNativeQuery("SELECT CAST(published_at AT TIME ZONE 'UTC' AS date), count(*),"
                + " percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM published_at - created_at)),"
                + " percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM published_at - created_at))"
                + " FROM (" + FIRST_PUBLICATIONS + ") p"
                + " GROUP BY GROUPING SETS ((CAST(published_at AT TIME ZONE 'UTC' AS date)), ())")
                .setParameter("since", since).getResultList();
    }

    /** One day: claims that entered each status, and the claims first published that day with their median time. */
    public record DayCounts(LocalDate day, Map<ClaimStatus, Long> entered, long published,
            double medianSecondsToPublication) {

        public long entered(ClaimStatus status) {
            return entered.getOrDefault(status, 0L);
        }

        public long total() {
            return entered.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The period's days, and over the whole period the claims published and their median and 90th percentile. */
    public record Throughput(LocalDate first, LocalDate last, List<DayCounts> days, long published,
            double medianSecondsToPublication, double p90SecondsToPublication) {
    }
}
