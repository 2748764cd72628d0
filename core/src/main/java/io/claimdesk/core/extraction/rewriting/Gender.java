package io.claimdesk.core.extraction.rewriting;

/** The grammatical or usual gender of a mention, as far as the text or a first name shows it. */
enum Gender {

    MALE, FEMALE, UNKNOWN;

    /** Whether a pronoun of one gender may stand for a mention of the other. */
    boolean compatibleWith(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}
