package fr.centressociaux.portail.newsletter;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import fr.centressociaux.portail.accounts.RunAs;
import fr.centressociaux.portail.newsletter.internal.IssueStore;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Prepares next week's issue as a draft, on a set day ({@code portal.newsletter.weekly-draft-cron}):
 * the week's news items, then the meetings (personalised by the recipient's territory), the training
 * sessions with seats and the Promeneurs du Net events of the fortnight that starts next Monday, and
 * the Département's information.
 * It never schedules nor sends: staff edit it and choose its audience. It works in the name of the
 * staff account {@code portal.newsletter.weekly-draft-by}, through the services' rights checks.
 * One draft per week: the issue's unique {@code weekOf} lets only the first node (or run) write it.
 */
@Component
class WeeklyDraft {

    private static final Logger LOG = LoggerFactory.getLogger(WeeklyDraft.class);
    /** Two weeks of events: next week's, and the one after, which people must register for now. */
    private static final int DAYS_COVERED = 14;
    /** The draft is prepared weekly: a week of news, today included. */
    private static final int NEWS_DAYS_BACK = 7;

    private final ContentBlocks blocks;
    private final IssueStore issues;
    private final RunAs runAs;
    private final NewsletterSettings settings;
    private final Texts texts;
    private final Clock clock;

    WeeklyDraft(ContentBlocks blocks, IssueStore issues, RunAs runAs, NewsletterSettings settings, Texts texts,
            Clock clock) {
        this.blocks = blocks;
        this.issues = issues;
        this.runAs = runAs;
        this.settings = settings;
        this.texts = texts;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.newsletter.weekly-draft-cron:0 0 8 * * TUE}", zone = "Europe/Paris")
    void onSchedule() {
        if (settings.weeklyDraftBy().isBlank()) {
            return;
        }
        Optional<Optional<NewsletterIssue>> prepared = runAs.account(settings.weeklyDraftBy(), this::prepare);
        if (prepared.isEmpty()) {
            LOG.warn("Weekly newsletter draft not prepared: no account {}", settings.weeklyDraftBy());
        }
    }

    /** Prepares the draft of next week, as the signed-in person; empty when it exists already. */
    Optional<NewsletterIssue> prepare() {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate until = monday.plusDays(DAYS_COVERED - 1);
        // The news published since last week's draft, and what is already dated in the fortnight.
        LocalDate newsFrom = LocalDate.now(clock).minusDays(NEWS_DAYS_BACK - 1L);
        List<String> sections = Stream.of(blocks.newsItems(newsFrom, until),
                blocks.upcomingMeetingsByTerritory(monday, until), blocks.upcomingSessions(monday, until),
                blocks.pdnEvents(monday, until), blocks.departementInformation(newsFrom, until))
                .flatMap(Optional::stream).toList();
        NewsletterIssue issue = new NewsletterIssue(texts.get("newsletter.weekly.subject",
                FrenchDates.longDate(monday)), texts.get("newsletter.weekly.preheader"),
                sections.isEmpty() ? List.of(texts.get("newsletter.weekly.nothing")) : sections);
        issue.preparedFor(monday);
        try {
            NewsletterIssue saved = issues.save(issue);
            LOG.info("Weekly newsletter draft prepared for the week of {}", monday);
            return Optional.of(saved);
        } catch (DuplicateKeyException alreadyThere) {
            return Optional.empty();
        }
    }
}
