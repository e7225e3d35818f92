package fr.centressociaux.portail.shared.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.I18NProvider;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.UserFacingException;

/**
 * The preview-then-apply part of an all-or-nothing import from a CSV or Excel file: the upload, the
 * rows as they would be written with each row's problems in French, a hint when a row has one, and
 * the apply button, enabled only when none has. What is applied is the file that was previewed.
 * The caller adds its own columns between the line and the problems, lays the parts out, and says
 * what applying does (a refusal is shown; on success the preview is put away).
 *
 * @param <P> the service's preview of a file
 * @param <R> one row of it
 */
public final class ImportPreview<P, R> {

    /** Translation keys of the texts that differ between imports. */
    public record Keys(String lineHeader, String problemsHeader, String blocked, String apply) {
    }

    private final Grid<R> grid = new Grid<>();
    private final Paragraph hint = new Paragraph();
    private final Button apply = new Button();
    private final Upload upload;
    private final Function<P, List<R>> rowsOf;
    private final Function<R, List<FieldProblem>> problems;
    private byte[] content = new byte[0];

    public ImportPreview(int maxBytes, Function<byte[], P> read, Function<P, List<R>> rowsOf, ToIntFunction<R> line,
            Function<R, List<FieldProblem>> problems, Consumer<Grid<R>> columns, Keys keys, Consumer<byte[]> applying) {
        this.rowsOf = rowsOf;
        this.problems = problems;
        upload = SpreadsheetUpload.create(maxBytes, read, this::show);
        grid.addColumn(line::applyAsInt).setHeader(I18NProvider.translate(keys.lineHeader())).setFlexGrow(0)
                .setWidth("6em");
        columns.accept(grid);
        grid.addColumn(row -> problems.apply(row).stream().map(FieldProblem::message).collect(Collectors.joining(" ")))
                .setHeader(I18NProvider.translate(keys.problemsHeader())).setFlexGrow(3);
        grid.setPartNameGenerator(row -> problems.apply(row).isEmpty() ? null : "import-row-error");
        grid.setVisible(false);
        hint.setText(I18NProvider.translate(keys.blocked()));
        hint.setVisible(false);
        apply.setText(I18NProvider.translate(keys.apply()));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(click -> apply(applying));
    }

    public Upload upload() {
        return upload;
    }

    public Grid<R> grid() {
        return grid;
    }

    public Paragraph hint() {
        return hint;
    }

    public Button applyButton() {
        return apply;
    }

    private void show(byte[] file, P preview) {
        content = file;
        // The preview stands for the file: free the upload for a corrected one.
        upload.clearFileList();
        List<R> rows = rowsOf.apply(preview);
        boolean blocked = rows.stream().anyMatch(row -> !problems.apply(row).isEmpty());
        grid.setItems(rows);
        grid.setVisible(true);
        apply.setEnabled(!blocked && !rows.isEmpty());
        hint.setVisible(blocked);
    }

    private void apply(Consumer<byte[]> applying) {
        try {
            applying.accept(content);
            grid.setVisible(false);
            apply.setEnabled(false);
        } catch (UserFacingException refusal) {
            Notifications.error(refusal);
        }
    }
}
