package fr.centressociaux.portail.promeneurs.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fr.centressociaux.portail.promeneurs.PromeneurInvitations;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

/**
 * A professional's menu entry to their own record: opens their page, where they edit their
 * details and fill their months. An account no record points to (the record was removed) says so.
 */
@Route("promeneurs/ma-fiche")
@Menu(title = "menu.promeneurs-own", order = 39, icon = "vaadin:user-card")
@RolesAllowed("PROMENEUR")
class MyRecordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PromeneurInvitations invitations;

    MyRecordView(PromeneurInvitations invitations) {
        this.invitations = invitations;
        addClassName("form-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        invitations.ownRecord().ifPresentOrElse(
                own -> event.forwardTo(ProfessionalView.class, new RouteParameters("id", own.getId())),
                () -> add(new ViewHeader("promeneurs.own.title", "promeneurs.own.intro"),
                        new Paragraph(getTranslation("promeneurs.own.none"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("promeneurs.own.title");
    }
}
