package fr.centressociaux.portail.meetings.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.meetings.CountedAttendance;
import fr.centressociaux.portail.meetings.CountedLine;
import fr.centressociaux.portail.meetings.CountedLineDraft;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingDraft;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.TerritoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grid of counted participants on the meeting page, without a browser: the delegate adds a
 * line and sees the figures move; a bad number or a line twice is refused next to its field and
 * nothing changes; a director reads the lines without any way to change them.
 */
@PortalTest
class CountedSectionTest extends SpringBrowserlessTest {

    @Autowired
    CentreFixtures centres;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    TerritoryService territories;
    @Autowired
    MeetingService meetings;
    @Autowired
    CountedAttendance counted;
    @Autowired
    MeetingTerms terms;

    Account delegate;
    Centre centre;
    Meeting meeting;

    @BeforeEach
    void aPastAssemblyOfArtois() {
        String artois = territories.byCode("AA62").orElseThrow().getId();
        int n = (int) (System.nanoTime() % 100_000);
        centre = centres.create(CentreFixtures.profile("Centre social Les Peupliers " + n, "62500", "Saint-Omer"),
                "AA62", member(2024));
        delegate = accounts.active(Role.DELEGATE, new AccountScope(Set.of(artois), null));
        AccountFixtures.actAs(delegate);
        meeting = meetings.create(new MeetingDraft(terms.standard(StandardKind.TERRITORIAL_ASSEMBLY).getId(),
                "Assemblée territoriale " + n, MeetingScope.territory(artois), LocalDate.of(2024, 6, 4),
                LocalTime.of(18, 0), LocalTime.of(20, 0), "Saint-Omer", "", List.of(), delegate.getId(),
                "Délégation"), false);
    }

    @Test
    void the_delegate_adds_a_counted_line_and_the_figures_follow() {
        navigate("reunions/" + meeting.getId(), MeetingView.class);

        test(find(ComboBox.class).withLabel("Centre adhérent").single()).selectItem(centre.getProfile().name());
        test(find(ComboBox.class).withLabel("Type de participant·e").single()).selectItem("Bénévole");
        test(find(IntegerField.class).withLabel("Nombre").single()).setValue(24);
        test(find(Button.class).withText("Ajouter la ligne").single()).click();

        assertThat(counted.lines(meeting.getId())).extracting(CountedLine::centreId, CountedLine::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(centre.getId(), 24));
        assertThat(countedGrid().getGenericDataView().getItems()).hasSize(1);
        assertThat(find(com.vaadin.flow.component.html.Span.class).withText("24 participants, dont 0 nommé")
                .exists()).isTrue();
    }

    @Test
    void an_absurd_number_is_refused_next_to_the_field_and_nothing_is_saved() {
        navigate("reunions/" + meeting.getId(), MeetingView.class);

        test(find(ComboBox.class).withLabel("Type de participant·e").single()).selectItem("Habitant·e");
        IntegerField count = find(IntegerField.class).withLabel("Nombre").single();
        test(count).setValue(6_000);
        test(find(Button.class).withText("Ajouter la ligne").single()).click();

        assertThat(count.isInvalid()).isTrue();
        assertThat(count.getErrorMessage()).isEqualTo("Plus de 5000 personnes sur une ligne : vérifiez le nombre.");
        assertThat(counted.lines(meeting.getId())).isEmpty();
    }

    @Test
    void a_line_twice_is_refused_next_to_the_centre() {
        counted.save(meeting.getId(), List.of(new CountedLineDraft(centre.getId(), "", ParticipantKind.EMPLOYEE, 3)));
        navigate("reunions/" + meeting.getId(), MeetingView.class);

        ComboBox<?> centreField = find(ComboBox.class).withLabel("Centre adhérent").single();
        test(centreField).selectItem(centre.getProfile().name());
        test(find(ComboBox.class).withLabel("Type de participant·e").single()).selectItem("Salarié·e");
        test(find(IntegerField.class).withLabel("Nombre").single()).setValue(5);
        test(find(Button.class).withText("Ajouter la ligne").single()).click();

        assertThat(centreField.isInvalid()).isTrue();
        assertThat(centreField.getErrorMessage()).startsWith("Cette ligne existe déjà");
        assertThat(counted.lines(meeting.getId())).extracting(CountedLine::count).containsExactly(3);
    }

    @Test
    void a_partner_structure_is_typed_when_no_centre_is_chosen() {
        navigate("reunions/" + meeting.getId(), MeetingView.class);

        test(find(TextField.class).withLabel("Structure partenaire").single()).setValue("CAF du Pas-de-Calais");
        test(find(ComboBox.class).withLabel("Type de participant·e").single()).selectItem("Partenaire");
        test(find(IntegerField.class).withLabel("Nombre").single()).setValue(2);
        test(find(Button.class).withText("Ajouter la ligne").single()).click();
        assertThat(counted.lines(meeting.getId())).extracting(CountedLine::name, CountedLine::centreId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CAF du Pas-de-Calais", null));
    }

    @Test
    void a_director_reads_the_lines_without_the_form() {
        counted.save(meeting.getId(), List.of(new CountedLineDraft(centre.getId(), "", ParticipantKind.VOLUNTEER, 9)));
        AccountFixtures.actAs(accounts.active(Role.DIRECTOR, new AccountScope(Set.of(), centre.getId())));

        navigate("reunions/" + meeting.getId(), MeetingView.class);

        assertThat(countedGrid().getGenericDataView().getItems()).hasSize(1);
        assertThat(find(Button.class).withText("Ajouter la ligne").exists()).isFalse();
        assertThat(find(Button.class).withText("Importer un tableau").exists()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private Grid<CountedLine> countedGrid() {
        return find(CountedSection.class).single().getChildren().filter(Grid.class::isInstance)
                .map(component -> (Grid<CountedLine>) component).findFirst().orElseThrow();
    }
}
