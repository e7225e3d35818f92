package fr.centressociaux.portail.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists and exports say whether a meeting is to come, today, past or cancelled. */
class MeetingPhaseTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    @Test
    void a_meeting_is_to_come_today_or_past_by_its_date() {
        assertThat(MeetingPhase.of(on(TODAY.plusDays(1)), TODAY)).isEqualTo(MeetingPhase.UPCOMING);
        assertThat(MeetingPhase.of(on(TODAY), TODAY)).isEqualTo(MeetingPhase.TODAY);
        assertThat(MeetingPhase.of(on(TODAY.minusDays(1)), TODAY)).isEqualTo(MeetingPhase.PAST);
    }

    @Test
    void a_cancelled_meeting_is_cancelled_whatever_its_date() {
        Meeting past = on(TODAY.minusYears(1));
        past.cancel("Salle indisponible");
        Meeting coming = on(TODAY.plusDays(3));
        coming.cancel("Reportée");

        assertThat(MeetingPhase.of(past, TODAY)).isEqualTo(MeetingPhase.CANCELLED);
        assertThat(MeetingPhase.of(coming, TODAY)).isEqualTo(MeetingPhase.CANCELLED);
    }

    private static Meeting on(LocalDate date) {
        return new Meeting("kind", "Assemblée territoriale", MeetingScope.network(), date, LocalTime.of(9, 0),
                LocalTime.of(12, 0), "Calais", "Équipe fédérale");
    }
}
