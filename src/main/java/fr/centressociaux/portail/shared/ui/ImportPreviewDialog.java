package fr.centressociaux.portail.shared.ui;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.PreviewedRow;
import fr.centressociaux.portail.shared.UserFacingException;

/**
 * An import in two steps, for every CSV or XLSX import of the portal: the file is read and previewed
 * row by row with its problems in French; it is applied only when no row has one, all at once. The
 * subclass adds the columns of what a row says between the line number and the problems, and applies
 * the file.
 *
 * @param <R> a row of the preview
 */
public abstract class ImportPreviewDialog<R extends PreviewedRow> extends Dialog {

    /** A table to import is a few hundred rows: a few megabytes at most. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final Grid<R> preview = new Grid<>();
    private final Paragraph hint = new Paragraph();
    private final Button apply = new Button();
    private final Upload upload;
    private byte[] content = new byte[0];

    /** The texts every import defines under its prefix ({@code TranslationsTest} checks them). */
    public static final List<String> TEXTS = List.of("title", "intro", "line", "blocked", "apply", "close");

    /**
     * @param keys the prefix of this import's {@link #TEXTS}, ending with a dot
     * @param read the service's preview of a file (nothing saved)
     */
    protected ImportPreviewDialog(String keys, Function<byte[], List<R>> read, Object... titleArguments) {
        setHeaderTitle(getTranslation(keys + "title", titleArguments));
        setWidth("min(60rem, 95vw)");
        upload = SpreadsheetUpload.create(MAX_BYTES, read, this::show);
        preview.addColumn(PreviewedRow::line).setHeader(getTranslation(keys + "line")).setFlexGrow(0).setWidth("6em");
        preview.setPartNameGenerator(row -> row.problems().isEmpty() ? null : "import-row-error");
        preview.setAllRowsVisible(true);
        preview.setVisible(false);
        hint.setVisible(false);
        hint.setText(getTranslation(keys + "blocked"));
        apply.setText(getTranslation(keys + "apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(click -> applyFile());
        add(new Paragraph(getTranslation(keys + "intro")), upload, preview, hint);
        getFooter().add(new Button(getTranslation(keys + "close"), click -> close()), apply);
    }

    /** The grid, for the subclass to add the columns of what a row says; call {@link #withProblems} after. */
    protected Grid<R> rows() {
        return preview;
    }

    /** The last column: each row's problems, in French. */
    protected void withProblems(String header) {
        preview.addColumn(row -> row.problems().stream().map(FieldProblem::message).collect(Collectors.joining(" ")))
                .setHeader(header).setFlexGrow(3);
    }

    /** Applies the file read; a refusal is told as a notification and the dialog stays open. */
    protected abstract void apply(byte[] file);

    private void show(byte[] file, List<R> rows) {
        content = file;
        // The preview stands for the file: free the upload for a corrected one.
        upload.clearFileList();
        preview.setItems(rows);
        preview.setVisible(true);
        boolean blocked = rows.stream().anyMatch(row -> !row.problems().isEmpty());
        apply.setEnabled(!blocked && !rows.isEmpty());
        hint.setVisible(blocked);
    }

    private void applyFile() {
        try {
            apply(content);
            close();
        } catch (UserFacingException refusal) {
            Notifications.error(refusal);
        }
    }
}
