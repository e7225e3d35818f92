package fr.centressociaux.portail.shell.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.accounts.CurrentUser;

/**
 * The frame around every signed-in page: title, side navigation built from the menu entries the
 * user may open (each view declares its own with {@code @Menu}), and the user menu.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser) {
        setPrimarySection(Section.DRAWER);
        // Landmarks around everything the layout shows (the views are each a <main>), so assistive
        // technologies can jump between them and nothing is left outside one (axe's "region").
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("app-title");
        Nav drawer = new Nav(title, new Scroller(sideNav()));
        drawer.addClassName("drawer-content");
        drawer.getElement().setAttribute("aria-label", getTranslation("menu.main"));
        addToDrawer(drawer);
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("menu.toggle"));
        Header navbar = new Header(toggle, spacer);
        navbar.addClassName("navbar-content");
        currentUser.get().ifPresent(user -> navbar.add(userMenu(user, currentUser)));
        addToNavbar(navbar);
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        String label = getTranslation(entry.title());
        return entry.icon() == null || entry.icon().isBlank()
                ? new SideNavItem(label, entry.path())
                : new SideNavItem(label, entry.path(), new Icon(entry.icon()));
    }

    private MenuBar userMenu(AccountPrincipal user, CurrentUser currentUser) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(getTranslation("menu.more")));
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        Div who = new Div(avatar, new Span(user.displayName()));
        who.addClassName("user-menu");
        var root = menu.addItem(who);
        root.getSubMenu().addItem(new Span(getTranslation(user.role().labelKey()))).setEnabled(false);
        root.getSubMenu().addItem(getTranslation("menu.change-password"),
                click -> getUI().ifPresent(ui -> ui.navigate("mon-mot-de-passe")));
        root.getSubMenu().addItem(getTranslation("menu.sign-out"), click -> currentUser.signOut());
        root.getElement().setAttribute("aria-label", getTranslation("menu.user"));
        menu.getElement().setAttribute("title", user.getUsername());
        return menu;
    }
}
