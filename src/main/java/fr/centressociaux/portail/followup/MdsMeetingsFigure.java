package fr.centressociaux.portail.followup;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.centressociaux.portail.meetings.MeetingWithPartners;
import fr.centressociaux.portail.meetings.PartnerMeetings;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Fiche action 2's joint centre–MDS meetings held as meetings of the portal (figure
 * {@code mds.meetings}): the meetings of the year, not cancelled, where at least one MDS of the
 * register was recorded present and at least one member centre of the department (or territory)
 * was represented — someone of it present, named or counted (DD016). Support actions of the kind
 * "joint centre–MDS meeting" stay a figure of their own ({@code mds.joint-meetings}): the same
 * meeting recorded both ways would otherwise count twice.
 */
@Component
class MdsMeetingsFigure {

    static final String LABEL = "followup.figure.mds.meetings";
    static final String KEY = "mds.meetings";

    private final PartnerOrganisations organisations;
    private final PartnerMeetings meetings;
    private final FollowupAccess access;
    private final Texts texts;

    MdsMeetingsFigure(PartnerOrganisations organisations, PartnerMeetings meetings, FollowupAccess access,
            Texts texts) {
        this.organisations = organisations;
        this.meetings = meetings;
        this.access = access;
        this.texts = texts;
    }

    /**
     * The figure, with a line per meeting the caller may open when they read records (never the
     * funder, who reads counts).
     */
    Figure of(int year, @Nullable Department department, @Nullable String territoryId) {
        Map<String, String> mds = organisations.ofKind(PartnerKind.MDS).stream()
                .collect(Collectors.toMap(PartnerOrganisation::getId, PartnerOrganisation::getName));
        List<MeetingWithPartners> held = meetings.withCentresOf(year, department, territoryId, mds.keySet());
        List<Figure.Line> records = access.seesRecords()
                ? held.stream().filter(MeetingWithPartners::readable).map(meeting -> line(meeting, mds::get)).toList()
                : List.of();
        return new Figure(KEY, texts.get(LABEL), held.size(), null, false, records);
    }

    private Figure.Line line(MeetingWithPartners meeting, Function<String, String> names) {
        String present = meeting.partnerIds().stream().map(names).collect(Collectors.joining(", "));
        return new Figure.Line(meeting.date(), meeting.title(),
                texts.get("followup.figure.mds.meetings.line", present, meeting.centresRepresented()), null, null,
                meeting.meetingId());
    }
}
