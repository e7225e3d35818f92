package fr.centressociaux.portail.promeneurs.ui;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.Consumer;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import fr.centressociaux.portail.promeneurs.ConsentDraft;
import fr.centressociaux.portail.promeneurs.DirectoryConsent;
import fr.centressociaux.portail.promeneurs.PublicField;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.shared.ui.SaveDialog;
import org.jspecify.annotations.Nullable;

/**
 * Records the professional's consent to the public directory: the day it was given and the fields
 * they agreed to show (all offered, ticked as last agreed or all for a first consent).
 */
class ConsentDialog extends SaveDialog {

    private final DraftBinder<ConsentDraft> binder = new DraftBinder<>(ConsentDraft.class);
    private final Consumer<ConsentDraft> onSave;

    ConsentDialog(@Nullable DirectoryConsent last, LocalDate today, Consumer<ConsentDraft> onSave) {
        super("promeneurs.consent.save", "promeneurs.consent.dialog-title");
        this.onSave = onSave;
        CheckboxGroup<PublicField> fields = new CheckboxGroup<>(getTranslation("promeneurs.consent.fields"));
        fields.setItems(PublicField.values());
        fields.setItemLabelGenerator(field -> getTranslation(field.labelKey()));
        FrenchDatePicker givenOn = new FrenchDatePicker(getTranslation("promeneurs.consent.given-on"));
        givenOn.setMax(today);
        binder.bind(fields, "fields");
        binder.bind(givenOn, "givenOn");
        binder.readRecord(new ConsentDraft(last != null && last.isActive() ? EnumSet.copyOf(last.getFields())
                : EnumSet.allOf(PublicField.class), today));
        add(new FormLayout(fields, givenOn));
    }

    @Override
    protected boolean save() {
        return binder.draft().map(draft -> binder.refusals().attempt(() -> onSave.accept(draft))).orElse(false);
    }
}
