package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import fr.centressociaux.portail.meetings.CountedImport;
import fr.centressociaux.portail.meetings.CountedImportPreview;
import fr.centressociaux.portail.shared.ui.ImportPreview;
import fr.centressociaux.portail.shared.ui.Notifications;

/**
 * Counted lines from a file: the file is read and previewed row by row with its problems in
 * French; the rows are added only when none has one, all at once.
 */
class CountedImportDialog extends Dialog {

    /** A table of counted lines is a few hundred rows at most. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    CountedImportDialog(CountedImport imports, String meetingId, Runnable reload) {
        setHeaderTitle(getTranslation("meeting-page.counted.import.title"));
        setWidth("min(60rem, 95vw)");
        Paragraph intro = new Paragraph(getTranslation("meeting-page.counted.import.intro"));
        ImportPreview<CountedImportPreview, CountedImportPreview.Row> preview = new ImportPreview<>(MAX_BYTES,
                read -> imports.preview(meetingId, read), CountedImportPreview::rows, CountedImportPreview.Row::line,
                CountedImportPreview.Row::problems, grid -> {
                    grid.addColumn(CountedImportPreview.Row::who).setHeader(getTranslation("meeting-page.counted.who"));
                    grid.addColumn(row -> row.kind() == null ? "" : getTranslation(row.kind().labelKey()))
                            .setHeader(getTranslation("meeting-page.counted.kind"));
                    grid.addColumn(row -> row.count() == null ? "" : row.count().toString())
                            .setHeader(getTranslation("meeting-page.counted.count")).setFlexGrow(0).setWidth("7em");
                }, new ImportPreview.Keys("meeting-page.counted.import.line", "meeting-page.counted.import.problems",
                        "meeting-page.counted.import.blocked", "meeting-page.counted.import.apply"),
                content -> {
                    imports.apply(meetingId, content);
                    Notifications.success("meeting-page.counted.import.done");
                    close();
                    reload.run();
                });
        preview.grid().setAllRowsVisible(true);
        add(intro, preview.upload(), preview.grid(), preview.hint());
        getFooter().add(new Button(getTranslation("meeting-page.counted.import.close"), click -> close()),
                preview.applyButton());
    }
}
