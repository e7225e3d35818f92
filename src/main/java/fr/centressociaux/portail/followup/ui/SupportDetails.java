package fr.centressociaux.portail.followup.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.centressociaux.portail.followup.SupportAction;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.Markdown;

/** One support action, read-only: what the centre's director sees of the actions that are not confidential. */
class SupportDetails extends Dialog {

    SupportDetails(SupportAction action) {
        setHeaderTitle(getTranslation(action.getKind().labelKey()));
        addClassName("support-details");
        setMaxWidth("40rem");
        add(line("followup.form.started-on", FrenchDates.format(action.getStartedOn())),
                line("followup.form.status", getTranslation(action.getStatus().labelKey())),
                line("followup.form.staff", action.getStaff()),
                line("followup.form.centre-people", action.getCentrePeople()),
                line("followup.form.partners", action.getPartners().stream()
                        .map(partner -> getTranslation(partner.labelKey())).collect(Collectors.joining(", "))
                        + (action.getPartnerNames().isEmpty() ? "" : " — " + action.getPartnerNames())),
                line("followup.form.next-step", action.getNextStep() + (action.getNextStepDue() == null ? ""
                        : " (" + FrenchDates.format(action.getNextStepDue()) + ")")),
                line("followup.form.outcome", action.getOutcome()));
        Div notes = new Div();
        notes.addClassName("markdown");
        notes.getElement().setProperty("innerHTML", Markdown.toSafeHtml(action.getNotes()));
        add(notes);
        getFooter().add(new Button(getTranslation("followup.details.close"), click -> close()));
    }

    private Paragraph line(String labelKey, String value) {
        Paragraph line = new Paragraph(getTranslation(labelKey) + " : " + (value.isBlank() ? "—" : value));
        line.setVisible(!value.isBlank());
        return line;
    }
}
