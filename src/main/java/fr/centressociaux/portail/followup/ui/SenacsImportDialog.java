package fr.centressociaux.portail.followup.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import fr.centressociaux.portail.followup.SenacsImport;
import fr.centressociaux.portail.followup.SenacsImportPreview;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.SpreadsheetUpload;

/**
 * The observatory's SENACS completion list of a year: read and previewed row by row with its problems
 * in French; the statuses are recorded only when no row has one, all at once.
 */
class SenacsImportDialog extends Dialog {

    /** The network's list is a few hundred rows. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final SenacsImport imports;
    private final int year;
    private final Runnable reload;
    private final Grid<SenacsImportPreview.Row> preview = new Grid<>();
    private final Paragraph hint = new Paragraph();
    private final Button apply = new Button();
    private final Upload upload;
    private byte[] content = new byte[0];

    SenacsImportDialog(SenacsImport imports, int year, Runnable reload) {
        this.imports = imports;
        this.year = year;
        this.reload = reload;
        setHeaderTitle(getTranslation("followup.senacs.import.title", String.valueOf(year)));
        setWidth("min(60rem, 95vw)");
        upload = SpreadsheetUpload.create(MAX_BYTES, read -> imports.preview(year, read), this::show);
        preview.addColumn(SenacsImportPreview.Row::line).setHeader(getTranslation("followup.senacs.import.line"))
                .setFlexGrow(0).setWidth("6em");
        preview.addColumn(SenacsImportPreview.Row::structure)
                .setHeader(getTranslation("followup.senacs.import.structure")).setFlexGrow(2);
        preview.addColumn(row -> row.status() == null ? "" : getTranslation(row.status().labelKey()))
                .setHeader(getTranslation("followup.senacs.status")).setAutoWidth(true);
        preview.addColumn(row -> row.problems().stream().map(FieldProblem::message).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("followup.senacs.import.problems")).setFlexGrow(3);
        preview.setPartNameGenerator(row -> row.problems().isEmpty() ? null : "import-row-error");
        preview.setAllRowsVisible(true);
        preview.setVisible(false);
        hint.setVisible(false);
        hint.setText(getTranslation("followup.senacs.import.blocked"));
        apply.setText(getTranslation("followup.senacs.import.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(click -> apply());
        add(new Paragraph(getTranslation("followup.senacs.import.intro")), upload, preview, hint);
        getFooter().add(new Button(getTranslation("followup.senacs.import.close"), click -> close()), apply);
    }

    private void show(byte[] file, SenacsImportPreview rows) {
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
            int recorded = imports.apply(year, content);
            Notifications.success("followup.senacs.import.done", recorded);
            close();
            reload.run();
        } catch (UserFacingException refusal) {
            Notifications.error(refusal);
        }
    }
}
