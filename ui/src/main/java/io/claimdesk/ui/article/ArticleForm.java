package io.claimdesk.ui.article;

/** What the submit form holds, kept to fill the form in again when the submission is refused. */
public record ArticleForm(String title, String text, String url, String language, String team, String topics) {

    public static final ArticleForm EMPTY = new ArticleForm("", "", "", "auto", "", "");

    /** The language hint the service expects: none when the form says "auto". */
    public String languageHint() {
        return language == null || language.isBlank() || "auto".equals(language) ? null : language;
    }
}
