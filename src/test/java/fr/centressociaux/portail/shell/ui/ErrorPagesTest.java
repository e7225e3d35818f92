package fr.centressociaux.portail.shell.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingDraft;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.TerritoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The error pages say in French what happened and lead back home. */
@PortalTest
class ErrorPagesTest extends SpringBrowserlessTest {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    TerritoryService territories;
    @Autowired
    MeetingTerms terms;
    @Autowired
    MeetingService meetings;

    @Test
    void a_page_that_does_not_exist_is_said_not_found_in_french_with_a_way_home() {
        AccountFixtures.actAs(accounts.active(Role.DELEGATE));

        navigate("cette-page-n-existe-pas", NotFoundView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Page introuvable");
        assertThat(find(Paragraph.class).withClassName("view-intro").single().getText())
                .isEqualTo("Cette page n’existe pas, ou vous n’avez pas le droit de l’ouvrir avec votre compte.");
        assertThat(find(RouterLink.class).withText("Revenir à l’accueil").single().getHref()).isEmpty();
    }

    @Test
    void a_delegate_opening_the_attendance_of_a_meeting_of_another_territory_reads_it_as_not_found() {
        Account admin = accounts.active(Role.ADMIN);
        String littoral = territories.byCode("LIT62").orElseThrow().getId();
        AccountFixtures.actAs(admin);
        Meeting meeting = meetings.create(new MeetingDraft(terms.standard(StandardKind.DIRECTORS).getId(),
                "Réunion des directions du Calaisis", MeetingScope.territory(littoral), LocalDate.now().plusDays(3),
                LocalTime.of(9, 30), LocalTime.of(12, 0), "Calais", "", List.of(), admin.getId(), "Fédération"),
                false);
        String audomarois = territories.byCode("AA62").orElseThrow().getId();
        AccountFixtures.actAs(accounts.active(Role.DELEGATE, new AccountScope(Set.of(audomarois), null)));

        navigate("reunions/" + meeting.getId() + "/presences", AccessDeniedView.class);

        // The same page as an address that names nothing, so the meeting's existence is not told.
        assertThat(find(H1.class).single().getText()).isEqualTo("Page introuvable");
        assertThat(find(Paragraph.class).withClassName("view-intro").single().getText())
                .isEqualTo("Cette page n’existe pas, ou vous n’avez pas le droit de l’ouvrir avec votre compte.");
        assertThat(find(RouterLink.class).withText("Revenir à l’accueil").exists()).isTrue();
    }
}
