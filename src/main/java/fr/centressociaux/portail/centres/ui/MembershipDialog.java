package fr.centressociaux.portail.centres.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.centres.MembershipStatus;
import fr.centressociaux.portail.centres.MembershipYear;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.SaveDialog;
import org.jspecify.annotations.Nullable;

/**
 * One year of membership: new, or an existing year corrected (its year stays). Bound to a
 * {@link MembershipYear} and its constraints; the service's refusals (a reason for a membership not
 * renewed, a year too far ahead) show next to the fields.
 */
class MembershipDialog extends SaveDialog {

    private final IntegerField year = new IntegerField(getTranslation("centre-page.membership.year"));
    // A ComboBox, not a Select: a required Select puts aria-required on a button (DD010).
    private final ComboBox<MembershipStatus> status = new ComboBox<>();
    private final DatePicker since = new FrenchDatePicker(getTranslation("centre-page.membership.since"));
    private final DatePicker leftOn = new FrenchDatePicker(getTranslation("centre-page.membership.left-on"));
    private final TextField reason = new TextField(getTranslation("centre-page.membership.reason"));
    private final DraftBinder<MembershipYear> binder = new DraftBinder<>(MembershipYear.class);
    private final Predicate<MembershipYear> onSave;

    MembershipDialog(@Nullable MembershipYear existing, int defaultYear, Predicate<MembershipYear> onSave) {
        super("centre-page.save", existing == null ? "centre-page.membership.dialog.new"
                : "centre-page.membership.dialog.edit", existing == null ? "" : String.valueOf(existing.year()));
        this.onSave = onSave;
        addClassName("membership-dialog");
        year.setStepButtonsVisible(true);
        year.setReadOnly(existing != null);
        status.setLabel(getTranslation("centre-page.membership.status"));
        status.setItems(MembershipStatus.values());
        status.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        reason.setHelperText(getTranslation("centre-page.membership.reason-help"));
        reason.setMaxLength(MembershipYear.MAX_REASON);
        // The year is a number the record cannot hold empty: an empty field is refused before it.
        binder.forField(year).asRequired(getTranslation("input.required")).bind("year");
        binder.forField(status).bind("status");
        binder.forField(since).bind("since");
        binder.forField(leftOn).bind("leftOn");
        binder.forField(reason).withNullRepresentation("").bind("reason");
        if (existing != null) {
            binder.readRecord(existing);
        } else {
            year.setValue(defaultYear);
            status.setValue(MembershipStatus.MEMBER);
        }
        status.addValueChangeListener(change -> showReasonRequired());
        showReasonRequired();
        FormLayout form = new FormLayout(year, status, since, leftOn, reason);
        form.setColspan(reason, 2);
        add(form);
    }

    private void showReasonRequired() {
        reason.setRequiredIndicatorVisible(status.getValue() == MembershipStatus.NOT_RENEWED);
    }

    @Override
    protected boolean save() {
        return binder.draft().flatMap(row -> binder.refusals().attempt(() -> onSave.test(row), Notifications::error))
                .orElse(false);
    }
}
