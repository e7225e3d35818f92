package fr.centressociaux.portail.centres.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentrePermissions;
import fr.centressociaux.portail.centres.YearlyFigures;
import fr.centressociaux.portail.shared.ui.EditButton;

/** Employees, full-time equivalents and volunteers, year by year. */
class FiguresSection extends CentreSection {

    private final Grid<YearlyFigures> grid = new Grid<>();
    private final Grid.Column<YearlyFigures> editColumn;
    private final Button add;
    private final Predicate<YearlyFigures> onSave;
    private int nextYear;

    FiguresSection(Predicate<YearlyFigures> onSave) {
        super("centre-page.figures");
        this.onSave = onSave;
        add = new Button(getTranslation("centre-page.figures.add"), VaadinIcon.PLUS.create(),
                click -> new FiguresDialog(null, nextYear, onSave).open());
        setActions(add);
        grid.addColumn(YearlyFigures::year).setHeader(getTranslation("centre-page.figures.year")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(YearlyFigures::employees).setHeader(getTranslation("centre-page.figures.employees"));
        grid.addColumn(row -> fte(row.fullTimeEquivalent())).setHeader(getTranslation("centre-page.figures.fte"));
        grid.addColumn(YearlyFigures::volunteers).setHeader(getTranslation("centre-page.figures.volunteers"));
        // A header every column has, also read aloud for the buttons below it (axe's empty-table-header).
        editColumn = grid.addComponentColumn(this::editButton).setHeader(getTranslation("centre-page.edit-column"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("centre-page.figures.empty"));
        add(grid);
    }

    private Button editButton(YearlyFigures row) {
        return new EditButton(getTranslation("centre-page.figures.edit-for", String.valueOf(row.year())),
                () -> new FiguresDialog(row, row.year(), onSave).open());
    }

    /** 23,4 as French readers write it. */
    private static String fte(double value) {
        return NumberFormat.getNumberInstance(Locale.FRANCE).format(value);
    }

    @Override
    void show(Centre centre, CentrePermissions permissions, LocalDate today) {
        grid.setItems(centre.getFigures());
        int latest = centre.getFigures().stream().mapToInt(YearlyFigures::year).max().orElse(today.getYear() - 1);
        nextYear = Math.min(latest + 1, today.getYear());
        add.setVisible(permissions.editProfile());
        editColumn.setVisible(permissions.editProfile());
    }
}
