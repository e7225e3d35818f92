package fr.centressociaux.portail.territories.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.i18n.I18NProvider;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.SaveDialog;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Funder;
import fr.centressociaux.portail.territories.FunderDraft;
import org.jspecify.annotations.Nullable;

/**
 * The funder of a department: its name and the mention printed on attendance sheets. The draft's
 * constraints are checked next to each field before the view saves; the service checks them again.
 */
class FunderDialog extends SaveDialog {

    private final TextField name = new TextField(getTranslation("funders.name"));
    private final TextArea mention = new TextArea(getTranslation("funders.mention"));
    private final BeanValidationBinder<FunderDraft> binder = new BeanValidationBinder<>(FunderDraft.class);
    private final Consumer<FunderDraft> onSave;

    FunderDialog(Department department, @Nullable Funder existing, Consumer<FunderDraft> onSave) {
        super("funders.save", "funders.dialog", I18NProvider.translate(department.labelKey()));
        this.onSave = onSave;
        name.setMaxLength(120);
        mention.setMaxLength(250);
        mention.setHelperText(getTranslation("funders.mention.help"));
        binder.bind(name, "name");
        binder.bind(mention, "mention");
        binder.readRecord(existing == null ? new FunderDraft("", "")
                : new FunderDraft(existing.getName(), existing.getMention()));
        FormLayout form = new FormLayout(name, mention);
        form.setColspan(mention, 2);
        add(form);
    }

    @Override
    protected boolean save() {
        try {
            onSave.accept(binder.writeRecord());
            return true;
        } catch (ValidationException invalid) {
            return false;
        } catch (UserFacingException refusal) {
            Notifications.error(refusal);
            return false;
        }
    }
}
