package io.claimdesk.api.reviewer;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.claimdesk.core.claim.ClaimRepository;
import io.claimdesk.workflow.reviewer.ReviewerDirectory;
import io.quarkus.security.Authenticated;

/** The reviewers Keycloak knows, with their languages, topics and how many open claims each holds. */
@Path("/api/v1/reviewers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReviewerResource {

    @Inject
    ReviewerDirectory directory;

    @Inject
    ClaimRepository claims;

    @GET
    public List<ReviewerView> list() {
        Map<String, Long> load = claims.openLoadByAssignee();
        return directory.reviewers().stream()
                .map(r -> new ReviewerView(r.username(), r.displayName(), r.languages(), r.topics(),
                        load.getOrDefault(r.username(), 0L)))
                .toList();
    }
}
