package io.claimdesk.core.extraction;

/**
 * Machine-readable reasons behind a check-worthiness score; each one is also a named feature of the scoring model.
 */
public enum Reason {
    /** A figure other than a date: digits, percentages, number words ("1,5 million", "deux"). */
    NUMBER,
    /** A date or time reference: day and month, year, weekday, "il y a deux mois", "last week". */
    DATE,
    /** Capitalised tokens not at a sentence start, or acronyms. */
    NAMED_ENTITY,
    /** The statement is attributed to a source: "selon", "a déclaré", "according to", "said". */
    ATTRIBUTION,
    /** A comparison or superlative: "plus que", "le plus", "more than", "largest". */
    COMPARISON,
    /** A causal link: "parce que", "à cause de", "because", "due to". */
    CAUSAL,
    /** Something that happened: a completed action ("ont libéré", "est arrivé", "launched"). */
    EVENT,
    /** The sentence is a question. */
    QUESTION,
    /** Plans or agenda rather than facts: "devront discuter", "will discuss", "au menu des discussions". */
    AGENDA,
    /** First-person opinion: "je pense", "à mon avis", "I believe". */
    OPINION,
    /** Very few words for a sentence. */
    SHORT_FRAGMENT,
    /** A line without final punctuation (title, subtitle, caption). */
    HEADING,
    /** Not said but taken for granted by a question ("l'erreur que fut X" presupposes X); reported, not weighed. */
    PRESUPPOSED,
    /**
     * Rewritten to stand alone: pronouns and role nouns replaced by the entity they refer to; reported, not weighed.
     */
    DECONTEXTUALISED
}
