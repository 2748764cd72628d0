package io.claimdesk.ui.dashboard;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import io.claimdesk.ui.language.PageLocale;
import io.claimdesk.ui.layout.ActionResponses;
import io.claimdesk.workflow.WorkflowException;
import io.claimdesk.workflow.dashboard.DashboardService;
import io.claimdesk.workflow.dashboard.DashboardService.Throughput;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The dashboard: claims per day by status and the time from extraction to publication, over the last days. */
@Path("/app/dashboard")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {

    static final int DEFAULT_DAYS = 30;
    /** The periods the page offers; any other from 1 to DashboardService.MAX_DAYS works in the URL. */
    static final List<Integer> PERIODS = List.of(7, 30, 90, 365);

    @Inject
    DashboardService dashboard;

    @Inject
    PageLocale pageLocale;

    @CheckedTemplate
    public static class Templates {

        public static native TemplateInstance dashboard(Throughput throughput, DashboardChart chart, int days,
                List<Integer> periods);
    }

    @GET
    public Response dashboard(@RestQuery Integer days) {
        int period = days == null ? DEFAULT_DAYS : days;
        try {
            Throughput throughput = dashboard.throughput(period);
            return ActionResponses.page(200, Templates.dashboard(throughput, DashboardChart.of(throughput), period,
                    PERIODS));
        } catch (WorkflowException e) {
            return ActionResponses.page(ActionResponses.status(e),
                    ActionResponses.Templates.refusal("Dashboard", pageLocale.refusal(e)));
        }
    }
}
