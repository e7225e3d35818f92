package fr.centressociaux.portail.promeneurs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.centressociaux.portail.promeneurs.MonthlyReminders;
import fr.centressociaux.portail.shared.ui.PublicPageHeader;

/**
 * The link at the foot of a monthly reminder: the professional stops the reminders with a click
 * (not on opening: mail scanners open links by themselves). No sign-in needed.
 */
@Route(value = "promeneurs/rappels/:token", autoLayout = false)
@AnonymousAllowed
class StopRemindersView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MonthlyReminders reminders;

    StopRemindersView(MonthlyReminders reminders) {
        this.reminders = reminders;
        addClassName("public-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        Button stop = new Button(getTranslation("promeneurs.stop-reminders.button"), click -> {
            removeAll();
            boolean stopped = reminders.stopReminders(token);
            Paragraph result = new Paragraph(getTranslation(stopped ? "promeneurs.stop-reminders.done"
                    : "promeneurs.stop-reminders.invalid"));
            result.getElement().setAttribute("role", "status");
            add(new PublicPageHeader("promeneurs.stop-reminders.title", "promeneurs.stop-reminders.intro"), result);
        });
        stop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new PublicPageHeader("promeneurs.stop-reminders.title", "promeneurs.stop-reminders.intro"), stop);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("promeneurs.stop-reminders.title");
    }
}
