package io.claimdesk.ui.dashboard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The dashboard's texts, in English; {@code messages/dash_fr.properties} holds the French. */
@MessageBundle(DashboardMessages.NAME)
public interface DashboardMessages {

    /** The namespace in templates and the prefix of the localized file. */
    String NAME = "dash";

    @Message("Dashboard")
    String title();

    @Message("Days shown")
    String daysShown();

    @Message("Show")
    String show();

    @Message("From {first} to {last} (UTC days), read from every claim's history.")
    String period(String first, String last);

    @Message("Time from extraction to publication")
    String timeHeading();

    @Message("Claims published")
    String published();

    @Message("Median")
    String median();

    @Message("90th percentile")
    String p90();

    @Message("No claim was published in this period.")
    String nonePublished();

    @Message("Median time to publication per day, up to {longest}")
    String timeChartTitle(String longest);

    @Message("{day}: median {duration} over {count} published")
    String timeBarTitle(String day, String duration, long count);

    @Message("Median time from extraction to first publication, by day of publication (tallest bar: {longest}).")
    String timeCaption(String longest);

    @Message("Claims per day by status")
    String flowHeading();

    @Message("Claims entering each status per day, up to {most} a day")
    String flowChartTitle(long most);

    @Message("The same figures as a table")
    String asTable();

    @Message("Day")
    String day();

    @Message("Published (first time)")
    String publishedFirstTime();

    @Message("Median time")
    String medianTime();
}
