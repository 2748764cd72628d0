package io.claimdesk.api.claim;

/** A reason: required to reject a verdict or discard a claim, optional to unassign. */
public record ReasonRequest(String reason) {
}
