package io.claimdesk.api.claim;

import java.util.List;

/** A new text and/or new topics for a claim; what is absent stays as it is. */
public record EditRequest(String text, List<String> topics) {
}
