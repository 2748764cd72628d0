package io.claimdesk.api.article;

import java.util.List;

/** A claim to add by hand: its span in the article text; the text defaults to the span's, topics to the article's. */
public record NewClaimRequest(Integer start, Integer end, String text, List<String> topics) {
}
