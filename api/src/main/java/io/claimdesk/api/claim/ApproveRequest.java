package io.claimdesk.api.claim;

/** An editor's approval, with an optional comment. */
public record ApproveRequest(String comment) {
}
