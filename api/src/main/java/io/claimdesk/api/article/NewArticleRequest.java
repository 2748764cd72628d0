package io.claimdesk.api.article;

/** An article to check: a title and either text or html; url and language (ISO 639-1) are optional. */
public record NewArticleRequest(String title, String text, String html, String url, String language) {
}
