package fr.centressociaux.portail.centres.ui;

import java.time.LocalDate;
import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.centressociaux.portail.centres.Approval;
import fr.centressociaux.portail.centres.ApprovalKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentrePermissions;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * The CAF approval: its kind and state, when the renewal is due, the renewal's steps, the approvals
 * before it, and all of it for the federation to set.
 */
class ApprovalSection extends CentreSection {

    private final Div state = new Div();
    private final Paragraph period = new Paragraph();
    private final Paragraph renewal = new Paragraph();
    private final Paragraph steps = new Paragraph();
    private final UnorderedList history = new UnorderedList();
    private final Paragraph federationOnly = new Paragraph(getTranslation("centre-page.approval.federation-only"));
    private final DatePicker start = new FrenchDatePicker(getTranslation("centre-page.approval.start"));
    private final DatePicker end = new FrenchDatePicker(getTranslation("centre-page.approval.end"));
    private final ComboBox<ApprovalKind> kind = new ComboBox<>(getTranslation("centre-page.approval.kind"));
    private final DatePicker diagnosis = new FrenchDatePicker(getTranslation("centre-page.approval.diagnosis"));
    private final DatePicker copar = new FrenchDatePicker(getTranslation("centre-page.approval.copar"));
    private final DatePicker decision = new FrenchDatePicker(getTranslation("centre-page.approval.decision"));
    private final Div editor;
    private final Binder<Approval> binder = new BeanValidationBinder<>(Approval.class);
    private final FieldRefusals refusals = new FieldRefusals(binder);

    ApprovalSection(Predicate<@Nullable Approval> onSave) {
        super("centre-page.approval");
        state.addClassName("approval-state");
        federationOnly.addClassName("secondary-text");
        kind.setItems(ApprovalKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        binder.forField(kind).bind("kind");
        binder.forField(start).bind("start");
        binder.forField(end).bind("end");
        binder.forField(diagnosis).bind("diagnosisOn");
        binder.forField(copar).bind("coparOn");
        binder.forField(decision).bind("decisionOn");
        Button save = new Button(getTranslation("centre-page.approval.save"), click -> save(onSave));
        editor = new Div(kind, start, end, diagnosis, copar, decision, save);
        editor.addClassName("inline-editor");
        history.getElement().setAttribute("aria-label", getTranslation("centre-page.approval.history"));
        add(state, period, renewal, steps, history, federationOnly, editor);
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
        steps.setVisible(approval != null && approval.lastStep().isPresent());
        if (approval != null) {
            period.setText(describe(approval));
            steps.setText(getTranslation("centre-page.approval.steps", step(approval.diagnosisOn()),
                    step(approval.coparOn()), step(approval.decisionOn())));
            renewal.setText(getTranslation("centre-page.approval.renewal-from",
                    FrenchDates.format(approval.renewalDueFrom())));
        }
        if (approval == null) {
            binder.readBean(null);
        } else {
            binder.readRecord(approval);
        }
        history.removeAll();
        centre.getApprovalHistory().reversed().forEach(past -> history.add(new ListItem(
                getTranslation("centre-page.approval.before", describe(past)))));
        history.setVisible(!centre.getApprovalHistory().isEmpty());
        editor.setVisible(permissions.editFederationFields());
        federationOnly.setVisible(!permissions.editFederationFields());
    }

    private String describe(Approval approval) {
        String dates = getTranslation("centre-page.approval.period", FrenchDates.format(approval.start()),
                FrenchDates.format(approval.end()));
        return approval.kind() == null ? dates : getTranslation(approval.kind().labelKey()) + " — " + dates;
    }

    private String step(@Nullable LocalDate date) {
        return date == null ? getTranslation("centre-page.approval.step-pending") : FrenchDates.format(date);
    }
}
