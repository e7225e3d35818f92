package fr.centressociaux.portail.promeneurs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.centressociaux.portail.promeneurs.MonthlyReminders;
import fr.centressociaux.portail.shared.ui.PublicPage;

/**
 * The link at the foot of a monthly reminder: the professional stops the reminders with a click
 * (not on opening: mail scanners open links by themselves). No sign-in needed.
 */
@Route(value = "promeneurs/rappels/:token", autoLayout = false)
@AnonymousAllowed
class StopRemindersView extends PublicPage implements BeforeEnterObserver {

    private final MonthlyReminders reminders;

    StopRemindersView(MonthlyReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        Button stop = new Button(getTranslation("promeneurs.stop-reminders.button"), click -> showFrame(
                "promeneurs.stop-reminders.title", "promeneurs.stop-reminders.intro",
                status(getTranslation(reminders.stopReminders(token) ? "promeneurs.stop-reminders.done"
                        : "promeneurs.stop-reminders.invalid"))));
        stop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showFrame("promeneurs.stop-reminders.title", "promeneurs.stop-reminders.intro", stop);
    }
}
