package fr.centressociaux.portail.newsletter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.tabs.TabSheet;
import fr.centressociaux.portail.newsletter.RenderedIssue;

/** The mail as readers will get it: its HTML part in a sandboxed frame, its plain-text part as text. */
class IssuePreview extends Div {

    private final IFrame html = IssueFrames.of("", "");
    private final Pre text = new Pre();

    IssuePreview() {
        addClassName("newsletter-preview");
        html.getElement().setAttribute("title", getTranslation("newsletter.preview.html"));
        text.addClassName("newsletter-text");
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("newsletter.preview.html"), html);
        tabs.add(getTranslation("newsletter.preview.text"), text);
        tabs.setWidthFull();
        add(tabs);
    }

    void show(RenderedIssue issue) {
        IssueFrames.show(html, issue.html());
        text.setText(issue.text());
    }
}
