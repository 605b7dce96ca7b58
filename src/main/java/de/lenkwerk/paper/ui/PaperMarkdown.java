package de.lenkwerk.paper.ui;

import com.vaadin.flow.component.Html;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A section's Markdown as HTML. Raw HTML in the text is escaped, not passed through, and link targets such as
 * {@code javascript:} are removed, so whatever a secretariat types cannot run in a reader's browser.
 */
final class PaperMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private PaperMarkdown() {
    }

    static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    static Html component(String markdown) {
        return new Html("<div class=\"lw-markdown\">" + toHtml(markdown) + "</div>");
    }
}
