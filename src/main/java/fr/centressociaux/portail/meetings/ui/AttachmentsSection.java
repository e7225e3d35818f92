package fr.centressociaux.portail.meetings.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import fr.centressociaux.portail.meetings.MeetingDocuments;
import fr.centressociaux.portail.meetings.StoredFileRef;
import fr.centressociaux.portail.shared.ui.DangerConfirm;
import fr.centressociaux.portail.shared.ui.FrenchUpload;
import fr.centressociaux.portail.shared.ui.LimitedUpload;

import static fr.centressociaux.portail.meetings.ui.MeetingUi.ATTEMPT;
import static fr.centressociaux.portail.meetings.ui.MeetingUi.FILE_LINK;

/** Files that go with the minutes (slides, photos, a signed deliberation), for everyone who sees the meeting. */
class AttachmentsSection extends MeetingSection {

    private final MeetingDocuments documents;
    private final Runnable reload;
    private final UnorderedList files = new UnorderedList();
    private final Paragraph empty = new Paragraph();
    private final Upload upload;
    private String meetingId = "";

    AttachmentsSection(MeetingDocuments documents, Runnable reload) {
        super("meeting-page.attachments");
        this.documents = documents;
        this.reload = reload;
        files.addClassName("attachment-list");
        empty.setText(getTranslation("meeting-page.attachments.none"));
        empty.addClassName("secondary-text");
        upload = new Upload(LimitedUpload.inMemory(MeetingDocuments.MAX_FILE_BYTES, (fileName, content) -> ATTEMPT.run(
                () -> documents.attach(meetingId, fileName, content),
                this::uploaded, "meeting-page.attachments.added", fileName)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MeetingDocuments.MAX_FILE_BYTES);
        upload.setI18n(FrenchUpload.texts(this::getTranslation, "meeting-page.upload.too-big",
                "meeting-page.upload.too-big"));
        add(files, empty, upload);
    }

    @Override
    void show(MeetingState state) {
        meetingId = state.id();
        List<StoredFileRef> attached = state.meeting().getAttachments();
        files.removeAll();
        for (StoredFileRef file : attached) {
            String id = state.id();
            ListItem item = new ListItem(FILE_LINK.of(() -> documents.attachment(id, file.fileId()), file.name()),
                    new Span(getTranslation("meeting-page.attachments.size", Math.max(1, file.size() / 1024))));
            if (state.canChange()) {
                Button remove = new Button(VaadinIcon.TRASH.create(), click -> confirmRemove(id, file));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("meeting-page.attachments.remove", file.name()));
                remove.setTooltipText(getTranslation("meeting-page.attachments.remove", file.name()));
                item.add(remove);
            }
            files.add(item);
        }
        empty.setVisible(attached.isEmpty());
        upload.setVisible(state.canChange());
        setVisible(!attached.isEmpty() || state.canChange());
    }

    private void confirmRemove(String id, StoredFileRef file) {
        DangerConfirm.open("meeting-page.attachments.remove.title",
                getTranslation("meeting-page.attachments.remove.text", file.name()),
                "meeting-page.attachments.remove.confirm", () -> ATTEMPT.run(() -> documents.detach(id, file.fileId()),
                        reload, "meeting-page.attachments.removed", file.name()));
    }

    private void uploaded() {
        upload.clearFileList();
        reload.run();
    }
}
