package io.claimdesk.workflow.reviewer;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.RefusalMessage;
import io.claimdesk.workflow.ServiceUnavailableException;

/** Reads reviewers from Keycloak through the admin client: users holding the reviewer realm role. */
@ApplicationScoped
public class KeycloakReviewerDirectory implements ReviewerDirectory {

    private static final Logger LOG = Logger.getLogger(KeycloakReviewerDirectory.class);
    private static final int MAX_REVIEWERS = 10_000;

    @Inject
    Keycloak keycloak;

    @Inject
    ReviewerDirectoryConfig config;

    private volatile Snapshot snapshot;

    private record Snapshot(List<Reviewer> reviewers, Instant readAt) {
    }

    @Override
    public List<Reviewer> reviewers() {
        Snapshot current = snapshot;
        if (current != null && current.readAt().plus(config.cacheTtl()).isAfter(Instant.now())) {
            return current.reviewers();
        }
        List<Reviewer> fresh = readFromKeycloak();
        snapshot = new Snapshot(fresh, Instant.now());
        return fresh;
    }

    private List<Reviewer> readFromKeycloak() {
        try {
            return keycloak.realm(config.realm()).roles().get(config.role())
                    .getUserMembers(false, 0, MAX_REVIEWERS).stream()
                    .filter(u -> !Boolean.FALSE.equals(u.isEnabled()))
                    .map(KeycloakReviewerDirectory::toReviewer)
                    .sorted(Comparator.comparing(Reviewer::username))
                    .toList();
        } catch (RuntimeException e) {
            // Admin-client failures (connection refused, 401, 404) must not reach clients raw.
            LOG.warnf("Reading reviewers from Keycloak failed: %s", e.toString());
            throw new ServiceUnavailableException("Keycloak", RefusalMessage.of(Refusal.REVIEWERS_UNREACHABLE), e);
        }
    }

    private static Reviewer toReviewer(UserRepresentation user) {
        String name = String.join(" ", List.of(nullToEmpty(user.getFirstName()), nullToEmpty(user.getLastName())))
                .strip();
        Map<String, List<String>> attributes = user.getAttributes() == null ? Map.of() : user.getAttributes();
        return new Reviewer(user.getUsername(), name.isEmpty() ? user.getUsername() : name, user.getEmail(),
                attributes.getOrDefault("languages", List.of()), attributes.getOrDefault("topics", List.of()));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
