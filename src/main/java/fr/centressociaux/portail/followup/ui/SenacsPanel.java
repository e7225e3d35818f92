package fr.centressociaux.portail.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import fr.centressociaux.portail.followup.Senacs;
import fr.centressociaux.portail.followup.SenacsStatus;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;

/**
 * The centre's answer to the SENACS survey of a year, which its director and the federation set, and
 * the dates of the year's campaign.
 */
class SenacsPanel extends Div {

    SenacsPanel(Senacs senacs, String centreId, int year) {
        addClassNames("home-section", "senacs-panel");
        ComboBox<SenacsStatus> status = new ComboBox<>(getTranslation("followup.senacs.status", String.valueOf(year)));
        status.setWidth("16rem");
        status.setItems(SenacsStatus.values());
        status.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        status.setValue(senacs.statusOf(centreId, year));
        Button save = new Button(getTranslation("followup.senacs.save"), click -> {
            try {
                senacs.setStatus(centreId, year, status.getValue());
                Notifications.success("followup.senacs.saved");
            } catch (UserFacingException refusal) {
                Notifications.error(refusal);
            }
        });
        Div row = new Div(status, save);
        row.addClassName("form-buttons");
        add(new H2(getTranslation("followup.senacs.title", String.valueOf(year))),
                new Paragraph(campaignText(senacs, year, this)), row);
    }

    /** When the year's campaign runs, or that its dates are not set yet. */
    static String campaignText(Senacs senacs, int year, Component where) {
        String shown = String.valueOf(year);
        return senacs.campaign(year).map(campaign -> where.getTranslation("followup.senacs.campaign.dates", shown,
                FrenchDates.format(campaign.getOpensOn()), FrenchDates.format(campaign.getClosesOn())))
                .orElse(where.getTranslation("followup.senacs.campaign.none", shown));
    }
}
