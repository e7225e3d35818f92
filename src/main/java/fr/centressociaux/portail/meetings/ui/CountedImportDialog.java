package fr.centressociaux.portail.meetings.ui;

import fr.centressociaux.portail.meetings.CountedImport;
import fr.centressociaux.portail.meetings.CountedImportPreview;
import fr.centressociaux.portail.shared.ui.ImportPreviewDialog;
import fr.centressociaux.portail.shared.ui.Notifications;

/**
 * Counted lines from a file: the file is read and previewed row by row with its problems in
 * French; the rows are added only when none has one, all at once.
 */
class CountedImportDialog extends ImportPreviewDialog<CountedImportPreview.Row> {

    private final CountedImport imports;
    private final String meetingId;
    private final Runnable reload;

    CountedImportDialog(CountedImport imports, String meetingId, Runnable reload) {
        super("meeting-page.counted.import.", file -> imports.preview(meetingId, file).rows());
        this.imports = imports;
        this.meetingId = meetingId;
        this.reload = reload;
        rows().addColumn(CountedImportPreview.Row::who).setHeader(getTranslation("meeting-page.counted.who"));
        rows().addColumn(row -> row.kind() == null ? "" : getTranslation(row.kind().labelKey()))
                .setHeader(getTranslation("meeting-page.counted.kind"));
        rows().addColumn(row -> row.count() == null ? "" : row.count().toString())
                .setHeader(getTranslation("meeting-page.counted.count")).setFlexGrow(0).setWidth("7em");
        withProblems(getTranslation("meeting-page.counted.import.problems"));
    }

    @Override
    protected void apply(byte[] file) {
        imports.apply(meetingId, file);
        Notifications.success("meeting-page.counted.import.done");
        reload.run();
    }
}
