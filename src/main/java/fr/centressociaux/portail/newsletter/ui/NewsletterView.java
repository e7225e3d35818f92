package fr.centressociaux.portail.newsletter.ui;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.newsletter.ContactImport;
import fr.centressociaux.portail.newsletter.NewsletterIssues;
import fr.centressociaux.portail.newsletter.NewsletterSubscribers;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

/**
 * The newsletter for staff: issues, lists with their counts, subscribers. A director sees only the
 * contacts of their own centre, whom they list and take off lists.
 */
@Route(NewsletterUiLinks.HOME)
@Menu(title = "menu.newsletter", order = 50, icon = "vaadin:newspaper")
@RolesAllowed({"ADMIN", "DIRECTOR"})
class NewsletterView extends Main implements HasDynamicTitle {

    NewsletterView(NewsletterSubscribers subscribers, NewsletterIssues issues, ContactImport imports,
            CentreService centres, CurrentUser currentUser, Clock clock) {
        addClassName("list-page");
        boolean staff = currentUser.get().map(user -> user.role() == Role.ADMIN).orElse(false);
        ContactsPanel contacts = new ContactsPanel(subscribers, centres, staff, clock);
        if (staff) {
            add(new ViewHeader("newsletter.page.title", "newsletter.page.intro"));
            // Sections that open and close rather than tabs: axe reports Vaadin's tab sheet as a
            // tablist without its tabs (aria-required-children, critical).
            add(section("newsletter.tab.issues", new IssuesPanel(issues), true),
                    section("newsletter.tab.lists", new ListsPanel(subscribers), false),
                    section("newsletter.tab.subscribers", contacts, false),
                    section("newsletter.tab.import", new ImportPanel(imports, subscribers), false));
        } else {
            add(new ViewHeader("newsletter.page.title", "newsletter.page.intro-director"), contacts);
        }
    }

    private Details section(String titleKey, Component content, boolean opened) {
        Details section = new Details(getTranslation(titleKey), content);
        section.setOpened(opened);
        section.setWidthFull();
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("newsletter.page.title");
    }
}
