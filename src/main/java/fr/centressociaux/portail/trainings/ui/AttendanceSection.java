package fr.centressociaux.portail.trainings.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.trainings.Enrolment;
import fr.centressociaux.portail.trainings.EnrolmentLine;
import fr.centressociaux.portail.trainings.SessionDay;
import fr.centressociaux.portail.trainings.TrainingAttendance;
import fr.centressociaux.portail.trainings.TrainingDocuments;
import fr.centressociaux.portail.trainings.TrainingSession;
import org.jspecify.annotations.Nullable;

import static fr.centressociaux.portail.trainings.ui.TrainingUi.ATTEMPT;
import static fr.centressociaux.portail.trainings.ui.TrainingUi.FILE_LINK;

/**
 * Staff's attendance, one day at a time: the émargement of the day to print (blank) or as marked
 * (filled), and, from that day on, a box per person holding a seat, saved as soon as it is ticked,
 * with the hours each person has attended so far. Large rows: it is done on a phone in the room.
 */
class AttendanceSection extends SessionSection {

    private final TrainingAttendance attendance;
    private final TrainingDocuments documents;
    private final TrainingFormats formats;
    private final Runnable reload;
    private final Select<SessionDay> day = new Select<>();
    private final Div sheets = new Div();
    private final Paragraph counter = new Paragraph();
    private final Div list = new Div();
    private final Button everyone;
    private @Nullable SessionState state;

    AttendanceSection(TrainingAttendance attendance, TrainingDocuments documents, TrainingFormats formats,
            Runnable reload) {
        super("attendance-section");
        this.attendance = attendance;
        this.documents = documents;
        this.formats = formats;
        this.reload = reload;
        title(getTranslation("session-page.attendance"));
        day.setLabel(getTranslation("session-page.attendance.day"));
        day.addValueChangeListener(change -> {
            if (change.isFromClient() && state != null) {
                showDay(state);
            }
        });
        sheets.addClassName("export-links");
        counter.addClassName("result-count");
        counter.getElement().setAttribute("aria-live", "polite");
        list.addClassName("presence-list");
        everyone = new Button(getTranslation("session-page.attendance.everyone"), VaadinIcon.CHECK_SQUARE_O.create(),
                click -> markEveryone());
        add(day, sheets, counter, list, everyone);
    }

    @Override
    void show(SessionState shown) {
        state = shown;
        setVisible(shown.permissions().manage() && !shown.session().isCancelled());
        TrainingSession session = shown.session();
        List<SessionDay> days = session.getDays();
        SessionDay chosen = day.getValue();
        day.setItems(days);
        day.setItemLabelGenerator(item -> getTranslation("session-page.attendance.day.value",
                days.indexOf(item) + 1, formats.day(item)));
        day.setValue(chosen != null && days.contains(chosen) ? chosen : defaultDay(days, shown.today()));
        showDay(shown);
    }

    /** Today's day if the session is on, else the last day that has passed, else the first. */
    static SessionDay defaultDay(List<SessionDay> days, LocalDate today) {
        SessionDay last = days.getFirst();
        for (SessionDay candidate : days) {
            if (candidate.date().isAfter(today)) {
                break;
            }
            last = candidate;
        }
        return last;
    }

    private void showDay(SessionState shown) {
        SessionDay chosen = Objects.requireNonNull(day.getValue());
        String id = shown.id();
        LocalDate date = chosen.date();
        sheets.removeAll();
        sheets.add(FILE_LINK.of(() -> documents.attendanceSheet(id, date, true),
                        getTranslation("session-page.attendance.sheet.blank", FrenchDates.format(date))),
                FILE_LINK.of(() -> documents.attendanceSheet(id, date, false),
                        getTranslation("session-page.attendance.sheet.filled", FrenchDates.format(date))));
        list.removeAll();
        List<EnrolmentLine> seated = shown.seated();
        boolean open = shown.permissions().markAttendance() && !shown.today().isBefore(date);
        long present = seated.stream().filter(line -> line.enrolment().attended(date)).count();
        counter.setText(getTranslation("session-page.attendance.counter", present, seated.size()));
        counter.setVisible(open);
        everyone.setVisible(open && present < seated.size());
        if (!open) {
            Paragraph later = new Paragraph(getTranslation("session-page.attendance.not-yet", FrenchDates.format(date)));
            later.addClassName("secondary-text");
            list.add(later);
            return;
        }
        if (seated.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("session-page.attendance.nobody"));
            none.addClassName("secondary-text");
            list.add(none);
        }
        seated.forEach(line -> list.add(row(line.enrolment(), date, shown)));
    }

    private Div row(Enrolment person, LocalDate date, SessionState shown) {
        Checkbox present = new Checkbox(person.fullName(), person.attended(date));
        present.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                if (!ATTEMPT.quietly(() -> attendance.setPresence(person.getId(), date, change.getValue()), reload)) {
                    present.setValue(change.getOldValue());
                }
            }
        });
        Span details = new Span(shown.ownCentreOnly() ? "" : person.getCentreName());
        details.addClassName("secondary-text");
        Div row = new Div(present, details);
        if (person.hasAttended()) {
            Span hours = new Span(getTranslation("session-page.attendance.hours",
                    FrenchDates.hours(person.getAttendedTime())));
            hours.addClassName("trainee-hours");
            row.add(hours);
        }
        row.addClassName("presence-row");
        return row;
    }

    private void markEveryone() {
        SessionState shown = Objects.requireNonNull(state);
        LocalDate date = Objects.requireNonNull(day.getValue()).date();
        List<String> ids = shown.seated().stream().map(line -> line.enrolment().getId()).toList();
        ATTEMPT.run(() -> attendance.markDay(shown.id(), date, ids), reload, "session-page.attendance.everyone.done",
                ids.size());
    }
}
