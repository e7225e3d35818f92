package fr.centressociaux.portail.dashboards;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.shared.chart.ChartSeries;
import fr.centressociaux.portail.support.PermissionMatrix;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees which dashboard, and what each one covers (DD019). In 2017, "its" centre and a second
 * one are in Littoral 62, a third in Artois-Audomarois and a fourth in the Douaisis (Nord); each
 * territory held one meeting. Each role gets its own home only; a delegate's home counts their
 * territory's meetings only, a director's their centre against its territory's average.
 */
@PortalTest
class DashboardPermissionMatrixTest {

    enum Actor { ADMIN, DELEGATE, ITS_DIRECTOR, PDN_COORDINATOR, FUNDER, ANONYMOUS }

    enum Operation { STAFF, DELEGATE, DIRECTOR, FUNDER, HOME }

    static final int YEAR = 2017;

    static Set<Actor> allowed(Operation operation) {
        return switch (operation) {
            case STAFF -> Set.of(Actor.ADMIN);
            case DELEGATE -> Set.of(Actor.DELEGATE);
            case DIRECTOR -> Set.of(Actor.ITS_DIRECTOR);
            case FUNDER -> Set.of(Actor.FUNDER);
            case HOME -> Set.of(Actor.ADMIN, Actor.DELEGATE, Actor.ITS_DIRECTOR, Actor.PDN_COORDINATOR, Actor.FUNDER);
        };
    }

    static Stream<Arguments> everyActorAndDashboard() {
        return PermissionMatrix.everyActorAndOperation(Actor.class, Operation.class, DashboardPermissionMatrixTest::allowed);
    }

    private static final Map<Actor, Account> ACCOUNTS = new EnumMap<>(Actor.class);
    private static World world;

    @Autowired
    DashboardService dashboards;
    @Autowired
    MeetingFixtures fixtures;
    @Autowired
    AccountFixtures accounts;

    record World(Centre its, Centre neighbour, Centre artois, Centre douaisis) {
    }

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("everyActorAndDashboard")
    void each_role_opens_its_own_dashboard_and_no_other(Actor actor, Operation operation, boolean allowed) {
        actAs(actor);
        PermissionMatrix.assertAllowedOrRefused(allowed, () -> open(operation));
    }

    @Test
    void each_home_is_the_dashboard_of_the_role_and_the_promeneurs_coordinator_keeps_the_plain_home() {
        Map<Actor, Dashboard.Kind> expected = Map.of(Actor.ADMIN, Dashboard.Kind.STAFF, Actor.DELEGATE,
                Dashboard.Kind.DELEGATE, Actor.ITS_DIRECTOR, Dashboard.Kind.DIRECTOR, Actor.FUNDER,
                Dashboard.Kind.FUNDER);
        expected.forEach((actor, kind) -> {
            actAs(actor);
            assertThat(dashboards.home(YEAR)).map(Dashboard::kind).as("%s", actor).contains(kind);
        });
        actAs(Actor.PDN_COORDINATOR);
        assertThat(dashboards.home(YEAR)).isEmpty();
    }

    @Test
    void a_delegate_sees_the_meetings_of_their_territories_only() {
        actAs(Actor.DELEGATE);

        Dashboard dashboard = dashboards.delegate(YEAR);

        assertThat(dashboard.scope()).isEqualTo("Littoral 62");
        assertThat(chart(dashboard, "centres-represented").data().categories()).containsExactly("Littoral 62");
        assertThat(values(chart(dashboard, "centres-represented"), 0)).containsExactly(50.0);
        assertThat(tile(dashboard, "Réunions de l’année").value()).isEqualTo("1");
        assertThat(tile(dashboard, "Participants aux réunions").value()).isEqualTo("2");
        assertThat(values(chart(dashboard, "meetings-per-month"), 0)).containsExactly(0.0, 0.0, 1.0, 0.0, 0.0,
                0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(chart(dashboard, "centres-represented").link()).isEqualTo("reunions?annee=2017&territoire=LIT62");
    }

    @Test
    void a_director_sees_their_centre_against_the_average_centre_of_its_territory() {
        actAs(Actor.ITS_DIRECTOR);

        Dashboard dashboard = dashboards.director(YEAR);

        DashboardTile attended = tile(dashboard, "Réunions où votre centre était représenté");
        assertThat(attended.value()).isEqualTo("1");
        assertThat(attended.comparison()).isEqualTo("Moyenne des centres de Littoral 62 : 0,5");
        assertThat(attended.link()).isEqualTo("centres/" + world().its().getId());
        DashboardTile present = tile(dashboard, "Personnes de votre centre présentes");
        assertThat(present.value()).isEqualTo("2");
        assertThat(present.comparison()).isEqualTo("Moyenne des centres de Littoral 62 : 1");
        assertThat(chart(dashboard, "centre-against-territory").data().series()).extracting(ChartSeries::name)
                .containsExactly(world().its().getProfile().name(), "Moyenne des centres de Littoral 62");
    }

    @Test
    void the_staff_see_the_network_with_both_departments_side_by_side() {
        actAs(Actor.ADMIN);

        Dashboard dashboard = dashboards.staff(YEAR);

        DashboardChart participants = chart(dashboard, "participants-by-kind");
        assertThat(participants.data().series()).extracting(ChartSeries::name)
                .containsExactly("Nord (59)", "Pas-de-Calais (62)");
        assertThat(values(participants, 0)).containsExactly(1.0, 0.0, 0.0, 0.0);
        assertThat(values(participants, 1)).containsExactly(1.0, 1.0, 1.0, 0.0);
        assertThat(values(chart(dashboard, "meetings-per-month"), 0).subList(2, 6)).containsExactly(1.0, 0.0, 0.0,
                2.0);
        DashboardChart rates = chart(dashboard, "centres-represented");
        assertThat(rates.data().categories()).contains("Littoral 62", "Artois-Audomarois", "Douaisis",
                "Arrageois et Bassin-Minier").doesNotContain("Arrageois", "Bassin-Minier");
        assertThat(rates.data().series().getFirst().values().get(rates.data().categories().indexOf("Littoral 62")))
                .isEqualTo(50.0);
        assertThat(tile(dashboard, "Participants aux réunions").comparison())
                .isEqualTo("dont Nord (59) : 1 · Pas-de-Calais (62) : 3");
        assertThat(dashboard.charts()).extracting(chart -> chart.data().id()).containsExactly("meetings-per-month",
                "participants-by-kind", "centres-represented", "training-hours", "promeneurs-labelled",
                "followup-by-kind");
    }

    @Test
    void the_funder_sees_its_department_against_the_previous_year() {
        actAs(Actor.FUNDER);

        Dashboard dashboard = dashboards.funder(YEAR);

        assertThat(dashboard.scope()).isEqualTo("Pas-de-Calais (62)");
        assertThat(chart(dashboard, "training-hours").data().series()).extracting(ChartSeries::name)
                .containsExactly("2016", "2017");
        assertThat(tile(dashboard, "Stagiaires formés").comparison()).isEqualTo("En 2016 : 0 (±0)");
        assertThat(dashboard.charts()).extracting(chart -> chart.data().id()).containsExactly("training-hours",
                "followup-by-kind", "promeneurs-labelled");
    }

    private Object open(Operation operation) {
        return switch (operation) {
            case STAFF -> dashboards.staff(YEAR);
            case DELEGATE -> dashboards.delegate(YEAR);
            case DIRECTOR -> dashboards.director(YEAR);
            case FUNDER -> dashboards.funder(YEAR);
            case HOME -> dashboards.home(YEAR);
        };
    }

    private static DashboardChart chart(Dashboard dashboard, String id) {
        return dashboard.charts().stream().filter(chart -> chart.data().id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Double> values(DashboardChart chart, int series) {
        return chart.data().series().get(series).values();
    }

    private static DashboardTile tile(Dashboard dashboard, String label) {
        return dashboard.tiles().stream().filter(tile -> tile.label().equals(label)).findFirst().orElseThrow();
    }

    private void actAs(Actor actor) {
        World w = world();
        if (actor == Actor.ANONYMOUS) {
            AccountFixtures.actAsNobody();
            return;
        }
        AccountFixtures.actAs(ACCOUNTS.computeIfAbsent(actor, key -> switch (key) {
            case ADMIN -> fixtures.admin();
            case DELEGATE -> fixtures.delegateOf("LIT62");
            case ITS_DIRECTOR -> fixtures.directorOf(w.its());
            case PDN_COORDINATOR -> accounts.active(Role.PDN_COORDINATOR);
            case FUNDER -> accounts.active(Role.FUNDER);
            case ANONYMOUS -> throw new IllegalStateException();
        }));
    }

    /** Built once: four centres members in 2017 and a meeting in each of their territories. */
    private World world() {
        if (world == null) {
            Centre its = fixtures.centre("LIT62", YEAR);
            Centre neighbour = fixtures.centre("LIT62", YEAR);
            Centre artois = fixtures.centre("AA62", YEAR);
            Centre douaisis = fixtures.centre("DOU", YEAR);
            String kind = fixtures.newKind().getId();
            Meeting littoral = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(YEAR, 3, 14));
            fixtures.present(littoral, its, ParticipantKind.EMPLOYEE);
            fixtures.present(littoral, its, ParticipantKind.VOLUNTEER);
            fixtures.present(fixtures.territoryMeeting(kind, "AA62", LocalDate.of(YEAR, 6, 20)), artois,
                    ParticipantKind.INHABITANT);
            fixtures.present(fixtures.territoryMeeting(kind, "DOU", LocalDate.of(YEAR, 6, 22)), douaisis,
                    ParticipantKind.EMPLOYEE);
            world = new World(its, neighbour, artois, douaisis);
        }
        return world;
    }
}
