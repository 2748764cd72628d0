package io.claimdesk.ui.layout;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.claimdesk.core.claim.ClaimOrigin;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.core.verdict.Rating;
import io.claimdesk.ui.language.EnumLabels;
import io.claimdesk.ui.language.PageLocale;
import io.claimdesk.ui.language.UiLabels;
import io.claimdesk.workflow.bulk.BulkAction;
import io.claimdesk.workflow.review.ClaimAction;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;

/**
 * How pages show times, numbers, statuses, ratings and long texts, in the page's language (the template's "locale"
 * attribute, see PageLocale).
 */
@TemplateExtension
public final class PageFormats {

    // Formatters are immutable and thread-safe; one per locale and pattern is enough.
    private static final Map<Locale, DateTimeFormatter> TIMESTAMPS = new ConcurrentHashMap<>();
    private static final Map<Locale, DateTimeFormatter> DATES = new ConcurrentHashMap<>();
    private static final DateTimeFormatter DATE_TIME_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .withZone(ZoneOffset.UTC);

    private PageFormats() {
    }

    /** "5 min", "3 h", "2 d": how long ago, coarse enough to read at a glance. */
    static String age(Instant instant, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        if (instant == null) {
            return "";
        }
        UiLabels msg = labels(locale);
        long minutes = Math.max(0, Duration.between(instant, Instant.now()).toMinutes());
        if (minutes < 60) {
            return msg.ageMinutes(minutes);
        }
        if (minutes < 48 * 60) {
            return msg.ageHours(minutes / 60);
        }
        return msg.ageDays(minutes / (24 * 60));
    }

    /** Day, month and time in the page's language, always in UTC like the deadline inputs. */
    static String timestamp(Instant instant, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        if (instant == null) {
            return "";
        }
        Locale l = PageLocale.of(locale);
        return TIMESTAMPS.computeIfAbsent(l,
                key -> DateTimeFormatter.ofPattern(PageLocale.labels(key).timestampPattern(), key)
                        .withZone(ZoneOffset.UTC))
                .format(instant);
    }

    /** An ISO-8601 instant stored as text (the search index's), shown like {@link #timestamp}. */
    static String instantText(String instant, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        try {
            return instant == null ? "" : timestamp(Instant.parse(instant), locale);
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    /** The value of a datetime-local input, in UTC like every time the pages show. */
    static String dateTimeInput(Instant instant) {
        return instant == null ? "" : DATE_TIME_INPUT.format(instant);
    }

    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** A score as a whole percentage: "74%" in English, "74 %" in French. */
    static String percent(double score, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        NumberFormat format = NumberFormat.getPercentInstance(PageLocale.of(locale));
        format.setMaximumFractionDigits(0);
        return format.format(score);
    }

    /** A count with the page language's digit grouping ("12,345", "12 345"). */
    static String number(long value, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return NumberFormat.getIntegerInstance(PageLocale.of(locale)).format(value);
    }

    static String number(int value, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return number((long) value, locale);
    }

    /** The UTC day of an ISO-8601 instant the search index stores as text, in the page's language. */
    static String day(String instant, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        if (instant == null || instant.length() < 10) {
            return instant;
        }
        try {
            Locale l = PageLocale.of(locale);
            return DATES
                    .computeIfAbsent(l, key -> DateTimeFormatter.ofPattern(PageLocale.labels(key).datePattern(), key))
                    .format(LocalDate.parse(instant.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return instant.substring(0, 10);
        }
    }

    /** At most max characters, cut at a word boundary when one is near. */
    static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return (cut > max * 2 / 3 ? text.substring(0, cut) : text.substring(0, max)) + "…";
    }

    /** A status in the page's language: AWAITING_APPROVAL → "Awaiting approval", "En attente d'approbation". */
    static String label(ClaimStatus status, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        if (status == null) {
            return "";
        }
        return EnumLabels.of(status, labels(locale));
    }

    /** A rating in the page's language; core's Rating.label() stays the English ClaimReview name. */
    static String label(Rating rating, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        if (rating == null) {
            return "";
        }
        return EnumLabels.of(rating, labels(locale));
    }

    /** A rating given by name, as the search index stores it; an unknown name is shown as it is. */
    static String ratingName(String rating, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        Rating known = enumConstant(Rating.class, rating);
        return known == null ? rating : label(known, locale);
    }

    /** How a claim came to be, in the page's language. */
    static String label(ClaimOrigin origin, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        if (origin == null) {
            return "";
        }
        return EnumLabels.of(origin, labels(locale));
    }

    /** A history action (a ClaimAction name) as words: SUBMIT_VERDICT → "submit verdict", "verdict soumis". */
    static String actionWords(String action, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        ClaimAction known = enumConstant(ClaimAction.class, action);
        if (known == null) {
            return action == null ? "" : action.toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        return EnumLabels.of(known, labels(locale));
    }

    /** A bulk action as words; each is the claim action of the same name. */
    static String actionWords(BulkAction action, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return action == null ? "" : actionWords(action.name(), locale);
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

    private static UiLabels labels(Object locale) {
        return PageLocale.labels(PageLocale.of(locale));
    }

    private static <E extends Enum<E>> E enumConstant(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
