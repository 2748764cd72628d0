package io.claimdesk.api.matching;

import java.util.List;

/** A claim's matches; {@code pending} while it waits to be matched (again). */
public record MatchesView(boolean pending, List<ClaimMatchView> matches) {
}
