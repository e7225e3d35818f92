package fr.centressociaux.portail.shell.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page of each role, without a browser: its welcome, the pages it may open (and only
 * those), what comes next for it, and the blocks feature modules add for directors.
 */
@PortalTest
class HomeViewTest extends SpringBrowserlessTest {

    private static final String DIRECTOR_MEETINGS = "Prochaines réunions de votre centre";
    private static final String DIRECTOR_TRAININGS = "Mes inscriptions aux formations";

    @Autowired
    AccountFixtures accounts;
    @Autowired
    CentreFixtures centres;

    @Test
    void an_admin_is_welcomed_as_federation_staff_and_offered_the_administration_pages() {
        signIn(accounts.active(Role.ADMIN));

        assertThat(intro()).startsWith("Vous faites partie de l’équipe fédérale");
        assertThat(availablePages()).contains("Comptes", "Journal de sécurité", "Annuaire des centres",
                "Demandes d’adhésion", "Territoires", "Réunions", "Formations", "Bilan des formations");
        assertThat(comingSoon()).containsExactly("Produire le bilan annuel pour le Département",
                "Envoyer la lettre d’information hebdomadaire");
        assertThat(sectionTitles()).doesNotContain(DIRECTOR_MEETINGS, DIRECTOR_TRAININGS);
    }

    @Test
    void a_director_sees_the_meetings_and_trainings_of_their_centre_and_no_administration_page() {
        Centre centre = centres.create(CentreFixtures.profile("Centre social Les Glycines " + System.nanoTime(),
                "62100", "Calais"), "LIT62", member(2026));
        signIn(accounts.active(Role.DIRECTOR, new AccountScope(Set.of(), centre.getId())));

        assertThat(intro()).startsWith("Vous dirigez un centre");
        assertThat(sectionTitles()).contains(DIRECTOR_MEETINGS, DIRECTOR_TRAININGS);
        assertThat(availablePages()).contains("Réunions", "Formations")
                .doesNotContain("Comptes", "Journal de sécurité", "Demandes d’adhésion", "Territoires");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"DELEGATE", "PDN_COORDINATOR", "FUNDER"})
    void the_other_roles_have_their_own_welcome_and_plans_but_not_the_directors_blocks(Role role) {
        signIn(accounts.active(role));

        assertThat(intro()).isEqualTo(getTranslation("home.intro." + role.name()));
        assertThat(comingSoon()).isNotEmpty().allSatisfy(item -> assertThat(
                getTranslation("home.coming." + role.name())).contains(item));
        assertThat(availablePages()).doesNotContain("Comptes", "Journal de sécurité");
        assertThat(sectionTitles()).doesNotContain(DIRECTOR_MEETINGS, DIRECTOR_TRAININGS);
    }

    private void signIn(Account account) {
        AccountFixtures.actAs(account);
        navigate("", HomeView.class);
    }

    private String intro() {
        return find(Paragraph.class).withClassName("view-intro").single().getText();
    }

    private List<String> availablePages() {
        return find(RouterLink.class).from(home()).all().stream().map(RouterLink::getText).toList();
    }

    private List<String> comingSoon() {
        List<ListItem> items = find(ListItem.class).from(home()).all();
        return items.stream().filter(item -> item.getChildren().findAny().isEmpty()).map(ListItem::getText).toList();
    }

    private List<String> sectionTitles() {
        return find(H2.class).from(home()).all().stream().map(H2::getText).toList();
    }

    private HomeView home() {
        return (HomeView) getCurrentView();
    }

    private String getTranslation(String key) {
        return home().getTranslation(key);
    }
}
