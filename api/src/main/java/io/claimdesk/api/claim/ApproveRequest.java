package io.claimdesk.api.claim;

/** An editor's approval (of a verdict or a correction), or a restore, with an optional comment. */
public record ApproveRequest(String comment) {
}
