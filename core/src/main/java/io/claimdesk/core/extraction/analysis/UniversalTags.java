package io.claimdesk.core.extraction.analysis;

/** Maps the English tagger's Penn Treebank tags to Universal Dependencies parts of speech, as French already uses. */
final class UniversalTags {

    private UniversalTags() {
    }

    /** The universal part of speech of a Penn Treebank tag; the relation tells auxiliaries and conjunctions apart. */
    static String fromPennTreebank(String tag, String relation) {
        if (tag.startsWith("VB")) {
            return relation.startsWith("aux") || relation.equals("cop") ? "AUX" : "VERB";
        }
        if (tag.startsWith("NNP")) {
            return "PROPN";
        }
        if (tag.startsWith("NN")) {
            return "NOUN";
        }
        if (tag.startsWith("JJ")) {
            return "ADJ";
        }
        if (tag.startsWith("RB") || tag.equals("WRB")) {
            return "ADV";
        }
        return switch (tag) {
            case "MD" -> "AUX";
            case "PRP", "PRP$", "WP", "WP$", "EX" -> "PRON";
            case "DT", "PDT", "WDT" -> "DET";
            case "IN" -> relation.equals("mark") ? "SCONJ" : "ADP";
            case "CC" -> "CCONJ";
            case "CD" -> "NUM";
            case "POS", "TO" -> "PART";
            case "RP" -> "ADP";
            case "UH" -> "INTJ";
            case "$", "#", "SYM" -> "SYM";
            case ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP" -> "PUNCT";
            default -> "X";
        };
    }
}
