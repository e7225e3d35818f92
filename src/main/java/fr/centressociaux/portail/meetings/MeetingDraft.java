package fr.centressociaux.portail.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import fr.centressociaux.portail.shared.EndsAfterStart;
import fr.centressociaux.portail.shared.PortalYear;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a meeting form holds. The organiser is a staff account: it may take attendance and edit the
 * meeting even outside its own territories. The service checks further what only it knows: kinds
 * and subjects that exist, a territory valid on the date, partner organisations of the register
 * ({@link MeetingPartners}).
 */
@EndsAfterStart(start = "startTime", end = "endTime")
public record MeetingDraft(
        @NotNull(message = "{portal.validation.required}") @Nullable String kindId,
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = MeetingDraft.MAX_TITLE, message = "{portal.validation.too-long}") String title,
        @NotNull(message = "{portal.validation.required}") @Nullable MeetingScope scope,
        @NotNull(message = "{portal.validation.required}") @PortalYear @Nullable LocalDate date,
        @NotNull(message = "{portal.validation.required}") @Nullable LocalTime startTime,
        @NotNull(message = "{portal.validation.required}") @Nullable LocalTime endTime,
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = MeetingDraft.MAX_PLACE, message = "{portal.validation.too-long}") String place,
        @Size(max = MeetingDraft.MAX_TEXT, message = "{portal.validation.too-long}") String agenda,
        List<String> subjectIds, @Nullable String organiserId,
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = MeetingDraft.MAX_TITLE, message = "{portal.validation.too-long}") String organiserName,
        List<String> partnerIds) {

    public static final int MAX_TITLE = 150;
    public static final int MAX_PLACE = 200;
    public static final int MAX_TEXT = 20_000;

    public MeetingDraft {
        subjectIds = List.copyOf(subjectIds);
        partnerIds = List.copyOf(partnerIds);
    }

    /** A draft with no partner organisation present (most meetings; and where no register is plugged in). */
    public MeetingDraft(@Nullable String kindId, String title, @Nullable MeetingScope scope, @Nullable LocalDate date,
            @Nullable LocalTime startTime, @Nullable LocalTime endTime, String place, String agenda,
            List<String> subjectIds, @Nullable String organiserId, String organiserName) {
        this(kindId, title, scope, date, startTime, endTime, place, agenda, subjectIds, organiserId, organiserName,
                List.of());
    }

    /** The draft of a stored meeting, to edit it. */
    public static MeetingDraft of(Meeting meeting) {
        return new MeetingDraft(meeting.getKindId(), meeting.getTitle(), meeting.getScope(), meeting.getDate(),
                meeting.getStartTime(), meeting.getEndTime(), meeting.getPlace(), meeting.getAgenda(),
                meeting.getSubjectIds(), meeting.getOrganiserId(), meeting.getOrganiserName(), meeting.getPartnerIds());
    }

    /** The same draft with these partner organisations present (ids of the register). */
    public MeetingDraft withPartners(List<String> partnerIds) {
        return new MeetingDraft(kindId, title, scope, date, startTime, endTime, place, agenda, subjectIds, organiserId,
                organiserName, partnerIds);
    }
}
