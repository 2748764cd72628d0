package io.claimdesk.ui.dashboard;

import java.text.NumberFormat;
import java.util.Locale;

import io.claimdesk.ui.language.PageLocale;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;

/** How the dashboard shows durations in the page's language: "42 min", "5.5 h", "3.2 days"; a dash for none. */
@TemplateExtension
public final class DashboardFormats {

    private DashboardFormats() {
    }

    static String duration(double seconds, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return duration(seconds, PageLocale.of(locale));
    }

    static String hours(double hours, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return duration(hours * 3600, PageLocale.of(locale));
    }

    static String duration(double seconds, Locale locale) {
        if (Double.isNaN(seconds)) {
            return "—";
        }
        boolean french = locale.getLanguage().equals("fr");
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        number.setMinimumFractionDigits(1);
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%.0f min", Math.ceil(seconds / 60));
        }
        if (seconds < 48 * 3600) {
            return number.format(seconds / 3600) + " h";
        }
        return number.format(seconds / 86400) + (french ? " jours" : " days");
    }
}
