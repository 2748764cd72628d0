package io.claimdesk.core.extraction;

import java.util.List;

/** The result of extracting claims from one article: its language and its candidate claims in document order. */
public record Extraction(String language, List<CandidateClaim> claims) {

    public Extraction {
        claims = List.copyOf(claims);
    }
}
