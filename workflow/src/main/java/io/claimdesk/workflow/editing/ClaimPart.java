package io.claimdesk.workflow.editing;

/**
 * The text of a claim the team writes (one part of a split, a merge, an added claim), with the span of the article it
 * comes from; a null span means "the span of the claim it replaces".
 */
public record ClaimPart(String text, Integer start, Integer end) {
}
