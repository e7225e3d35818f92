package fr.centressociaux.portail.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a meeting form holds. The organiser is a staff account: it may take attendance and edit the
 * meeting even outside its own territories.
 */
public record MeetingDraft(@Nullable String kindId, String title, @Nullable MeetingScope scope,
        @Nullable LocalDate date, @Nullable LocalTime startTime, @Nullable LocalTime endTime, String place,
        String agenda, List<String> subjectIds, @Nullable String organiserId, String organiserName) {

    public MeetingDraft {
        subjectIds = List.copyOf(subjectIds);
    }
}
