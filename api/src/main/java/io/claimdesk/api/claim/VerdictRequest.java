package io.claimdesk.api.claim;

import java.util.List;

/** A reviewer's verdict: rating (TRUE … UNVERIFIABLE), explanation, source URLs. */
public record VerdictRequest(String rating, String explanation, List<String> sources) {
}
