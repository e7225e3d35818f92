package fr.centressociaux.portail.centres.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.centres.MembershipStatus;
import fr.centressociaux.portail.centres.MembershipYear;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.shared.ui.SaveDialog;
import org.jspecify.annotations.Nullable;

/** One year of membership: new, or an existing year corrected (its year stays). */
class MembershipDialog extends SaveDialog {

    private final IntegerField year = new IntegerField(getTranslation("centre-page.membership.year"));
    private final Select<MembershipStatus> status = new Select<>();
    private final DatePicker since = new FrenchDatePicker(getTranslation("centre-page.membership.since"));
    private final DatePicker leftOn = new FrenchDatePicker(getTranslation("centre-page.membership.left-on"));
    private final TextField reason = new TextField(getTranslation("centre-page.membership.reason"));
    private final Predicate<MembershipYear> onSave;

    MembershipDialog(@Nullable MembershipYear existing, int defaultYear, Predicate<MembershipYear> onSave) {
        super("centre-page.save", existing == null ? "centre-page.membership.dialog.new"
                : "centre-page.membership.dialog.edit", existing == null ? "" : String.valueOf(existing.year()));
        this.onSave = onSave;
        year.setStepButtonsVisible(true);
        year.setValue(existing == null ? defaultYear : existing.year());
        year.setReadOnly(existing != null);
        status.setLabel(getTranslation("centre-page.membership.status"));
        status.setItems(MembershipStatus.values());
        status.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        status.setValue(existing == null ? MembershipStatus.MEMBER : existing.status());
        reason.setHelperText(getTranslation("centre-page.membership.reason-help"));
        reason.setMaxLength(200);
        if (existing != null) {
            since.setValue(existing.since());
            leftOn.setValue(existing.leftOn());
            reason.setValue(existing.reason() == null ? "" : existing.reason());
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
        if (year.getValue() == null || status.getValue() == null) {
            year.setErrorMessage(getTranslation("centre.rule.required"));
            year.setInvalid(year.getValue() == null);
            return false;
        }
        String why = reason.getValue().isBlank() ? null : reason.getValue().strip();
        return onSave.test(new MembershipYear(year.getValue(), status.getValue(), since.getValue(), leftOn.getValue(),
                why));
    }
}
