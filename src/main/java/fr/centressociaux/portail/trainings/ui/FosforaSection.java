package fr.centressociaux.portail.trainings.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.trainings.Fosfora;
import fr.centressociaux.portail.trainings.FosforaFigures;
import fr.centressociaux.portail.trainings.FosforaGroup;
import fr.centressociaux.portail.trainings.FosforaTable;
import org.jspecify.annotations.Nullable;

import static fr.centressociaux.portail.trainings.ui.TrainingUi.FILE_LINK;

/**
 * The yearly FOSFORA table, network-wide or for the department chosen above: its sections with
 * their lines and subtotals, the general total, and its spreadsheet and PDF. A specific funding line
 * has an amount only.
 */
class FosforaSection extends Div {

    private static final List<String> COLUMNS = List.of("fosfora.column.line", "fosfora.column.centres",
            "fosfora.column.volunteers", "fosfora.column.sessions", "fosfora.column.days", "fosfora.column.amount");

    private final Fosfora fosfora;
    private final H2 title = new H2();
    private final Div links = new Div();
    private final ReportTable table = new ReportTable("training-reports.fosfora", COLUMNS);

    FosforaSection(Fosfora fosfora) {
        this.fosfora = fosfora;
        addClassNames("training-section", "fosfora-section");
        links.addClassName("export-links");
        Header header = new Header(title, links);
        header.addClassName("section-header");
        Paragraph note = new Paragraph(getTranslation("fosfora.note"));
        note.addClassName("report-note");
        add(header, table, note);
    }

    /** The year's table, network-wide (department null) or one department's. */
    void show(int year, @Nullable Department department) {
        FosforaTable shown = fosfora.table(year, department);
        title.setText(fosfora.title(shown));
        links.removeAll();
        links.add(FILE_LINK.of(() -> fosfora.tableXlsx(year, department),
                        getTranslation("training-reports.fosfora.xlsx")),
                FILE_LINK.of(() -> fosfora.tablePdf(year, department), getTranslation("training-reports.fosfora.pdf")));
        table.clear();
        for (FosforaTable.Section section : shown.sections()) {
            String group = getTranslation(section.group().labelKey());
            table.section(group, COLUMNS.size());
            boolean counts = section.group() != FosforaGroup.SPECIFIC_FUNDING;
            for (FosforaTable.Row row : section.rows()) {
                table.row(ReportTable.Kind.LINE, new Span(fosfora.label(row)), figures(row.figures(),
                        counts && row.funding() == null));
            }
            if (section.rows().size() > 1) {
                table.row(ReportTable.Kind.SUBTOTAL, new Span(getTranslation("fosfora.subtotal", group)),
                        figures(section.subtotal(), counts));
            }
        }
        table.row(ReportTable.Kind.TOTAL, new Span(getTranslation("fosfora.total")), figures(shown.total(), true));
    }

    private static List<String> figures(FosforaFigures figures, boolean counts) {
        String amount = SessionActions.euros(figures.amount());
        return counts ? List.of(String.valueOf(figures.centres()), String.valueOf(figures.volunteers()),
                String.valueOf(figures.sessions()), String.valueOf(figures.days()), amount)
                : List.of("", "", "", "", amount);
    }
}
