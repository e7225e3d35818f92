package fr.centressociaux.portail.newsletter;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingFilter;
import fr.centressociaux.portail.meetings.MeetingRow;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.Links;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.trainings.SessionFilter;
import fr.centressociaux.portail.trainings.SessionRow;
import fr.centressociaux.portail.trainings.TrainingSessions;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Sections of an issue made from the portal's own content, as Markdown with links to the portal:
 * the meetings and the training sessions (with seats left) of a period, read through their modules'
 * services with the signed-in person's rights. Empty when there is nothing to announce: a block
 * that would render nothing is not offered.
 */
@Service
public class ContentBlocks {

    /** More than a newsletter lists in a fortnight; the rest would not be read anyway. */
    private static final int MOST = 30;

    private final MeetingService meetings;
    private final TrainingSessions sessions;
    private final NewsletterAccess access;
    private final Links links;
    private final Texts texts;

    ContentBlocks(MeetingService meetings, TrainingSessions sessions, NewsletterAccess access, Links links,
            Texts texts) {
        this.meetings = meetings;
        this.sessions = sessions;
        this.access = access;
        this.links = links;
        this.texts = texts;
    }

    /** The meetings from {@code from} to {@code to} included, not cancelled, soonest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<String> upcomingMeetings(LocalDate from, LocalDate to) {
        access.checkStaff();
        List<Meeting> upcoming = IntStream.rangeClosed(from.getYear(), to.getYear()).boxed()
                .flatMap(year -> meetings.list(MeetingFilter.year(year), PageRequest.of(0, 1_000)).stream())
                .map(MeetingRow::meeting)
                .filter(meeting -> !meeting.isCancelled() && !meeting.getDate().isBefore(from)
                        && !meeting.getDate().isAfter(to))
                .sorted(Comparator.comparing(Meeting::startsAt)).limit(MOST).toList();
        return block("newsletter.block.meetings", upcoming.stream().map(meeting -> texts.get(
                "newsletter.block.meeting", meeting.getTitle(), FrenchDates.longDate(meeting.getDate()),
                FrenchDates.time(meeting.getStartTime()), meeting.getPlace(),
                links.to("/reunions/" + meeting.getId()))).toList());
    }

    /** The training sessions starting from {@code from} to {@code to}, not cancelled, with their seats left. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<String> upcomingSessions(LocalDate from, LocalDate to) {
        access.checkStaff();
        List<SessionRow> upcoming = sessions.list(new SessionFilter(null, null, from, false), PageRequest.of(0, MOST))
                .stream().filter(row -> !row.session().getFirstDay().isAfter(to) && row.session().getSeatsLeft() > 0)
                .toList();
        return block("newsletter.block.sessions", upcoming.stream().map(row -> texts.get("newsletter.block.session",
                row.training().getTitle(), FrenchDates.longDate(row.session().getFirstDay()),
                row.session().getSeatsLeft(), links.to(TrainingSessions.path(row.session().getId())))).toList());
    }

    private Optional<String> block(String titleKey, List<String> lines) {
        return lines.isEmpty() ? Optional.empty()
                : Optional.of("## " + texts.get(titleKey) + "\n\n" + String.join("\n", lines));
    }
}
