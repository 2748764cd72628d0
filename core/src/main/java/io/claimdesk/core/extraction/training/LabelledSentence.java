package io.claimdesk.core.extraction.training;

/** One sentence of a labelled check-worthiness set: its id, its text and whether annotators judged it check-worthy. */
public record LabelledSentence(String id, String text, boolean checkWorthy) {
}
