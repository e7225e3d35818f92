package fr.centressociaux.portail.meetings.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.Presence;
import fr.centressociaux.portail.shared.FrenchDates;

/**
 * The people the person may see (a director, their centre's; a delegate, their territories'):
 * name, centre or organisation and kind in one cell so it reads on a phone, presence and arrival.
 */
class PeopleSection extends MeetingSection {

    private static final int ROWS_SHOWN = 12;

    private final Span summary = new Span();
    private final Grid<Participant> grid = new Grid<>();

    PeopleSection() {
        super("meeting-page.people");
        summary.addClassName("secondary-text");
        grid.addComponentColumn(this::person).setHeader(getTranslation("meeting-page.people.person"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::presence).setHeader(getTranslation("meeting-page.people.presence"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("meeting-page.people.empty"));
        add(summary, grid);
    }

    @Override
    void show(MeetingState state) {
        List<Participant> people = state.people();
        long present = people.stream().filter(person -> person.getPresence() == Presence.PRESENT).count();
        summary.setText(getTranslation("meeting-page.people.summary", people.size(), present));
        summary.setVisible(!people.isEmpty());
        grid.setItems(people);
        grid.setAllRowsVisible(people.size() <= ROWS_SHOWN);
        grid.setHeight(people.size() <= ROWS_SHOWN ? null : "30rem");
    }

    private Div person(Participant person) {
        Span name = new Span(person.getLastName().toUpperCase(Locale.FRANCE) + " " + person.getFirstName());
        name.addClassName("compact-name");
        Span where = new Span(person.getOrganisation() + " · " + getTranslation(person.getKind().labelKey()));
        where.addClassName("secondary-text");
        Div cell = new Div(name, where);
        cell.addClassName("compact-row");
        return cell;
    }

    private Div presence(Participant person) {
        Span state = new Span(getTranslation(person.getPresence().labelKey()));
        state.addClassNames("presence", person.getPresence().name().toLowerCase(Locale.ROOT));
        Div cell = new Div(state);
        if (person.getCheckedInAt() != null) {
            Span time = new Span(getTranslation("meeting-page.people.arrived",
                    FrenchDates.time(person.getCheckedInAt())));
            time.addClassName("secondary-text");
            cell.add(time);
        }
        cell.addClassName("compact-row");
        return cell;
    }
}
