package fr.centressociaux.portail.newsletter;

import java.util.List;

import fr.centressociaux.portail.mail.MailSettings;
import fr.centressociaux.portail.shared.Markdown;
import fr.centressociaux.portail.shared.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders an issue as the mail people receive: a single-column table layout with inline styles
 * (what mail programs render alike), a hidden preheader, light and dark colour schemes, the
 * federation's name at the top, and a footer with the view-in-browser, preferences and
 * unsubscribe links; and the same content as plain text. Sections are sanitised Markdown
 * ({@link Markdown}), so nothing staff type can run in a reader's mail program.
 */
@Component
class IssueRenderer {

    private final Texts texts;
    private final MailSettings mail;

    IssueRenderer(Texts texts, MailSettings mail) {
        this.texts = texts;
        this.mail = mail;
    }

    /**
     * @param browserLink the issue's page in the public archive, or null before it is sent
     * @param preferencesLink the recipient's personal preferences page, or null in a preview
     */
    RenderedIssue render(IssueDraft issue, @Nullable String browserLink, @Nullable String preferencesLink) {
        return render(issue, browserLink, preferencesLink, null);
    }

    /**
     * The mail of a recipient of this territory: a section personalised by territory
     * ({@link TerritoryParts}) keeps their territory's part (null: the part for everyone else).
     */
    RenderedIssue render(IssueDraft issue, @Nullable String browserLink, @Nullable String preferencesLink,
            @Nullable String territoryId) {
        List<String> sections = sections(issue, territoryId);
        return new RenderedIssue(issue.subject(), html(issue, sections, browserLink, preferencesLink),
                text(issue, sections, browserLink, preferencesLink));
    }

    private String html(IssueDraft issue, List<String> sections, @Nullable String browserLink,
            @Nullable String preferencesLink) {
        StringBuilder html = new StringBuilder(2048).append("""
                <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">\
                <meta name="viewport" content="width=device-width, initial-scale=1">\
                <meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">\
                <title>""").append(escape(issue.subject())).append("</title></head>")
                .append("<body style=\"margin:0;padding:0;background:#f3f4f6;\">")
                .append("<span style=\"display:none;max-height:0;overflow:hidden;\">")
                .append(escape(issue.preheader())).append("</span>")
                .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" ")
                .append("style=\"background:#f3f4f6;\"><tr><td align=\"center\" style=\"padding:16px;\">")
                .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" ")
                .append("style=\"max-width:600px;background:#ffffff;color:#1f2937;font-family:Arial,sans-serif;")
                .append("font-size:16px;line-height:1.5;\">")
                .append("<tr><td style=\"background:#00508c;color:#ffffff;padding:16px 24px;font-size:18px;\">")
                .append(escape(mail.mailSenderName())).append("</td></tr>")
                .append("<tr><td style=\"padding:8px 24px 0;\"><h1 style=\"font-size:22px;margin:16px 0;\">")
                .append(escape(issue.subject())).append("</h1></td></tr>");
        for (String section : sections) {
            html.append("<tr><td style=\"padding:0 24px 16px;\">").append(Markdown.toSafeHtml(section))
                    .append("</td></tr>");
        }
        html.append("<tr><td style=\"padding:16px 24px;border-top:1px solid #d1d5db;font-size:13px;color:#4b5563;\">")
                .append(escape(texts.get("newsletter.mail.footer")));
        if (browserLink != null) {
            html.append("<br><a href=\"").append(escape(browserLink)).append("\" style=\"color:#00508c;\">")
                    .append(escape(texts.get("newsletter.mail.view-in-browser"))).append("</a>");
        }
        if (preferencesLink != null) {
            html.append("<br><a href=\"").append(escape(preferencesLink)).append("\" style=\"color:#00508c;\">")
                    .append(escape(texts.get("newsletter.mail.unsubscribe"))).append("</a>");
        }
        return html.append("</td></tr></table></td></tr></table></body></html>").toString();
    }

    private String text(IssueDraft issue, List<String> sections, @Nullable String browserLink,
            @Nullable String preferencesLink) {
        StringBuilder text = new StringBuilder(issue.subject()).append("\n\n");
        for (String section : sections) {
            text.append(Markdown.toPlainText(section).strip()).append("\n\n");
        }
        text.append("-- \n").append(texts.get("newsletter.mail.footer")).append('\n');
        if (browserLink != null) {
            text.append(texts.get("newsletter.mail.view-in-browser")).append(" : ").append(browserLink).append('\n');
        }
        if (preferencesLink != null) {
            text.append(texts.get("newsletter.mail.unsubscribe")).append(" : ").append(preferencesLink).append('\n');
        }
        return text.toString();
    }

    private static List<String> sections(IssueDraft issue, @Nullable String territoryId) {
        return issue.sections().stream().filter(section -> !section.isBlank())
                .map(section -> TerritoryParts.forTerritory(section, territoryId)).toList();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
