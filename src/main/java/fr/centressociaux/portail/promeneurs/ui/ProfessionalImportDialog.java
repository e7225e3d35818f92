package fr.centressociaux.portail.promeneurs.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import fr.centressociaux.portail.promeneurs.ProfessionalImport;
import fr.centressociaux.portail.promeneurs.ProfessionalImportPreview;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.SpreadsheetUpload;

/**
 * An existing directory from a file: read and previewed row by row with its problems in French;
 * the professionals are registered only when no row has one, all at once.
 */
class ProfessionalImportDialog extends Dialog {

    /** A directory is a few hundred rows. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final ProfessionalImport imports;
    private final Runnable reload;
    private final Grid<ProfessionalImportPreview.Row> preview = new Grid<>();
    private final Paragraph hint = new Paragraph();
    private final Button apply = new Button();
    private final Upload upload;
    private byte[] content = new byte[0];

    ProfessionalImportDialog(ProfessionalImport imports, Runnable reload) {
        this.imports = imports;
        this.reload = reload;
        setHeaderTitle(getTranslation("promeneurs.import.title"));
        setWidth("min(64rem, 95vw)");
        Paragraph intro = new Paragraph(getTranslation("promeneurs.import.intro"));
        upload = SpreadsheetUpload.create(MAX_BYTES, imports::preview, this::show);
        preview.addColumn(ProfessionalImportPreview.Row::line).setHeader(getTranslation("promeneurs.import.line"))
                .setFlexGrow(0).setWidth("6em");
        preview.addColumn(ProfessionalImportPreview.Row::name).setHeader(getTranslation("promeneurs.column.name"));
        preview.addColumn(ProfessionalImportPreview.Row::employer)
                .setHeader(getTranslation("promeneurs.column.employer"));
        preview.addColumn(row -> row.problems().stream().map(FieldProblem::message).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("promeneurs.import.problems")).setFlexGrow(3);
        preview.setPartNameGenerator(row -> row.problems().isEmpty() ? null : "import-row-error");
        preview.setAllRowsVisible(true);
        preview.setVisible(false);
        hint.setVisible(false);
        hint.setText(getTranslation("promeneurs.import.blocked"));
        apply.setText(getTranslation("promeneurs.import.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(click -> apply());
        add(intro, upload, preview, hint);
        getFooter().add(new Button(getTranslation("promeneurs.action.close"), click -> close()), apply);
    }

    private void show(byte[] file, ProfessionalImportPreview rows) {
        content = file;
        // The preview stands for the file: free the upload for a corrected one.
        upload.clearFileList();
        preview.setItems(rows.rows());
        preview.setVisible(true);
        apply.setEnabled(!rows.hasErrors() && !rows.rows().isEmpty());
        hint.setVisible(rows.hasErrors());
    }

    private void apply() {
        try {
            int registered = imports.apply(content);
            Notifications.success("promeneurs.import.done", registered);
            close();
            reload.run();
        } catch (UserFacingException refusal) {
            Notifications.error(refusal);
        }
    }
}
