package fr.centressociaux.portail.promeneurs.ui;

import java.util.function.BiFunction;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import fr.centressociaux.portail.promeneurs.PromeneurResources;
import fr.centressociaux.portail.promeneurs.ResourceDraft;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.FrenchUpload;
import fr.centressociaux.portail.shared.ui.LimitedUpload;
import fr.centressociaux.portail.shared.ui.MarkdownField;
import fr.centressociaux.portail.shared.ui.SaveDialog;
import fr.centressociaux.portail.territories.Department;

/**
 * Publishes a resource: its title, a short Markdown description shown as it will read, and either a
 * link or a file (checked by the service by its first bytes). The file waits here until saved.
 */
class ResourceDialog extends SaveDialog {

    /** Saves the draft with the file received, if any; true when saved. */
    @FunctionalInterface
    interface Publisher {
        boolean publish(ResourceDraft draft, String fileName, byte[] content);
    }

    private final DraftBinder<ResourceDraft> binder = new DraftBinder<>(ResourceDraft.class);
    private final Publisher publisher;
    private final Paragraph received = new Paragraph();
    private String fileName = "";
    private byte[] content;

    ResourceDialog(Publisher publisher) {
        super("promeneurs.resources.publish", "promeneurs.resources.dialog-title");
        this.publisher = publisher;
        TextField title = new TextField(getTranslation("promeneurs.resources.field.title"));
        title.setMaxLength(150);
        MarkdownField description = new MarkdownField("promeneurs.resources.field.description",
                "promeneurs.resources.field.description-help", "promeneurs.resources.field.preview");
        description.textArea().setMaxLength(2000);
        TextField link = new TextField(getTranslation("promeneurs.resources.field.link"));
        link.setHelperText(getTranslation("promeneurs.resources.field.link-help"));
        ComboBox<Department> department = new ComboBox<>(getTranslation("promeneurs.resources.field.department"));
        department.setItems(Department.values());
        department.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        Upload upload = new Upload(LimitedUpload.inMemory(PromeneurResources.MAX_FILE_BYTES, (name, bytes) -> {
            fileName = name;
            content = bytes;
            received.setText(getTranslation("promeneurs.resources.received", name));
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) PromeneurResources.MAX_FILE_BYTES);
        upload.setI18n(FrenchUpload.texts(this::getTranslation, "promeneurs.resources.upload-too-big",
                "promeneurs.resources.upload-too-big"));
        received.getElement().setAttribute("role", "status");
        binder.bind(title, "title");
        binder.bind(description.textArea(), "description");
        binder.bind(link, "link");
        binder.bind(department, "department");
        binder.readRecord(new ResourceDraft("", "", "", Department.PAS_DE_CALAIS));
        FormLayout form = new FormLayout(title, department, link, upload, received);
        add(form, description);
    }

    FieldRefusals refusals() {
        return binder.refusals();
    }

    @Override
    protected boolean save() {
        return binder.draft().map(draft -> publisher.publish(draft, fileName, content)).orElse(false);
    }
}
