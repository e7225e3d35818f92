package fr.centressociaux.portail.followup.ui;

import fr.centressociaux.portail.followup.SenacsImport;
import fr.centressociaux.portail.followup.SenacsImportPreview;
import fr.centressociaux.portail.shared.ui.ImportPreviewDialog;
import fr.centressociaux.portail.shared.ui.Notifications;

/**
 * The observatory's SENACS completion list of a year: read and previewed row by row with its problems
 * in French; the statuses are recorded only when no row has one, all at once.
 */
class SenacsImportDialog extends ImportPreviewDialog<SenacsImportPreview.Row> {

    private final SenacsImport imports;
    private final int year;
    private final Runnable reload;

    SenacsImportDialog(SenacsImport imports, int year, Runnable reload) {
        super("followup.senacs.import.", file -> imports.preview(year, file).rows(), String.valueOf(year));
        this.imports = imports;
        this.year = year;
        this.reload = reload;
        rows().addColumn(SenacsImportPreview.Row::structure)
                .setHeader(getTranslation("followup.senacs.import.structure")).setFlexGrow(2);
        rows().addColumn(row -> row.status() == null ? "" : getTranslation(row.status().labelKey()))
                .setHeader(getTranslation("followup.senacs.status")).setAutoWidth(true);
        withProblems(getTranslation("followup.senacs.import.problems"));
    }

    @Override
    protected void apply(byte[] file) {
        Notifications.success("followup.senacs.import.done", imports.apply(year, file));
        reload.run();
    }
}
