package fr.centressociaux.portail.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import fr.centressociaux.portail.followup.Senacs;
import fr.centressociaux.portail.followup.SenacsStatus;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;

/** The centre's answer to the SENACS survey of a year, which its director and the federation set. */
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
        add(new H2(getTranslation("followup.senacs.title", String.valueOf(year))), row);
    }
}
