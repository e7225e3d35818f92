package fr.centressociaux.portail.centres.ui;

import java.time.LocalDate;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.CampaignDraft;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.centres.MembershipCampaigns;
import fr.centressociaux.portail.centres.MembershipStatus;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screens of the membership campaign without a browser: the campaign page of an admin, the
 * director's home panel, and the directory's bulk confirmation.
 */
@PortalTest
@Import(MovableClockConfiguration.class)
// A campaign concerns every centre of the database: it runs where MembershipCampaignTest runs.
@TestPropertySource(properties = "portal.test.database-of=membership-campaign")
class CampaignScreensTest extends SpringBrowserlessTest {

    @Autowired
    MovableClock clock;
    @Autowired
    CentreFixtures centres;
    @Autowired
    CentreService centreService;
    @Autowired
    MembershipCampaigns campaigns;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    RenewalPanel renewalPanel;

    LocalDate today;
    int nextYear;

    @BeforeEach
    void signInAnAdmin() {
        today = LocalDate.now(clock);
        nextYear = today.getYear() + 1;
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
    }

    @Test
    void an_admin_opens_next_years_campaign_from_its_page_and_sees_the_centres_to_renew() {
        Centre member = centres.create(CentreFixtures.profile("Centre social Page " + nextYear, "62100", "Calais"),
                "LIT62", member(today.getYear()));
        navigate(CampaignView.class);

        test(find(DatePicker.class).withLabel("Date de clôture").single()).setValue(today.plusDays(25));
        click(openOrMoveButton());

        assertThat(find(Paragraph.class).withClassName("campaign-state").single().getText())
                .startsWith("Campagne " + nextYear + " ouverte jusqu’au");
        assertThat(centreService.get(member.getId()).membership(nextYear).orElseThrow().status())
                .isEqualTo(MembershipStatus.TO_RENEW);
        assertThat(find(Button.class).withText("Modifier la date de clôture").exists()).isTrue();
        assertThat(find(Grid.class).single().getGenericDataView().getItems().map(centre -> ((Centre) centre).getId()))
                .contains(member.getId());
    }

    @Test
    void a_closing_date_left_empty_is_refused_next_to_the_date_in_french() {
        navigate(CampaignView.class);
        DatePicker closing = find(DatePicker.class).withLabel("Date de clôture").single();
        closing.clear();

        click(openOrMoveButton());

        assertThat(closing.isInvalid()).isTrue();
        assertThat(closing.getErrorMessage()).isEqualTo("Indiquez la date de clôture de la campagne.");
    }

    @Test
    void a_director_confirms_next_years_membership_from_their_home_page() {
        Centre own = centres.create(CentreFixtures.profile("Centre social Accueil " + nextYear, "62100", "Calais"),
                "LIT62", member(today.getYear()));
        campaigns.open(new CampaignDraft(nextYear, today.plusDays(25)));
        AccountFixtures.actAs(accounts.active(Role.DIRECTOR, new AccountScope(Set.of(), own.getId())));

        RenewalPanel.RenewalBlock block = (RenewalPanel.RenewalBlock) renewalPanel.create().orElseThrow();
        UI.getCurrent().add(block);
        click(find(Button.class, block).withText("Confirmer l’adhésion " + nextYear).single());

        assertThat(find(Paragraph.class, block).single().getText())
                .isEqualTo("L’adhésion " + nextYear + " de " + own.getProfile().name() + " est confirmée.");
        assertThat(centreService.get(own.getId()).membership(nextYear).orElseThrow().status())
                .isEqualTo(MembershipStatus.MEMBER);
    }

    @Test
    void staff_confirm_renewals_in_bulk_from_the_directory_of_next_year() {
        Centre chosen = centres.create(CentreFixtures.profile("Centre social Annuaire " + nextYear, "62100",
                "Calais"), "LIT62", member(today.getYear()));
        campaigns.open(new CampaignDraft(nextYear, today.plusDays(25)));
        navigate(CentreDirectoryView.class);
        test(find(Select.class).withLabel("Année").single()).selectItem(String.valueOf(nextYear));

        click(find(Button.class).withText("Confirmer des renouvellements " + nextYear).single());
        @SuppressWarnings("unchecked")
        Grid<Centre> grid = find(Grid.class).single();
        grid.getGenericDataView().getItems().filter(centre -> centre.getId().equals(chosen.getId()))
                .forEach(grid::select);
        click(find(Button.class).withText("Confirmer 1 renouvellement " + nextYear).single());

        assertThat(centreService.get(chosen.getId()).membership(nextYear).orElseThrow().status())
                .isEqualTo(MembershipStatus.MEMBER);
        assertThat(grid.getSelectionMode()).as("back to opening a centre on click")
                .isEqualTo(Grid.SelectionMode.SINGLE);
    }

    /** "Ouvrir la campagne …", or its "Modifier la date de clôture" once another test has opened it. */
    private Button openOrMoveButton() {
        return find(Button.class, find(CampaignForm.class).single()).single();
    }

    private void click(Button button) {
        test(button).click();
    }
}
