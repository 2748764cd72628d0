package io.claimdesk.core.extraction.analysis;

import java.util.List;

/** An article after linguistic analysis: its language, its text and its sentences in document order. */
public record ParsedText(String language, String text, List<ParsedSentence> sentences) {

    public ParsedText {
        sentences = List.copyOf(sentences);
    }
}
