package fr.centressociaux.portail.newsletter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.meetings.MeetingDraft;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.news.NewsDraft;
import fr.centressociaux.portail.news.NewsItems;
import fr.centressociaux.portail.news.NewsSource;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The blocks added with the news (issue 16): news items and the Département's information of a
 * period, the Promeneurs du Net events, and the meetings personalised by the recipient's territory,
 * which each recipient reads with their own territory's meetings only.
 */
@PortalTest
class ContentBlocksTest {

    @Autowired
    ContentBlocks blocks;
    @Autowired
    NewsItems news;
    @Autowired
    MeetingService meetingService;
    @Autowired
    MeetingTerms terms;
    @Autowired
    IssueRenderer renderer;
    @Autowired
    NewsletterIssues issues;
    @Autowired
    MeetingFixtures meetings;
    @Autowired
    TerritoryService territories;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    Clock clock;

    @BeforeEach
    void staff() {
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
    }

    @Test
    void the_news_and_the_departement_s_information_are_two_blocks_of_the_period_s_items() {
        LocalDate from = LocalDate.now(clock).plusDays(200);
        news.publish(new NewsDraft("Forum des bénévoles", from.plusDays(1), "", "https://example.org/forum",
                NewsSource.FEDERATION));
        news.publish(new NewsDraft("Appel à projets jeunesse", from.plusDays(2), "", "", NewsSource.DEPARTEMENT));
        news.publish(new NewsDraft("Trop tard", from.plusDays(30), "", "", NewsSource.FEDERATION));

        assertThat(blocks.newsItems(from, from.plusDays(13)).orElseThrow()).startsWith("## Actualités du réseau")
                .contains("**Forum des bénévoles**", "https://example.org/forum")
                .doesNotContain("Appel à projets").doesNotContain("Trop tard");
        assertThat(blocks.departementInformation(from, from.plusDays(13)).orElseThrow())
                .startsWith("## Informations du Département").contains("Appel à projets jeunesse")
                .as("an item without a link points to the portal's news page").contains("/actualites");
        assertThat(blocks.newsItems(from.minusYears(40), from.minusYears(40).plusDays(3))).isEmpty();
    }

    @Test
    void the_pdn_events_block_lists_the_period_s_events() {
        LocalDate from = LocalDate.now(clock).plusDays(300);
        meetingService.create(new MeetingDraft(terms.standard(StandardKind.REMOTE_SESSION).getId(),
                "Séance sur les réseaux sociaux", MeetingScope.department(Department.PAS_DE_CALAIS), from.plusDays(4),
                LocalTime.of(14, 0), LocalTime.of(15, 30), "Visioconférence", "", List.of(), null,
                "Coordination Promeneurs du Net"), false);

        assertThat(blocks.pdnEvents(from, from.plusDays(13)).orElseThrow())
                .startsWith("## Promeneurs du Net : les rencontres")
                .contains("**Séance sur les réseaux sociaux** (Séance mensuelle à distance)");
        assertThat(blocks.pdnEvents(from.plusDays(20), from.plusDays(30))).isEmpty();
    }

    @Test
    void a_recipient_reads_the_meetings_of_their_own_territory_and_those_of_the_network() {
        List<Territory> two = territories.all().stream().limit(2).toList();
        Territory mine = two.get(0);
        Territory theirs = two.get(1);
        LocalDate from = LocalDate.now(clock).plusDays(120);
        String kind = meetings.newKind().getId();
        Meeting ours = meetings.meeting(kind, MeetingScope.territory(mine.getId()), from.plusDays(1));
        Meeting other = meetings.meeting(kind, MeetingScope.territory(theirs.getId()), from.plusDays(2));
        Meeting network = meetings.meeting(kind, MeetingScope.network(), from.plusDays(3));
        AccountFixtures.actAs(accounts.active(Role.ADMIN));

        String block = blocks.upcomingMeetingsByTerritory(from, from.plusDays(13)).orElseThrow();
        IssueDraft issue = new IssueDraft("Lettre", "", List.of(block));

        assertThat(renderer.render(issue, null, null, mine.getId()).text()).contains(ours.getTitle(),
                network.getTitle()).doesNotContain(other.getTitle()).doesNotContain("{{");
        assertThat(renderer.render(issue, null, null, theirs.getId()).html()).contains(other.getTitle(),
                network.getTitle()).doesNotContain(ours.getTitle());
        assertThat(renderer.render(issue, null, null, null).text()).as("a partner, of no territory")
                .contains(network.getTitle()).doesNotContain(ours.getTitle()).doesNotContain(other.getTitle());
    }

    @Test
    void a_personalised_block_that_shows_nothing_to_some_recipients_is_refused_in_french() {
        String emptyForOthers = TerritoryParts.compose("Réunions", java.util.Map.of("t1",
                new TerritoryParts.Part("Littoral", List.of("- Une réunion"))), List.of());

        assertThatThrownBy(() -> issues.create(new IssueDraft("Lettre", "", List.of("Bonjour.", emptyForOthers))))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(FieldProblem::message).containsExactly("La rubrique 2 n’affiche rien pour une "
                                + "partie de ses destinataires (un territoire sans contenu) : complétez-la ou "
                                + "supprimez-la."));
    }
}
