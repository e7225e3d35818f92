package fr.centressociaux.portail.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import fr.centressociaux.portail.followup.SenacsImport;
import fr.centressociaux.portail.followup.SenacsImportPreview;
import fr.centressociaux.portail.shared.ui.ImportPreview;
import fr.centressociaux.portail.shared.ui.Notifications;

/**
 * The observatory's SENACS completion list of a year: read and previewed row by row with its problems
 * in French; the statuses are recorded only when no row has one, all at once.
 */
class SenacsImportDialog extends Dialog {

    /** The network's list is a few hundred rows. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    SenacsImportDialog(SenacsImport imports, int year, Runnable reload) {
        setHeaderTitle(getTranslation("followup.senacs.import.title", String.valueOf(year)));
        setWidth("min(60rem, 95vw)");
        ImportPreview<SenacsImportPreview, SenacsImportPreview.Row> preview = new ImportPreview<>(MAX_BYTES,
                read -> imports.preview(year, read), SenacsImportPreview::rows, SenacsImportPreview.Row::line,
                SenacsImportPreview.Row::problems, grid -> {
                    grid.addColumn(SenacsImportPreview.Row::structure)
                            .setHeader(getTranslation("followup.senacs.import.structure")).setFlexGrow(2);
                    grid.addColumn(row -> row.status() == null ? "" : getTranslation(row.status().labelKey()))
                            .setHeader(getTranslation("followup.senacs.status")).setAutoWidth(true);
                }, new ImportPreview.Keys("followup.senacs.import.line", "followup.senacs.import.problems",
                        "followup.senacs.import.blocked", "followup.senacs.import.apply"),
                content -> {
                    Notifications.success("followup.senacs.import.done", imports.apply(year, content));
                    close();
                    reload.run();
                });
        preview.grid().setAllRowsVisible(true);
        add(new Paragraph(getTranslation("followup.senacs.import.intro")), preview.upload(), preview.grid(),
                preview.hint());
        getFooter().add(new Button(getTranslation("followup.senacs.import.close"), click -> close()),
                preview.applyButton());
    }
}
