package fr.centressociaux.portail.meetings.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingDraft;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.TerritoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page of a Promeneurs du Net meeting, without a browser: it invites no centre, so what is about
 * centres (invited, answers, registering people, the centres' rate) and the federation's partners
 * is left out, and its note counts people by their employer's department; an ordinary meeting
 * still shows all of it. The meeting form's intro follows the kind too.
 */
@PortalTest
class NetworkMeetingPageTest extends SpringBrowserlessTest {

    private static final String CENTRE_NOTE =
            "Seules les personnes notées présentes sont comptées, par département de leur centre.";
    private static final String NETWORK_NOTE =
            "Seules les personnes notées présentes sont comptées, par département de leur employeur.";

    @Autowired
    CentreFixtures centres;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    TerritoryService territories;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingTerms terms;

    Meeting assembly;
    Meeting remoteSession;

    @BeforeEach
    void anAssemblyOfArtoisAndARemoteSessionOfTheNetwork() {
        int n = (int) (System.nanoTime() % 100_000);
        centres.create(CentreFixtures.profile("Centre social Les Tilleuls " + n, "62500", "Saint-Omer"), "AA62",
                member(2025));
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
        String artois = territories.byCode("AA62").orElseThrow().getId();
        assembly = meetings.create(draft(StandardKind.TERRITORIAL_ASSEMBLY, "Assemblée " + n,
                MeetingScope.territory(artois)), false);
        remoteSession = meetings.create(draft(StandardKind.REMOTE_SESSION, "Session à distance " + n,
                MeetingScope.department(Department.PAS_DE_CALAIS)), false);
    }

    @AfterEach
    void nobody() {
        AccountFixtures.actAsNobody();
    }

    @Test
    void the_network_meeting_names_no_invited_centres_and_an_ordinary_meeting_does() {
        open(assembly);
        assertThat(shownTerm("Invités")).isTrue();
        open(remoteSession);
        assertThat(shownTerm("Invités")).isFalse();
    }

    @Test
    void the_network_meeting_has_no_centres_answers_and_an_ordinary_meeting_has() {
        open(assembly);
        assertThat(shown(H2.class, "Réponses des centres")).isTrue();
        open(remoteSession);
        assertThat(shown(H2.class, "Réponses des centres")).isFalse();
    }

    @Test
    void nobody_registers_people_for_a_centre_at_a_network_meeting_but_at_an_ordinary_one() {
        open(assembly);
        assertThat(shown(RouterLink.class, "Inscrire des personnes")).isTrue();
        open(remoteSession);
        assertThat(shown(RouterLink.class, "Inscrire des personnes")).isFalse();
    }

    @Test
    void the_network_meeting_gives_no_rate_of_centres_and_an_ordinary_meeting_does() {
        open(assembly);
        // The other tests' centres of the Artois are invited too: how many depends on the order.
        assertThat(shownStartingWith(Span.class, "0 centre représenté sur ")).isTrue();
        open(remoteSession);
        assertThat(shownStartingWith(Span.class, "Aucun centre invité")).isFalse();
        assertThat(shownStartingWith(Span.class, "0 centre")).isFalse();
    }

    @Test
    void the_network_meeting_counts_people_by_their_employer_s_department() {
        open(assembly);
        assertThat(shown(Paragraph.class, CENTRE_NOTE)).isTrue();
        open(remoteSession);
        assertThat(shown(Paragraph.class, NETWORK_NOTE)).isTrue();
        assertThat(shown(Paragraph.class, CENTRE_NOTE)).isFalse();
    }

    @Test
    void the_network_meeting_names_none_of_the_federation_s_partners_and_an_ordinary_meeting_does() {
        open(assembly);
        assertThat(shownTerm("Partenaires présents")).isTrue();
        open(remoteSession);
        assertThat(shownTerm("Partenaires présents")).isFalse();
    }

    @Test
    void the_new_meeting_form_says_who_takes_part_by_the_kind_chosen() {
        navigate("reunions/nouvelle", NewMeetingView.class);
        assertThat(intro()).startsWith("Les centres membres du périmètre choisi");

        test(find(ComboBox.class).withLabel("Type de réunion").single())
                .selectItem(terms.standard(StandardKind.REMOTE_SESSION).getName());
        assertThat(intro()).startsWith("Un temps du réseau Promeneurs du Net n’invite aucun centre");

        test(find(ComboBox.class).withLabel("Type de réunion").single())
                .selectItem(terms.standard(StandardKind.TERRITORIAL_ASSEMBLY).getName());
        assertThat(intro()).startsWith("Les centres membres du périmètre choisi");
    }

    @Test
    void the_coordinator_who_schedules_only_the_network_s_meetings_reads_their_intro_at_once() {
        AccountFixtures.actAs(accounts.active(Role.PDN_COORDINATOR));
        navigate("reunions/nouvelle", NewMeetingView.class);
        assertThat(intro()).startsWith("Un temps du réseau Promeneurs du Net n’invite aucun centre");
    }

    @Test
    void editing_a_network_meeting_says_its_people_stay() {
        navigate("reunions/" + remoteSession.getId() + "/modifier", EditMeetingView.class);
        assertThat(intro()).startsWith("Un temps du réseau Promeneurs du Net n’invite aucun centre");
        navigate("reunions/" + assembly.getId() + "/modifier", EditMeetingView.class);
        assertThat(intro()).startsWith("Changer la date ou le périmètre invite les centres");
    }

    private String intro() {
        return find(Paragraph.class).withClassName("view-intro").single().getText();
    }

    private void open(Meeting meeting) {
        navigate("reunions/" + meeting.getId(), MeetingView.class);
    }

    private MeetingDraft draft(StandardKind kind, String title, MeetingScope scope) {
        return new MeetingDraft(terms.standard(kind).getId(), title, scope, LocalDate.of(2025, 9, 15),
                LocalTime.of(18, 0), LocalTime.of(20, 0), "Arras", "", List.of(), null, "Fédération");
    }

    private boolean shownTerm(String text) {
        return shown(DescriptionList.Term.class, text);
    }

    private <C extends Component> boolean shown(Class<C> type, String text) {
        return find(type).all().stream()
                .anyMatch(component -> text.equals(component.getElement().getTextRecursively()) && inView(component));
    }

    private <C extends Component> boolean shownStartingWith(Class<C> type, String start) {
        return find(type).all().stream()
                .anyMatch(component -> component.getElement().getTextRecursively().startsWith(start)
                        && inView(component));
    }

    /** Visible, and so are all its parents. */
    private static boolean inView(Component component) {
        for (Component at = component; at != null; at = at.getParent().orElse(null)) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
