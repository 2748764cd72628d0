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
    DECONTEXTUALISED,
    /** A forecast, promise or plan stated as what will or would happen ("va augmenter", "will reach"). */
    PREDICTION,
    /** A dateline, byline or date line ("PARIS (AFP) -", "Publié le 3 mars"). */
    DATELINE,
    /** An invitation to read, watch or follow ("Lire aussi", "Watch the video"). */
    TEASER,
    /**
     * Not presented as a claim: the other reasons say what it is (question, opinion, prediction, agenda, heading,
     * dateline, teaser); its score is kept low. Reported, not weighed.
     */
    NOT_A_CLAIM,
    /**
     * Cut out of a longer sentence along its tree: a coordinated clause, one figure of a list, a non-restrictive
     * relative clause. Reported, not weighed.
     */
    SPLIT,
    /**
     * A reference (pronoun, demonstrative, definite description) the engine could not resolve safely: the claim must be
     * read with its source sentence. Reported, not weighed.
     */
    UNRESOLVED_REFERENCE,
    /** The engine was not sure a rewrite would stay faithful and kept the source as written. Reported, not weighed. */
    KEPT_AS_WRITTEN,
    /** A relative date ("mardi", "yesterday") dated from the article's own date. Reported, not weighed. */
    DATE_ANCHORED
}
