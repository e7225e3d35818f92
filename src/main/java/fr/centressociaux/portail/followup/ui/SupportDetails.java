package fr.centressociaux.portail.followup.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.centressociaux.portail.followup.AmeppSessions.AmeppSession;
import fr.centressociaux.portail.followup.PartnerPresent;
import fr.centressociaux.portail.followup.SupportAction;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.Markdown;
import fr.centressociaux.portail.shared.ui.PhoneDialogs;
import org.jspecify.annotations.Nullable;

/** One support action, read-only: what the centre's director sees of the actions that are not confidential. */
class SupportDetails extends Dialog {

    /** {@code amepp}: the AMEPP session a renewal is linked to, as the centre's people attended it, or null. */
    SupportDetails(SupportAction action, @Nullable AmeppSession amepp) {
        setHeaderTitle(getTranslation(action.getKind().labelKey()));
        addClassName("support-details");
        PhoneDialogs.fitTheScreen(this);
        add(line("followup.form.started-on", FrenchDates.format(action.getStartedOn())),
                line("followup.form.status", getTranslation(action.getStatus().labelKey())),
                line("followup.form.staff", action.getStaff()),
                line("followup.form.centre-people", action.getCentrePeople()),
                line("followup.form.partners", action.getPartners().stream()
                        .map(partner -> getTranslation(partner.labelKey())).collect(Collectors.joining(", "))
                        + (action.getPartnerNames().isEmpty() ? "" : " — " + action.getPartnerNames())),
                line("followup.form.organisations", action.getOrganisations().stream().map(PartnerPresent::name)
                        .collect(Collectors.joining(", "))),
                line("followup.form.amepp", amepp == null ? "" : SupportChoices.label(amepp)),
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
