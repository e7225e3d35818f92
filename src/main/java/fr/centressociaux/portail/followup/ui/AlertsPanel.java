package fr.centressociaux.portail.followup.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.followup.Alert;
import fr.centressociaux.portail.followup.FollowupAlerts;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.HomePanel;

/** On a delegate's home page: the centres of their territories that need attention, each a link to its file. */
@org.springframework.stereotype.Component
class AlertsPanel implements HomePanel {

    private final FollowupAlerts alerts;
    private final CurrentUser currentUser;

    AlertsPanel(FollowupAlerts alerts, CurrentUser currentUser) {
        this.alerts = alerts;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create() {
        if (currentUser.get().filter(user -> user.role() == Role.DELEGATE).isEmpty()) {
            return Optional.empty();
        }
        List<Alert> worklist = alerts.worklist();
        Div panel = new Div();
        panel.addClassNames("home-section", "followup-alerts");
        panel.add(new H2(panel.getTranslation("followup.alerts.title")));
        if (worklist.isEmpty()) {
            panel.add(new Paragraph(panel.getTranslation("followup.alerts.none")));
            return Optional.of(panel);
        }
        UnorderedList lines = new UnorderedList();
        worklist.forEach(alert -> lines.add(new ListItem(new Anchor("centres/" + alert.centreId() + "/suivi",
                panel.getTranslation(alert.kind().labelKey(), alert.centreName(), FrenchDates.format(alert.date()))))));
        panel.add(lines);
        return Optional.of(panel);
    }

    @Override
    public int order() {
        return 5;
    }
}
