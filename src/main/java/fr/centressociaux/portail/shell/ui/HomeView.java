package fr.centressociaux.portail.shell.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.shared.ui.HomePanel;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.PermitAll;

/**
 * Home page per role: what this person can do here now (links to the pages they may open) and
 * what the portal will offer them next (plain text, never a dead link). Feature modules add their
 * own blocks ({@link HomePanel}), e.g. a director's upcoming meetings.
 */
@Route("")
@Menu(title = "menu.home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends Main implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, List<HomePanel> panels) {
        addClassName("home-view");
        AccountPrincipal user = currentUser.get().orElseThrow();
        String role = user.role().name();
        add(new ViewHeader("home.title", "home.intro." + role));
        panels.stream().sorted(Comparator.comparingInt(HomePanel::order)).map(HomePanel::create)
                .flatMap(Optional::stream).forEach(this::add);
        add(section("home.available", availableNow()));
        add(section("home.coming", comingSoon(role)));
    }

    private Div section(String titleKey, UnorderedList items) {
        Div section = new Div(new H2(getTranslation(titleKey)), items);
        section.addClassName("home-section");
        return section;
    }

    /** The pages of the side navigation (except this one), each with a line of help. */
    private UnorderedList availableNow() {
        UnorderedList list = new UnorderedList();
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> entry.menuClass() != HomeView.class)
                .forEach(entry -> list.add(new ListItem(
                        new RouterLink(getTranslation(entry.title()), entry.menuClass()),
                        new Span(" — " + getTranslation(entry.title() + ".help")))));
        return list;
    }

    private UnorderedList comingSoon(String role) {
        UnorderedList list = new UnorderedList();
        for (String text : getTranslation("home.coming." + role).split("\\|")) {
            list.add(new ListItem(text.strip()));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page-title");
    }
}
