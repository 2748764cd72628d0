package io.claimdesk.core.extraction.rewriting;

/**
 * One claim cut out of a sentence before its references are resolved: its draft, the word heading its predicate, and
 * the reporting verb that frames it ("a déclaré", "said"), or -1 when nobody is reported as saying it.
 */
record Clause(ClaimDraft draft, int predicate, int reportingVerb) {

    Clause withDraft(ClaimDraft next) {
        return new Clause(next, predicate, reportingVerb);
    }
}
