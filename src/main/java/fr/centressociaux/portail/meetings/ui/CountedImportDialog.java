package fr.centressociaux.portail.meetings.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import fr.centressociaux.portail.meetings.CountedImport;
import fr.centressociaux.portail.meetings.CountedImportPreview;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.SpreadsheetUpload;

/**
 * Counted lines from a file: the file is read and previewed row by row with its problems in
 * French; the rows are added only when none has one, all at once.
 */
class CountedImportDialog extends Dialog {

    /** A table of counted lines is a few hundred rows at most. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final CountedImport imports;
    private final String meetingId;
    private final Runnable reload;
    private final Grid<CountedImportPreview.Row> preview = new Grid<>();
    private final Paragraph hint = new Paragraph();
    private final Button apply = new Button();
    private final Upload upload;
    private byte[] content = new byte[0];

    CountedImportDialog(CountedImport imports, String meetingId, Runnable reload) {
        this.imports = imports;
        this.meetingId = meetingId;
        this.reload = reload;
        setHeaderTitle(getTranslation("meeting-page.counted.import.title"));
        setWidth("min(60rem, 95vw)");
        Paragraph intro = new Paragraph(getTranslation("meeting-page.counted.import.intro"));
        upload = SpreadsheetUpload.create(MAX_BYTES, read -> imports.preview(meetingId, read), this::show);
        preview.addColumn(CountedImportPreview.Row::line).setHeader(getTranslation("meeting-page.counted.import.line"))
                .setFlexGrow(0).setWidth("6em");
        preview.addColumn(CountedImportPreview.Row::who).setHeader(getTranslation("meeting-page.counted.who"));
        preview.addColumn(row -> row.kind() == null ? "" : getTranslation(row.kind().labelKey()))
                .setHeader(getTranslation("meeting-page.counted.kind"));
        preview.addColumn(row -> row.count() == null ? "" : row.count().toString())
                .setHeader(getTranslation("meeting-page.counted.count")).setFlexGrow(0).setWidth("7em");
        preview.addColumn(row -> row.problems().stream()
                .map(FieldProblem::message)
                .collect(Collectors.joining(" "))).setHeader(getTranslation("meeting-page.counted.import.problems"))
                .setFlexGrow(3);
        preview.setPartNameGenerator(row -> row.problems().isEmpty() ? null : "import-row-error");
        preview.setAllRowsVisible(true);
        preview.setVisible(false);
        hint.setVisible(false);
        apply.setText(getTranslation("meeting-page.counted.import.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(click -> apply());
        add(intro, upload, preview, hint);
        getFooter().add(new Button(getTranslation("meeting-page.counted.import.close"), click -> close()), apply);
    }

    void show(byte[] file, CountedImportPreview rows) {
        content = file;
        // The preview stands for the file: free the upload for a corrected one.
        upload.clearFileList();
        preview.setItems(rows.rows());
        preview.setVisible(true);
        apply.setEnabled(!rows.hasErrors() && !rows.rows().isEmpty());
        hint.setVisible(rows.hasErrors());
        hint.setText(getTranslation("meeting-page.counted.import.blocked"));
    }

    private void apply() {
        try {
            imports.apply(meetingId, content);
            Notifications.success("meeting-page.counted.import.done");
            close();
            reload.run();
        } catch (UserFacingException refusal) {
            Notifications.error(refusal);
        }
    }
}
