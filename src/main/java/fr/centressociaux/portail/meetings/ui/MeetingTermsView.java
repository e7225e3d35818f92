package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.meetings.TermType;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

/**
 * The kinds of meeting and the subjects covered, which admins extend without a release: add,
 * rename, retire (kept on past meetings, no longer offered) or restore.
 */
@Route("reunions/types")
@Menu(title = "menu.meeting-terms", order = 75, icon = "vaadin:tags")
@RolesAllowed("ADMIN")
class MeetingTermsView extends Main implements HasDynamicTitle {

    MeetingTermsView(MeetingTerms terms) {
        addClassNames("list-page", "meeting-terms");
        Div lists = new Div(new TermList(terms, TermType.KIND), new TermList(terms, TermType.SUBJECT));
        lists.addClassName("term-lists");
        add(new ViewHeader("meeting-terms.title", "meeting-terms.intro"), lists);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting-terms.title");
    }
}
