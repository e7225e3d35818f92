package fr.centressociaux.portail.newsletter.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import fr.centressociaux.portail.newsletter.RenderedIssue;

/** The mail as readers will get it: its HTML part in a sandboxed frame, its plain-text part as text. */
class IssuePreview extends Div {

    private final IFrame html = IssueFrames.of("", "");
    private final Pre text = new Pre();

    IssuePreview() {
        addClassName("newsletter-preview");
        html.getElement().setAttribute("title", getTranslation("newsletter.preview.html"));
        text.addClassName("newsletter-text");
        // Two sections rather than tabs: axe reports Vaadin's tab sheet as a tablist without its tabs.
        Details htmlSection = new Details(getTranslation("newsletter.preview.html"), html);
        htmlSection.setOpened(true);
        htmlSection.setWidthFull();
        Details textSection = new Details(getTranslation("newsletter.preview.text"), text);
        textSection.setWidthFull();
        add(htmlSection, textSection);
    }

    void show(RenderedIssue issue) {
        IssueFrames.show(html, issue.html());
        text.setText(issue.text());
    }
}
