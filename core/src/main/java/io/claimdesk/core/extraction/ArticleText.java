package io.claimdesk.core.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Extracts the readable text of an article out of its HTML: one paragraph per block, separated by blank lines. */
public final class ArticleText {

    private static final String NOISE = "script, style, noscript, template, nav, header, footer, aside, form, button, "
            + "iframe, svg, figure, [hidden], [aria-hidden=true]";
    private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre",
            "dd", "dt", "td", "th", "figcaption");

    private ArticleText() {
    }

    /** The article's text: headings, paragraphs, list items and quotes, each on its own, blank lines between. */
    public static String fromHtml(String html) {
        Document document = Jsoup.parse(html == null ? "" : html);
        document.select(NOISE).remove();
        Element root = firstOf(document, "article", "main", "[role=main]");
        List<String> paragraphs = new ArrayList<>();
        for (Element block : root.getAllElements()) {
            if (BLOCKS.contains(block.normalName()) && !insideAnotherBlock(block, root)) {
                String text = block.text().strip();
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                }
            }
        }
        if (paragraphs.isEmpty()) {
            // Text straight in <div>s or <body>: keep what there is.
            return root.text().strip();
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * The page's title: the text of its first level-one heading, else its title element; empty
     * when it has neither.
     */
    public static String titleOf(String html) {
        Document document = Jsoup.parse(html == null ? "" : html);
        Element heading = document.selectFirst("h1");
        String title = heading != null && !heading.text().isBlank() ? heading.text() : document.title();
        return title.strip();
    }

    private static Element firstOf(Document document, String... selectors) {
        for (String selector : selectors) {
            Element found = document.selectFirst(selector);
            if (found != null) {
                return found;
            }
        }
        return document.body();
    }

    private static boolean insideAnotherBlock(Element block, Element root) {
        for (Element parent = block.parent(); parent != null && parent != root; parent = parent.parent()) {
            if (BLOCKS.contains(parent.normalName())) {
                return true;
            }
        }
        return false;
    }
}
