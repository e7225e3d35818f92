package fr.centressociaux.portail.newsletter;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.news.NewsDraft;
import fr.centressociaux.portail.news.NewsItems;
import fr.centressociaux.portail.news.NewsSource;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blocks of portal content in an issue, and the weekly draft prepared from them: links to the
 * portal's own pages, only the period asked for, one draft per week, never sent on its own.
 */
@PortalTest
@TestPropertySource(properties = "portal.base-url=https://portail.centres-sociaux.example")
class WeeklyDraftTest {

    @Autowired
    WeeklyDraft weeklyDraft;
    @Autowired
    ContentBlocks blocks;
    @Autowired
    MeetingFixtures meetings;
    @Autowired
    MeetingService meetingService;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    Clock clock;
    @Autowired
    NewsItems news;
    @Autowired
    MongoOperations mongo;

    /** One draft per week: each test prepares next week's afresh. */
    @BeforeEach
    void noWeeklyDraftYet() {
        mongo.remove(Query.query(Criteria.where("weekOf").exists(true)), NewsletterIssue.class);
    }

    @Test
    void the_meetings_block_lists_the_period_s_meetings_soonest_first_with_links_and_leaves_out_the_cancelled() {
        LocalDate from = LocalDate.now(clock).plusDays(40);
        String kind = meetings.newKind().getId();
        Meeting later = meetings.meeting(kind, MeetingScope.network(), from.plusDays(3));
        Meeting sooner = meetings.meeting(kind, MeetingScope.network(), from);
        Meeting cancelled = meetings.meeting(kind, MeetingScope.network(), from.plusDays(1));
        Meeting outside = meetings.meeting(kind, MeetingScope.network(), from.plusDays(20));
        meetings.asAdmin(() -> meetingService.cancel(cancelled.getId(), "Salle indisponible"));
        AccountFixtures.actAs(accounts.active(Role.ADMIN));

        String block = blocks.upcomingMeetings(from, from.plusDays(13)).orElseThrow();

        assertThat(block).startsWith("## Réunions à venir")
                .contains("https://portail.centres-sociaux.example/reunions/" + sooner.getId())
                .doesNotContain(cancelled.getTitle()).doesNotContain(outside.getTitle());
        assertThat(block.indexOf(sooner.getTitle())).isLessThan(block.indexOf(later.getTitle()));
        assertThat(blocks.upcomingMeetings(from.minusYears(30), from.minusYears(30).plusDays(1))).isEmpty();
    }

    @Test
    void next_week_s_draft_is_prepared_once_with_its_meetings_and_is_not_scheduled() {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Meeting assembly = meetings.meeting(meetings.newKind().getId(), MeetingScope.network(), monday.plusDays(2));
        AccountFixtures.actAs(accounts.active(Role.ADMIN));

        Optional<NewsletterIssue> first = weeklyDraft.prepare();
        Optional<NewsletterIssue> again = weeklyDraft.prepare();

        NewsletterIssue draft = first.orElseThrow();
        assertThat(draft.getStatus()).isEqualTo(IssueStatus.DRAFT);
        assertThat(draft.getScheduledAt()).isNull();
        assertThat(draft.getWeekOf()).isEqualTo(monday);
        assertThat(draft.getSubject()).contains("semaine du");
        assertThat(String.join("\n", draft.getSections())).contains(assembly.getTitle());
        assertThat(again).as("a second run the same week").isEmpty();
    }

    @Test
    void the_weekly_draft_announces_the_news_of_the_week() {
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
        LocalDate today = LocalDate.now(clock);
        news.publish(new NewsDraft("Nouveau site de la fédération", today.minusDays(2), "", "", NewsSource.FEDERATION));
        news.publish(new NewsDraft("Une vieille nouvelle", today.minusDays(20), "", "", NewsSource.FEDERATION));

        String sections = String.join("\n", weeklyDraft.prepare().orElseThrow().getSections());

        assertThat(sections).contains("## Actualités du réseau", "Nouveau site de la fédération")
                .doesNotContain("Une vieille nouvelle");
    }
}
