package fr.centressociaux.portail.newsletter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingFilter;
import fr.centressociaux.portail.meetings.MeetingRow;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.PdnMeeting;
import fr.centressociaux.portail.meetings.ScopeLevel;
import fr.centressociaux.portail.news.NewsItem;
import fr.centressociaux.portail.news.NewsItems;
import fr.centressociaux.portail.news.NewsSource;
import fr.centressociaux.portail.promeneurs.PromeneurEvents;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.Links;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import fr.centressociaux.portail.trainings.SessionFilter;
import fr.centressociaux.portail.trainings.SessionRow;
import fr.centressociaux.portail.trainings.TrainingSessions;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Sections of an issue made from the portal's own content, as Markdown with links to the portal:
 * the meetings (for everyone, or personalised by the recipient's territory), the training sessions
 * with seats left, the news items, the Promeneurs du Net events and the Département's information
 * of a period, read through their modules' services with the signed-in person's rights. Empty when
 * there is nothing to announce: a block that would render nothing is not offered.
 */
@Service
public class ContentBlocks {

    /** More than a newsletter lists in a fortnight; the rest would not be read anyway. */
    private static final int MOST = 30;

    private final MeetingService meetings;
    private final TrainingSessions sessions;
    private final NewsItems news;
    private final PromeneurEvents pdnEvents;
    private final TerritoryService territories;
    private final NewsletterAccess access;
    private final Links links;
    private final Texts texts;

    ContentBlocks(MeetingService meetings, TrainingSessions sessions, NewsItems news, PromeneurEvents pdnEvents,
            TerritoryService territories, NewsletterAccess access, Links links, Texts texts) {
        this.meetings = meetings;
        this.sessions = sessions;
        this.news = news;
        this.pdnEvents = pdnEvents;
        this.territories = territories;
        this.access = access;
        this.links = links;
        this.texts = texts;
    }

    /** The meetings from {@code from} to {@code to} included, not cancelled, soonest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<String> upcomingMeetings(LocalDate from, LocalDate to) {
        access.checkStaff();
        return block("newsletter.block.meetings", meetingsIn(from, to).stream().map(this::meetingLine).toList());
    }

    /**
     * The same meetings, personalised: a recipient reads the meetings of their own territory and
     * those of the whole network or a department; a recipient of no territory (a partner), or of a
     * territory with no meeting of its own, reads the latter only (DD020).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<String> upcomingMeetingsByTerritory(LocalDate from, LocalDate to) {
        access.checkStaff();
        List<Meeting> upcoming = meetingsIn(from, to);
        if (upcoming.isEmpty()) {
            return Optional.empty();
        }
        List<String> forEveryone = upcoming.stream().filter(meeting -> meeting.getScope().level() != ScopeLevel.TERRITORY)
                .map(this::meetingLine).toList();
        Map<String, Territory> byId = territories.byId();
        Map<String, TerritoryParts.Part> parts = new LinkedHashMap<>();
        upcoming.stream().filter(meeting -> meeting.getScope().level() == ScopeLevel.TERRITORY)
                .flatMap(meeting -> meeting.getTerritoryIds().stream()).distinct().filter(byId::containsKey)
                .forEach(id -> {
                    List<String> lines = new ArrayList<>();
                    upcoming.stream().filter(meeting -> meeting.getScope().level() != ScopeLevel.TERRITORY
                            || meeting.getTerritoryIds().contains(id)).map(this::meetingLine).forEach(lines::add);
                    parts.put(id, new TerritoryParts.Part(byId.get(id).getName(), lines));
                });
        return Optional.of(TerritoryParts.compose(texts.get("newsletter.block.meetings-territory"), parts,
                forEveryone.isEmpty() ? List.of(texts.get("newsletter.block.meetings-none-here")) : forEveryone));
    }

    /** The network's news items dated in the period, with their link (or the portal's news page). */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<String> newsItems(LocalDate from, LocalDate to) {
        access.checkStaff();
        return block("newsletter.block.news", newsLines(NewsSource.FEDERATION, from, to));
    }

    /** The information from the Département: the news items it passed on, dated in the period. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<String> departementInformation(LocalDate from, LocalDate to) {
        access.checkStaff();
        return block("newsletter.block.departement", newsLines(NewsSource.DEPARTEMENT, from, to));
    }

    /** The Promeneurs du Net events of the period, soonest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<String> pdnEvents(LocalDate from, LocalDate to) {
        access.checkStaff();
        List<PdnMeeting> upcoming = IntStream.rangeClosed(from.getYear(), to.getYear()).boxed()
                .flatMap(year -> pdnEvents.page(year, PageRequest.of(0, 1_000)).stream())
                .filter(event -> !event.date().isBefore(from) && !event.date().isAfter(to))
                .sorted(Comparator.comparing(PdnMeeting::date)).limit(MOST).toList();
        return block("newsletter.block.pdn-events", upcoming.stream().map(event -> texts.get(
                "newsletter.block.pdn-event", event.title(), texts.get(PromeneurEvents.kindLabelKey(event.kind())),
                FrenchDates.longDate(event.date()))).toList());
    }

    private List<Meeting> meetingsIn(LocalDate from, LocalDate to) {
        return IntStream.rangeClosed(from.getYear(), to.getYear()).boxed()
                .flatMap(year -> meetings.list(MeetingFilter.year(year), PageRequest.of(0, 1_000)).stream())
                .map(MeetingRow::meeting)
                // The Promeneurs du Net's meetings have their own block (pdnEvents).
                .filter(meeting -> !meeting.isCancelled() && !meeting.isPromeneursDuNet()
                        && !meeting.getDate().isBefore(from)
                        && !meeting.getDate().isAfter(to))
                .sorted(Comparator.comparing(Meeting::startsAt)).limit(MOST).toList();
    }

    private String meetingLine(Meeting meeting) {
        return texts.get("newsletter.block.meeting", meeting.getTitle(), FrenchDates.longDate(meeting.getDate()),
                FrenchDates.time(meeting.getStartTime()), meeting.getPlace(), links.to("/reunions/" + meeting.getId()));
    }

    private List<String> newsLines(NewsSource source, LocalDate from, LocalDate to) {
        return news.dated(source, from, to).stream().map(item -> texts.get("newsletter.block.news-item",
                item.getTitle(), FrenchDates.longDate(item.getDate()), readMore(item))).toList();
    }

    private String readMore(NewsItem item) {
        return item.getLink() != null ? item.getLink() : links.to("/actualites");
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
