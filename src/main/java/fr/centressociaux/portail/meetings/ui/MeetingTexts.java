package fr.centressociaux.portail.meetings.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import com.vaadin.flow.component.UI;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingCounts;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.territories.Department;

/**
 * The sentences the bilan uses, for screens: "70 participants dont 17 du Pas-de-Calais",
 * "20 salariés, 75 bénévoles", "8 centres sur 10, soit 80 %", when a meeting takes place (dates and
 * times as {@link FrenchDates} writes them).
 */
final class MeetingTexts {

    private MeetingTexts() {
    }

    /** "mardi 14 octobre 2025, de 9 h 30 à 12 h". */
    static String when(Meeting meeting) {
        return t("meeting-day.when", FrenchDates.longDate(meeting.getDate()), FrenchDates.time(meeting.getStartTime()),
                FrenchDates.time(meeting.getEndTime()));
    }

    /** "70 participants dont 52 du Nord et 17 du Pas-de-Calais" */
    static String participants(MeetingCounts counts) {
        if (counts.participants() == 0) {
            return t("meeting-counts.nobody");
        }
        return t("meeting-counts.participants", counts.participants(), counts.from(Department.NORD),
                counts.from(Department.PAS_DE_CALAIS));
    }

    /** "20 salariés, 45 bénévoles, 3 habitants et 2 partenaires" */
    static String byKind(MeetingCounts counts) {
        List<String> parts = new ArrayList<>();
        for (ParticipantKind kind : ParticipantKind.values()) {
            parts.add(t(pluralKey(kind), counts.of(kind)));
        }
        return t("meeting-counts.by-kind", String.join(", ", parts.subList(0, parts.size() - 1)), parts.getLast());
    }

    /** "8 centres sur 10, soit 80 %", or that no centre was invited. */
    static String centres(MeetingCounts counts) {
        OptionalInt rate = counts.representationRate();
        return rate.isEmpty() ? t("meeting-counts.no-centre")
                : t("meeting-counts.centres", counts.centresRepresented(), counts.centresInScope(), rate.getAsInt());
    }

    /** For a set of meetings: each meeting counts its invited centres, so a centre invited twice counts twice. */
    static String centresOfSet(MeetingCounts counts) {
        OptionalInt rate = counts.representationRate();
        return rate.isEmpty() ? t("meeting-counts.no-centre")
                : t("meeting-counts.centres.set", counts.centresRepresented(), counts.centresInScope(),
                        rate.getAsInt());
    }

    /** "8 / 10" */
    static String centresShort(MeetingCounts counts) {
        return counts.centresInScope() == 0 ? "—" : counts.centresRepresented() + " / " + counts.centresInScope();
    }

    /** "80 %" */
    static String rate(MeetingCounts counts) {
        OptionalInt rate = counts.representationRate();
        return rate.isEmpty() ? "—" : t("meeting-counts.rate", rate.getAsInt());
    }

    /** The key of "{0} salariés"-like texts, singular or plural as the count asks. */
    static String pluralKey(ParticipantKind kind) {
        return switch (kind) {
            case EMPLOYEE -> "meeting-counts.employees";
            case VOLUNTEER -> "meeting-counts.volunteers";
            case INHABITANT -> "meeting-counts.inhabitants";
            case PARTNER -> "meeting-counts.partners";
        };
    }

    /** The list's and export's column header of a kind: "Salariés", "Bénévoles"… */
    static String columnKey(ParticipantKind kind) {
        return switch (kind) {
            case EMPLOYEE -> "meeting-columns.employees";
            case VOLUNTEER -> "meeting-columns.volunteers";
            case INHABITANT -> "meeting-columns.inhabitants";
            case PARTNER -> "meeting-columns.partners";
        };
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
