package io.claimdesk.ui.layout;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.verdict.Rating;
import io.quarkus.qute.TemplateExtension;

/** How pages show times, scores and long texts. */
@TemplateExtension
public final class PageFormats {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TIME_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .withZone(ZoneOffset.UTC);

    private PageFormats() {
    }

    /** "5 min", "3 h", "2 d": how long ago, coarse enough to read at a glance. */
    static String age(Instant instant) {
        if (instant == null) {
            return "";
        }
        long minutes = Math.max(0, Duration.between(instant, Instant.now()).toMinutes());
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 48 * 60) {
            return minutes / 60 + " h";
        }
        return minutes / (24 * 60) + " d";
    }

    static String timestamp(Instant instant) {
        return instant == null ? "" : TIMESTAMP.format(instant);
    }

    /** The value of a datetime-local input, in UTC like every time the pages show. */
    static String dateTimeInput(Instant instant) {
        return instant == null ? "" : DATE_TIME_INPUT.format(instant);
    }

    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** A check-worthiness score as a percentage. */
    static String percent(double score) {
        return String.format(Locale.ROOT, "%.0f%%", score * 100);
    }

    /** The UTC day (YYYY-MM-DD) of an ISO-8601 instant the search index stores as text. */
    static String day(String instant) {
        return instant == null || instant.length() < 10 ? instant : instant.substring(0, 10);
    }

    /** At most max characters, cut at a word boundary when one is near. */
    static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return (cut > max * 2 / 3 ? text.substring(0, cut) : text.substring(0, max)) + "…";
    }

    /** A status as words: AWAITING_APPROVAL → "Awaiting approval". */
    static String label(ClaimStatus status) {
        if (status == null) {
            return "";
        }
        String words = status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The CSS class of a status: AWAITING_APPROVAL → "status-awaiting-approval". */
    static String cssClass(ClaimStatus status) {
        return status == null ? "" : "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The CSS class of a rating: MOSTLY_FALSE → "rating-mostly-false". */
    static String cssClass(Rating rating) {
        return rating == null ? "" : "rating-" + rating.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The CSS class of a rating given by name, as the search index stores it. */
    static String ratingClass(String rating) {
        return rating == null ? "" : "rating-" + rating.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A value as a URL query parameter (the template then HTML-escapes the result as usual). */
    static String urlEncoded(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** Whether a user-supplied URL may become a link: http(s) only, never javascript: or data:. */
    static boolean isHttp(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Every rating, for the verdict form's choice: {@code ratings:all}. */
    @TemplateExtension(namespace = "ratings")
    static Rating[] all() {
        return Rating.values();
    }

    /** A history action as words: SUBMIT_VERDICT → "submit verdict". */
    static String words(String action) {
        return action == null ? "" : action.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
