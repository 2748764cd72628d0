package io.claimdesk.core.extraction.analysis;

/**
 * One word of a parsed sentence: its form, lower-case lemma (the form itself where the language model gives none), its
 * universal part of speech and the tagger's own tag, its named-entity class ({@code PERSON}, {@code LOCATION},
 * {@code ORGANIZATION}, {@code MISC} or {@code O}), its head in the basic Universal Dependencies tree (an index into
 * the
 * sentence, -1 for the root) with the relation to it, and its {@code [start, end)} span in the article text.
 *
 * <p>
 * French contractions are two words over one span ("du" is "de" + "le", both at the span of "du").
 */
public record Word(int index, String form, String lemma, String pos, String tag, String entity, int head,
        String relation, int start, int end) {

    /** True for a relation or one of its subtypes: {@code is("obl")} holds for {@code obl:mod}. */
    public boolean is(String relationName) {
        return relation.equals(relationName) || relation.startsWith(relationName + ":");
    }

    public boolean isRoot() {
        return head < 0;
    }

    /** A verb, or an auxiliary heading its own clause. */
    public boolean isVerb() {
        return pos.equals("VERB") || pos.equals("AUX");
    }

    public boolean isNamedEntity() {
        return !entity.equals("O");
    }

    public boolean isPunctuation() {
        return pos.equals("PUNCT");
    }
}
