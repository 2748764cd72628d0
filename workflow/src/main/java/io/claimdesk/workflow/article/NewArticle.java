package io.claimdesk.workflow.article;

import java.util.List;

/**
 * An article as submitted: a title and either plain text or HTML; url, language, topics and team (the desk publishing
 * its verdicts) are optional.
 */
public record NewArticle(String title, String text, String html, String url, String language, List<String> topics,
        String team) {
}
