package io.claimdesk.core.extraction;

/** Splits an article into scored candidate claims; the built-in engine is {@link BuiltInClaimExtractor}. */
public interface ClaimExtractor {

    /**
     * The claims of a text, in document order, each with its span in {@code text}.
     *
     * @param languageHint
     *            an ISO 639-1 code, or null to detect the language
     */
    Extraction extract(String text, String languageHint);
}
