package fr.centressociaux.portail.centres.ui;

import java.time.LocalDate;
import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.centressociaux.portail.centres.Approval;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentrePermissions;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import org.jspecify.annotations.Nullable;

/** The CAF approval: its state, when the renewal is due, and its dates for the federation to set. */
class ApprovalSection extends CentreSection {

    private final Div state = new Div();
    private final Paragraph period = new Paragraph();
    private final Paragraph renewal = new Paragraph();
    private final Paragraph federationOnly = new Paragraph(getTranslation("centre-page.approval.federation-only"));
    private final DatePicker start = new FrenchDatePicker(getTranslation("centre-page.approval.start"));
    private final DatePicker end = new FrenchDatePicker(getTranslation("centre-page.approval.end"));
    private final Div editor;

    ApprovalSection(Predicate<@Nullable Approval> onSave) {
        super("centre-page.approval");
        state.addClassName("approval-state");
        federationOnly.addClassName("secondary-text");
        Button save = new Button(getTranslation("centre-page.approval.save"), click -> {
            if (start.isInvalid() || end.isInvalid()) {
                return;
            }
            if ((start.getValue() == null) != (end.getValue() == null)) {
                (start.getValue() == null ? start : end).setErrorMessage(getTranslation("centre-page.approval.both-dates"));
                (start.getValue() == null ? start : end).setInvalid(true);
                return;
            }
            onSave.test(start.getValue() == null ? null : new Approval(start.getValue(), end.getValue()));
        });
        editor = new Div(start, end, save);
        editor.addClassName("inline-editor");
        add(state, period, renewal, federationOnly, editor);
    }

    @Override
    void show(Centre centre, CentrePermissions permissions, LocalDate today) {
        Approval approval = centre.getApproval();
        state.removeAll();
        state.add(ApprovalStatus.of(approval, today));
        period.setVisible(approval != null);
        renewal.setVisible(approval != null);
        if (approval != null) {
            period.setText(getTranslation("centre-page.approval.period", FrenchDates.format(approval.start()),
                    FrenchDates.format(approval.end())));
            renewal.setText(getTranslation("centre-page.approval.renewal-from",
                    FrenchDates.format(approval.renewalDueFrom())));
        }
        start.setValue(approval == null ? null : approval.start());
        end.setValue(approval == null ? null : approval.end());
        start.setInvalid(false);
        end.setInvalid(false);
        editor.setVisible(permissions.editFederationFields());
        federationOnly.setVisible(!permissions.editFederationFields());
    }
}
