package fr.centressociaux.portail.followup.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import fr.centressociaux.portail.followup.FollowupService;
import fr.centressociaux.portail.shared.ui.CentrePanel;
import org.springframework.security.access.AccessDeniedException;

/** On a centre's page: how many support actions its follow-up file holds, and the way to it. */
@org.springframework.stereotype.Component
class FollowupPanel implements CentrePanel {

    private final FollowupService followup;

    FollowupPanel(FollowupService followup) {
        this.followup = followup;
    }

    @Override
    public Optional<Component> create(String centreId) {
        long actions;
        try {
            actions = followup.count(centreId);
        } catch (AccessDeniedException denied) {
            return Optional.empty();
        }
        Div section = new Div();
        section.addClassNames("centre-section", "followup-section");
        Header header = new Header(new H2(section.getTranslation("followup.panel.title")));
        header.addClassName("section-header");
        section.add(header, new Paragraph(section.getTranslation("followup.panel.count", actions)),
                new Anchor("centres/" + centreId + "/suivi", section.getTranslation("followup.panel.open")));
        return Optional.of(section);
    }

    @Override
    public int order() {
        return 15;
    }
}
