package fr.centressociaux.portail.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page seen without signing in, outside the portal's layout (the sign-in page, the application
 * form, the links sent by mail): a centred column that opens with the portal's name, the page's
 * title and a line of introduction, then what the page asks or says. Each step of such a page
 * (asking, then thanking) shows a whole new frame in place of the last one. The browser's tab is
 * titled like the heading shown, unless the page names itself by overriding {@link #getPageTitle()}.
 */
public abstract class PublicPage extends Main implements HasDynamicTitle {

    private String title = "";

    /** @param layoutClassNames more classes for the column, such as {@code wide} for a longer form */
    protected PublicPage(String... layoutClassNames) {
        addClassName("public-page");
        addClassNames(layoutClassNames);
    }

    /** Shows the frame with this title and introduction (translation keys), then the body. */
    protected final void showFrame(String titleKey, String introKey, Component... body) {
        show(getTranslation(titleKey), new PublicPageHeader(titleKey, introKey), body);
    }

    /** For a title that is data, such as a meeting's, with what goes under it in the header. */
    protected final void showTitledFrame(String title, Component underTitle, Component... body) {
        show(title, PublicPageHeader.titled(title, underTitle), body);
    }

    /** For a page that is a document of its own (an archived newsletter): no frame, a title for the tab. */
    protected final void showWithoutFrame(String title, Component... body) {
        removeAll();
        this.title = title;
        add(body);
    }

    private void show(String title, PublicPageHeader header, Component... body) {
        showWithoutFrame(title, header);
        add(body);
    }

    /** A line that screen readers announce as it appears: the outcome of what the person just did. */
    protected static Paragraph status(String text) {
        Paragraph status = new Paragraph(text);
        status.getElement().setAttribute("role", "status");
        return status;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
