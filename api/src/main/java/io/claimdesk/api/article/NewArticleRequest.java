package io.claimdesk.api.article;

import java.util.List;

/**
 * An article to check: a title and either text or html; url, language (ISO 639-1), topics (inherited by its claims
 * for topic-matched assignment) and team (the desk publishing its verdicts, else the configured publisher) are
 * optional.
 */
public record NewArticleRequest(String title, String text, String html, String url, String language,
        List<String> topics, String team) {
}
