package io.claimdesk.api.claim;

/** Reopen a published verdict: the correction note (required) and who corrects it (default: its reviewer). */
public record ReopenRequest(String note, String reviewer) {
}
