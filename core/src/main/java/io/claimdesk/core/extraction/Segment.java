package io.claimdesk.core.extraction;

/**
 * A sentence-like span {@code [start, end)} of a text, trimmed; {@code heading} when it is a line without final
 * punctuation (title, subtitle, byline, caption).
 */
public record Segment(int start, int end, boolean heading) {

    /** The segment's text, as it stands in the original. */
    public String textIn(String text) {
        return text.substring(start, end);
    }
}
