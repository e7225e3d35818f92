package fr.centressociaux.portail.shared;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown written by staff (agendas, minutes, training programmes) shown as HTML. Raw HTML in the
 * text is escaped by the renderer, and the result still goes through an allow-list sanitizer: what
 * one person types is shown to many, so nothing in it may run or load anything.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("a", "ul", "ol", "li", "pre", "code", "hr", "br")
                    .allowUrlProtocols("https", "http", "mailto").allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("noopener", "noreferrer", "nofollow").toFactory());

    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private Markdown() {
    }

    public static String toSafeHtml(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)));
    }

    /** The same text without its markup, for the plain-text part of a mail (links keep their address). */
    public static String toPlainText(String markdown) {
        return TEXT.render(PARSER.parse(markdown == null ? "" : markdown));
    }
}
