package fr.centressociaux.portail.centres.ui;

import java.time.LocalDate;
import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.centressociaux.portail.centres.Approval;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentrePermissions;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.shared.ui.Notifications;
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
    private final Binder<Approval> binder = new BeanValidationBinder<>(Approval.class);
    private final FieldRefusals refusals = new FieldRefusals(binder);

    ApprovalSection(Predicate<@Nullable Approval> onSave) {
        super("centre-page.approval");
        state.addClassName("approval-state");
        federationOnly.addClassName("secondary-text");
        binder.forField(start).bind("start");
        binder.forField(end).bind("end");
        Button save = new Button(getTranslation("centre-page.approval.save"), click -> save(onSave));
        editor = new Div(start, end, save);
        editor.addClassName("inline-editor");
        add(state, period, renewal, federationOnly, editor);
    }

    /** Both dates empty take the approval away; otherwise both are needed, in a plausible period. */
    private void save(Predicate<@Nullable Approval> onSave) {
        if (start.isEmpty() && end.isEmpty() && !start.isInvalid() && !end.isInvalid()) {
            refusals.attempt(() -> onSave.test(null), Notifications::error);
            return;
        }
        try {
            Approval approval = binder.writeRecord();
            refusals.attempt(() -> onSave.test(approval), Notifications::error);
        } catch (ValidationException invalid) {
            // The binder shows each problem next to its date.
        }
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
        if (approval == null) {
            binder.readBean(null);
        } else {
            binder.readRecord(approval);
        }
        editor.setVisible(permissions.editFederationFields());
        federationOnly.setVisible(!permissions.editFederationFields());
    }
}
