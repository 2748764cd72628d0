package io.claimdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTextTest {

    private static final String PAGE = """
            <html><head><title>Haftar</title><script>var x = "<p>no</p>";</script></head>
            <body>
              <nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
              <article>
                <h1>Haftar à Moscou</h1>
                <p>Le général est arrivé <b>dimanche</b> soir à Moscou.</p>
                <figure><img src="a.jpg"><figcaption>Photo AFP</figcaption></figure>
                <blockquote><p>« Nous renforcerons nos relations », a-t-il dit.</p></blockquote>
                <ul><li>Premier point</li><li>Second point</li></ul>
              </article>
              <footer>© Journal</footer>
            </body></html>
            """;

    @Test
    void keepsArticleBlocksInOrderSeparatedByBlankLines() {
        assertThat(ArticleText.fromHtml(PAGE)).isEqualTo("""
                Haftar à Moscou

                Le général est arrivé dimanche soir à Moscou.

                « Nous renforcerons nos relations », a-t-il dit.

                Premier point

                Second point""");
    }

    @Test
    void fallsBackToBodyTextWithoutBlocks() {
        assertThat(ArticleText.fromHtml("<div>Texte <span>brut</span></div>")).isEqualTo("Texte brut");
        assertThat(ArticleText.fromHtml(null)).isEmpty();
    }
}
