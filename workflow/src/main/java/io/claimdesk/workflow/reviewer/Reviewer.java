package io.claimdesk.workflow.reviewer;

import java.util.List;

/** A user who may review claims, as the directory knows them. */
public record Reviewer(String username, String displayName, String email, List<String> languages,
        List<String> topics) {
}
