package fr.centressociaux.portail.meetings.ui;

import java.util.List;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.meetings.CentreAnswer;

/**
 * Per invited centre the person may see: how many people it registered and how many came; the
 * centres that registered nobody are shown as not having answered, first, so they can be chased.
 */
class CentreAnswersSection extends MeetingSection {

    private static final int ROWS_SHOWN = 12;

    private final Paragraph summary = new Paragraph();
    private final Grid<CentreAnswer> grid = new Grid<>();

    CentreAnswersSection() {
        super("meeting-page.answers");
        summary.addClassName("secondary-text");
        grid.addColumn(answer -> answer.centre().name()).setHeader(getTranslation("meeting-page.answers.centre"))
                .setFlexGrow(1).setSortable(true);
        grid.addComponentColumn(this::listed).setHeader(getTranslation("meeting-page.answers.listed"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(answer -> answer.answered() ? String.valueOf(answer.present()) : "")
                .setHeader(getTranslation("meeting-page.answers.present")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("meeting-page.answers.empty"));
        add(summary, grid);
    }

    @Override
    void show(MeetingState state) {
        // A director sees only their own centre: their people are listed below.
        setVisible(!state.networkEvent() && (state.permissions().manage() || state.answers().size() > 1));
        List<CentreAnswer> answers = state.answers().stream()
                .sorted((a, b) -> Boolean.compare(a.answered(), b.answered())).toList();
        long answered = answers.stream().filter(CentreAnswer::answered).count();
        summary.setText(getTranslation("meeting-page.answers.summary", answered, answers.size()));
        grid.setItems(answers);
        grid.setAllRowsVisible(answers.size() <= ROWS_SHOWN);
        grid.setHeight(answers.size() <= ROWS_SHOWN ? null : "26rem");
    }

    private Span listed(CentreAnswer answer) {
        if (answer.answered()) {
            return new Span(String.valueOf(answer.listed()));
        }
        Span none = new Span(getTranslation("meeting-page.answers.none"));
        none.addClassName("no-answer");
        return none;
    }
}
