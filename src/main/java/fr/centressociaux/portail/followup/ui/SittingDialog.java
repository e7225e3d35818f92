package fr.centressociaux.portail.followup.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import fr.centressociaux.portail.followup.PartnerBodies;
import fr.centressociaux.portail.followup.PartnerBodies.UploadedFile;
import fr.centressociaux.portail.followup.SittingDraft;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.shared.ui.FrenchUpload;
import fr.centressociaux.portail.shared.ui.LimitedUpload;
import fr.centressociaux.portail.shared.ui.SaveDialog;
import org.jspecify.annotations.Nullable;

/**
 * A sitting of a partner body the federation attended: the date, who went, the subjects, and its
 * minutes as a file if someone has them (the service checks what the file really is).
 */
class SittingDialog extends SaveDialog {

    private final DraftBinder<SittingDraft> binder = new DraftBinder<>(SittingDraft.class);
    private final BiConsumer<SittingDraft, @Nullable UploadedFile> onSave;
    private final Paragraph received = new Paragraph();
    private @Nullable UploadedFile minutes;

    SittingDialog(String bodyName, BiConsumer<SittingDraft, @Nullable UploadedFile> onSave) {
        super("followup.bodies.save", "followup.sitting.title", bodyName);
        this.onSave = onSave;
        DatePicker on = new FrenchDatePicker(getTranslation("followup.sitting.on"));
        TextField attendees = new TextField(getTranslation("followup.sitting.attendees"));
        TextArea subjects = new TextArea(getTranslation("followup.sitting.subjects"));
        binder.bind(on, "on");
        binder.bind(attendees, "attendees");
        binder.bind(subjects, "subjects");
        binder.readRecord(new SittingDraft(null, "", ""));
        Upload upload = new Upload(LimitedUpload.inMemory(PartnerBodies.MAX_MINUTES_BYTES, (name, content) -> {
            minutes = new UploadedFile(name, content);
            received.setText(getTranslation("followup.sitting.minutes.received", name));
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PartnerBodies.MAX_MINUTES_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".docx", ".odt", "application/pdf");
        upload.setI18n(FrenchUpload.texts(this::getTranslation, "followup.sitting.minutes.too-big",
                "followup.minutes.type"));
        received.addClassName("secondary-text");
        FormLayout form = new FormLayout(on, attendees, subjects);
        form.setColspan(subjects, 2);
        add(form, new Paragraph(getTranslation("followup.sitting.minutes")), upload, received);
    }

    @Override
    protected boolean save() {
        return binder.draft().map(draft -> binder.refusals().attempt(() -> onSave.accept(draft, minutes)))
                .orElse(false);
    }
}
