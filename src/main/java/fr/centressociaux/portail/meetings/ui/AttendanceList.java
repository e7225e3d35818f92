package fr.centressociaux.portail.meetings.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.Presence;
import fr.centressociaux.portail.shared.SearchKeys;

/**
 * The people of a meeting on the attendance page, in groups by centre (people from outside the
 * network last) or as one list by name, narrowed by a search as the organiser types.
 */
class AttendanceList extends Div {

    enum Order { BY_CENTRE, BY_NAME }

    private final BiConsumer<Participant, Presence> onMark;
    private final Map<String, AttendanceRow> rows = new LinkedHashMap<>();
    private final List<Group> groups = new ArrayList<>();
    private final Paragraph noMatch = new Paragraph();
    private String searchKey = "";

    AttendanceList(BiConsumer<Participant, Presence> onMark) {
        this.onMark = onMark;
        addClassName("attendance-list");
        noMatch.addClassName("secondary-text");
    }

    /** Lays the people out again (they come sorted by last and first name). */
    void show(List<Participant> people, Order order) {
        removeAll();
        rows.clear();
        groups.clear();
        if (people.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("meeting-day.attendance.empty"));
            empty.addClassName("secondary-text");
            add(empty);
            return;
        }
        Map<String, List<Participant>> byGroup = order == Order.BY_NAME ? Map.of("", people)
                : people.stream().sorted(Comparator.comparing((Participant person) -> person.getCentreId() == null)
                        .thenComparing(person -> SearchKeys.of(person.getOrganisation())))
                        .collect(Collectors.groupingBy(this::groupName, LinkedHashMap::new, Collectors.toList()));
        byGroup.forEach((name, members) -> {
            Group group = new Group(name, members.stream().map(person -> row(person, order == Order.BY_NAME))
                    .toList());
            groups.add(group);
            add(group);
        });
        add(noMatch);
        filter(searchKey);
    }

    /** Keeps only the rows whose name or centre contains the search, accents and case aside. */
    void search(String text) {
        filter(SearchKeys.of(text));
    }

    /** True when the person had a row, which now shows them as recorded. */
    boolean update(Participant person) {
        AttendanceRow row = rows.get(person.getId());
        if (row == null) {
            return false;
        }
        row.update(person);
        groups.forEach(Group::count);
        return true;
    }

    boolean shows(String participantId) {
        return rows.containsKey(participantId);
    }

    private void filter(String key) {
        searchKey = key;
        rows.values().forEach(row -> row.setVisible(row.matches(key)));
        groups.forEach(group -> group.setVisible(group.rows.stream().anyMatch(AttendanceRow::isVisible)));
        boolean nothing = !rows.isEmpty() && rows.values().stream().noneMatch(AttendanceRow::isVisible);
        noMatch.setText(nothing ? getTranslation("meeting-day.attendance.no-match") : "");
        noMatch.setVisible(nothing);
    }

    private String groupName(Participant person) {
        return person.getCentreId() == null ? getTranslation("meeting-day.attendance.outside")
                : person.getOrganisation();
    }

    private AttendanceRow row(Participant person, boolean showOrganisation) {
        AttendanceRow row = new AttendanceRow(person, showOrganisation, onMark);
        rows.put(person.getId(), row);
        return row;
    }

    /** A centre's people under its name and how many of them are present; no heading when listed by name. */
    private final class Group extends Section {

        private final List<AttendanceRow> rows;
        private final H2 heading = new H2();
        private final String name;

        Group(String name, List<AttendanceRow> rows) {
            this.rows = rows;
            this.name = name;
            addClassName("attendance-group");
            UnorderedList list = new UnorderedList();
            list.addClassName("people-list");
            rows.forEach(list::add);
            if (!name.isEmpty()) {
                add(heading);
            }
            add(list);
            count();
        }

        void count() {
            long present = rows.stream().filter(row -> row.person().getPresence() == Presence.PRESENT).count();
            heading.setText(getTranslation("meeting-day.attendance.group", name, present, rows.size()));
        }
    }
}
