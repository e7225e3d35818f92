package fr.centressociaux.portail.centres.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.centressociaux.portail.centres.ImportAction;
import fr.centressociaux.portail.centres.ImportError;
import fr.centressociaux.portail.centres.ImportPreview;
import fr.centressociaux.portail.centres.ImportRow;
import org.jspecify.annotations.Nullable;

/**
 * An import preview: counts of what the file would do, problems of the file itself, and one grid
 * line per row with its action, the fields it changes and its errors in red.
 */
class ImportPreviewGrid extends VerticalLayout {

    private static final String ERROR_COLOR = "var(--lumo-error-text-color)";

    private final Paragraph file = new Paragraph();
    private final HorizontalLayout summary = new HorizontalLayout();
    private final Div fileErrors = new Div();
    private final Checkbox onlyErrors = new Checkbox();
    private final Grid<ImportRow> grid = new Grid<>();
    private @Nullable ImportPreview preview;

    ImportPreviewGrid() {
        setPadding(false);
        setSizeFull();
        onlyErrors.setLabel(getTranslation("import.only-errors"));
        onlyErrors.addValueChangeListener(change -> showRows());
        summary.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureGrid();
        add(file, summary, fileErrors, onlyErrors, grid);
        show(null);
    }

    private void configureGrid() {
        grid.addColumn(ImportRow::line).setHeader(getTranslation("import.column.line")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.action() == null ? "" : getTranslation(row.action().labelKey()))
                .setHeader(getTranslation("import.column.action")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportRow::name).setHeader(getTranslation("import.column.name")).setFlexGrow(2);
        grid.addColumn(ImportRow::commune).setHeader(getTranslation("import.column.commune")).setAutoWidth(true);
        grid.addColumn(ImportRow::territory).setHeader(getTranslation("import.column.territory")).setAutoWidth(true);
        grid.addColumn(row -> String.join(", ", row.changes())).setHeader(getTranslation("import.column.changes"))
                .setFlexGrow(1);
        grid.addComponentColumn(row -> errors(row.errors())).setHeader(getTranslation("import.column.errors"))
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("import.empty"));
        grid.setSizeFull();
    }

    void show(@Nullable ImportPreview newPreview) {
        this.preview = newPreview;
        summary.removeAll();
        fileErrors.removeAll();
        file.setVisible(newPreview != null);
        onlyErrors.setVisible(newPreview != null && newPreview.rowsInError() > 0);
        if (newPreview != null) {
            file.setText(getTranslation("import.file", newPreview.fileName(), newPreview.rows().size()));
            summary.add(count("import.summary.create", newPreview.count(ImportAction.CREATE)),
                    count("import.summary.update", newPreview.count(ImportAction.UPDATE)),
                    count("import.summary.unchanged", newPreview.count(ImportAction.UNCHANGED)),
                    count("import.summary.errors", newPreview.rowsInError()));
            if (!newPreview.fileErrors().isEmpty()) {
                fileErrors.add(new H2(getTranslation("import.file-errors")), errors(newPreview.fileErrors()));
            }
        }
        showRows();
    }

    private void showRows() {
        List<ImportRow> rows = preview == null ? List.of() : preview.rows();
        grid.setItems(onlyErrors.getValue() ? rows.stream().filter(ImportRow::hasErrors).toList() : rows);
    }

    private Span count(String key, long count) {
        Span span = new Span(getTranslation(key, count));
        span.getStyle().set("font-weight", "600");
        if (key.equals("import.summary.errors") && count > 0) {
            span.getStyle().set("color", ERROR_COLOR);
        }
        return span;
    }

    private Div errors(List<ImportError> errors) {
        Div list = new Div();
        for (ImportError error : errors) {
            Div line = new Div(error.column() == null ? error.reason()
                    : getTranslation("import.error.in-column", error.column(), error.reason()));
            line.getStyle().set("color", ERROR_COLOR);
            list.add(line);
        }
        return list;
    }
}
