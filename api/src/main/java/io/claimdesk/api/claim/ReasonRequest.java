package io.claimdesk.api.claim;

/** A reason, required to reject a verdict or discard a claim. */
public record ReasonRequest(String reason) {
}
