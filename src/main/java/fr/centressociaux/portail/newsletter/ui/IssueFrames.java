package fr.centressociaux.portail.newsletter.ui;

import com.vaadin.flow.component.html.IFrame;

/** A rendered mail shown in a page: a sandboxed frame (no script, no same origin) holding its HTML document. */
final class IssueFrames {

    private IssueFrames() {
    }

    static IFrame of(String html, String title) {
        IFrame frame = new IFrame();
        frame.setSrcdoc(html);
        frame.setSandbox(IFrame.SandboxType.ALLOW_POPUPS);
        frame.getElement().setAttribute("title", title);
        frame.addClassName("newsletter-frame");
        return frame;
    }

    static void show(IFrame frame, String html) {
        frame.setSrcdoc(html);
    }
}
