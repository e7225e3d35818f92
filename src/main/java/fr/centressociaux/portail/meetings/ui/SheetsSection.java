package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import fr.centressociaux.portail.meetings.MeetingDocuments;
import fr.centressociaux.portail.meetings.StoredFileRef;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.FrenchUpload;
import fr.centressociaux.portail.shared.ui.LimitedUpload;

import static fr.centressociaux.portail.meetings.ui.MeetingUi.ATTEMPT;
import static fr.centressociaux.portail.meetings.ui.MeetingUi.FILE_LINK;

/**
 * The émargement, a deliverable of the convention: the sheet to print and sign (blank, with the
 * registered people) or filled with those present, and the scanned signed sheet kept with the
 * meeting. For the meeting's managers.
 */
class SheetsSection extends MeetingSection {

    private final MeetingDocuments documents;
    private final Runnable reload;
    private final Div links = new Div();
    private final Paragraph signed = new Paragraph();
    private final Div signedLink = new Div();
    private final Upload upload;
    private String meetingId = "";

    SheetsSection(MeetingDocuments documents, Runnable reload) {
        super("meeting-page.sheets");
        this.documents = documents;
        this.reload = reload;
        links.addClassName("export-links");
        upload = new Upload(LimitedUpload.inMemory(MeetingDocuments.MAX_FILE_BYTES, (fileName, content) -> ATTEMPT.run(
                () -> documents.keepSignedSheet(meetingId, fileName, content),
                this::uploaded, "meeting-page.sheets.signed.saved")));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MeetingDocuments.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.setI18n(FrenchUpload.texts(this::getTranslation, "meeting-page.upload.too-big",
                "meeting-page.upload.sheet-type"));
        add(new Paragraph(getTranslation("meeting-page.sheets.help")), links, signed, signedLink, upload);
    }

    @Override
    void show(MeetingState state) {
        meetingId = state.id();
        setVisible(state.permissions().manage());
        links.removeAll();
        if (!state.meeting().isCancelled()) {
            String id = state.id();
            links.add(FILE_LINK.of(() -> documents.attendanceSheet(id, true),
                            getTranslation("meeting-page.sheets.blank")),
                    FILE_LINK.of(() -> documents.attendanceSheet(id, false),
                            getTranslation("meeting-page.sheets.filled")));
        }
        signedLink.removeAll();
        StoredFileRef sheet = state.meeting().getSignedSheet().orElse(null);
        if (sheet == null) {
            signed.setText(getTranslation("meeting-page.sheets.signed.none"));
        } else {
            String id = state.id();
            signed.setText(getTranslation("meeting-page.sheets.signed.kept", FrenchDates.dateTime(sheet.uploadedAt()),
                    sheet.uploadedBy()));
            signedLink.add(FILE_LINK.of(() -> documents.signedSheet(id),
                    getTranslation("meeting-page.sheets.signed.download", sheet.name())));
        }
        upload.setVisible(state.canChange());
    }

    private void uploaded() {
        upload.clearFileList();
        reload.run();
    }
}
