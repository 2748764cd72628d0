package io.claimdesk.workflow.article;

/** An article as submitted: a title and either plain text or HTML; url and language are optional. */
public record NewArticle(String title, String text, String html, String url, String language) {
}
