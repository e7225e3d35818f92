package fr.centressociaux.portail.promeneurs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import fr.centressociaux.portail.promeneurs.ProfessionalImport;
import fr.centressociaux.portail.promeneurs.ProfessionalImportPreview;
import fr.centressociaux.portail.shared.ui.ImportPreview;
import fr.centressociaux.portail.shared.ui.Notifications;

/**
 * An existing directory from a file: read and previewed row by row with its problems in French;
 * the professionals are registered only when no row has one, all at once.
 */
class ProfessionalImportDialog extends Dialog {

    /** A directory is a few hundred rows. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    ProfessionalImportDialog(ProfessionalImport imports, Runnable reload) {
        setHeaderTitle(getTranslation("promeneurs.import.title"));
        setWidth("min(64rem, 95vw)");
        Paragraph intro = new Paragraph(getTranslation("promeneurs.import.intro"));
        ImportPreview<ProfessionalImportPreview, ProfessionalImportPreview.Row> preview = new ImportPreview<>(
                MAX_BYTES, imports::preview, ProfessionalImportPreview::rows, ProfessionalImportPreview.Row::line,
                ProfessionalImportPreview.Row::problems, grid -> {
                    grid.addColumn(ProfessionalImportPreview.Row::name)
                            .setHeader(getTranslation("promeneurs.column.name"));
                    grid.addColumn(ProfessionalImportPreview.Row::employer)
                            .setHeader(getTranslation("promeneurs.column.employer"));
                }, new ImportPreview.Keys("promeneurs.import.line", "promeneurs.import.problems",
                        "promeneurs.import.blocked", "promeneurs.import.apply"),
                content -> {
                    int registered = imports.apply(content);
                    Notifications.success("promeneurs.import.done", registered);
                    close();
                    reload.run();
                });
        preview.grid().setAllRowsVisible(true);
        add(intro, preview.upload(), preview.grid(), preview.hint());
        getFooter().add(new Button(getTranslation("promeneurs.action.close"), click -> close()),
                preview.applyButton());
    }
}
