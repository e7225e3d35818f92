package fr.centressociaux.portail.trainings.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.trainings.TraineeCounts;
import fr.centressociaux.portail.trainings.TrainingBilan;
import fr.centressociaux.portail.trainings.TrainingBilans;
import org.jspecify.annotations.Nullable;

import static fr.centressociaux.portail.trainings.ui.TrainingUi.FILE_LINK;

/** The training bilan of a year and department: per training, trainees, centres, sessions, hours; the totals; its spreadsheet. */
class BilanSection extends Div {

    private static final List<String> COLUMNS = List.of("training.bilan.column.training",
            "training.bilan.column.sessions", "training.bilan.column.employees", "training.bilan.column.volunteers",
            "training.bilan.column.trainees", "training.bilan.column.centres", "training.bilan.column.hours");

    private final TrainingBilans bilans;
    private final H2 title = new H2();
    private final Div links = new Div();
    private final Paragraph empty = new Paragraph();
    private final ReportTable table = new ReportTable("training-reports.bilan", COLUMNS);

    BilanSection(TrainingBilans bilans) {
        this.bilans = bilans;
        addClassNames("training-section", "bilan-section");
        links.addClassName("export-links");
        Header header = new Header(title, links);
        header.addClassName("section-header");
        empty.addClassName("secondary-text");
        Paragraph note = new Paragraph(getTranslation("training.bilan.note"));
        note.addClassName("report-note");
        add(header, empty, table, note);
    }

    void show(int year, @Nullable Department department) {
        TrainingBilan bilan = bilans.bilan(year, department);
        String scope = department == null ? getTranslation("training.bilan.both-departments")
                : getTranslation(department.labelKey());
        title.setText(getTranslation("training.bilan.title", String.valueOf(year), scope));
        links.removeAll();
        links.add(FILE_LINK.of(() -> bilans.bilanXlsx(year, department),
                getTranslation("training-reports.bilan.xlsx")));
        table.clear();
        for (TrainingBilan.Row row : bilan.rows()) {
            Span family = new Span(getTranslation(row.family().labelKey()));
            family.addClassName("secondary-text");
            Div label = new Div(new Span(row.title()), family);
            label.addClassName("compact-row");
            table.row(ReportTable.Kind.LINE, label, figures(row.counts()));
        }
        table.row(ReportTable.Kind.TOTAL, new Span(getTranslation("training.bilan.total")), figures(bilan.total()));
        empty.setText(getTranslation("training-reports.bilan.empty"));
        empty.setVisible(bilan.rows().isEmpty());
    }

    private List<String> figures(TraineeCounts counts) {
        return List.of(String.valueOf(counts.sessions()), String.valueOf(counts.employees()),
                String.valueOf(counts.volunteers()), String.valueOf(counts.trainees()), String.valueOf(counts.centres()),
                FrenchDates.hours(counts.attended()));
    }
}
