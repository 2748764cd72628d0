package io.claimdesk.api.matching;

/** A text to look for among published verdicts. */
public record LookupRequest(String text) {
}
