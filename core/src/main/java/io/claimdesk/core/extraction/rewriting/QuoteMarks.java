package io.claimdesk.core.extraction.rewriting;

/**
 * The quotation marks as the tokenizers give them: those that say whether they open (« “ ``) or close (» ” '' ’’),
 * and the straight quote, which says neither.
 */
final class QuoteMarks {

    private QuoteMarks() {
    }

    static boolean opens(String form) {
        return form.equals("«") || form.equals("“") || form.equals("``");
    }

    static boolean closes(String form) {
        return form.equals("»") || form.equals("”") || form.equals("''") || form.equals("’’");
    }

    static boolean isStraight(String form) {
        return form.equals("\"");
    }
}
