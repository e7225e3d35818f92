package fr.centressociaux.portail.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import fr.centressociaux.portail.shared.measure.MeasureRecord;
import fr.centressociaux.portail.support.PortalRuns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fidelity (issue 14): on the demo data, the generated 2024 Pas-de-Calais bilan gives the figures
 * of DOMAIN.md's "Reference figures: Pas-de-Calais 2024", compared one by one; the figures whose
 * modules are not written yet are listed as pending, in the report of this test, not passed
 * silently. The demo conventions, the federation's and one of another network head, both compute.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoBilanTest {

    /** DOMAIN.md's meeting figures: indicator label of the demo convention → expected value. */
    private static final Map<String, Double> MEETINGS_2024 = new LinkedHashMap<>();

    static {
        MEETINGS_2024.put("Assemblées territoriales — Littoral 62", 3.0);
        MEETINGS_2024.put("Réunions des directions — Littoral 62", 10.0);
        MEETINGS_2024.put("Réunions des présidences — Littoral 62", 4.0);
        MEETINGS_2024.put("Assemblées territoriales — Artois-Audomarois", 1.0);
        MEETINGS_2024.put("Réunions des directions — Artois-Audomarois", 5.0);
        MEETINGS_2024.put("Assemblées territoriales — Arrageois et Bassin-Minier", 4.0);
        MEETINGS_2024.put("Réunions des directions — Arrageois et Bassin-Minier", 4.0);
        MEETINGS_2024.put("Réunions des directions du réseau", 2.0);
        MEETINGS_2024.put("Participants à l’Université", 220.0);
    }

    /** Figures of DOMAIN.md no module records yet: reported, never counted as passed. */
    static final List<String> PENDING = List.of(
            "Littoral 62: 15 centres, Artois-Audomarois: 11, Arrageois et Bassin-Minier: 10 (no centres measure yet)",
            "4 centres supported in projet-social renewal (followup module)",
            "3 centres in difficulty supported (followup module)",
            "SENACS completion 100 % (no SENACS module)",
            "13 centres supported on health projects: 6 cancer prevention, 7 nutrition, 2 addiction (followup module)",
            "no préfiguration in 2024 (followup module)",
            "Promeneurs du Net figures of fiche action 3 (promeneurs module)");

    ConfigurableApplicationContext portal;
    SecurityContextHolderStrategy security;
    Bilan bilan2024;

    @BeforeAll
    void computeThe2024BilanOnTheDemoData() {
        portal = PortalRuns.start(PortalRuns.freshEmbeddedDatabase(), "portal.demo-data=true");
        security = portal.getBean(SecurityContextHolderStrategy.class);
        SecurityContextHolder.setContextHolderStrategy(security);
        bilan2024 = asStaff(() -> portal.getBean(BilanService.class).live(convention(DemoConventions.FEDERATION, 2024)
                .getId(), 2024));
    }

    @AfterAll
    void stopThePortal() {
        SecurityContextHolder.clearContext();
        portal.close();
    }

    @Test
    void the_2024_bilan_has_the_meetings_of_each_territory_and_of_the_network() {
        Map<String, Double> found = new LinkedHashMap<>();
        MEETINGS_2024.keySet().forEach(label -> found.put(label, value(label, 0)));

        assertThat(found).isEqualTo(MEETINGS_2024);
    }

    @Test
    void each_network_meeting_has_its_participants_and_those_from_the_pas_de_calais() {
        // 5 July (Avion) 70 of whom 17; 13 December (Hem) 70 of whom 14; welcome day 20 of whom 15
        assertThat(details("Participants aux réunions des directions du réseau", 0))
                .containsExactly("70 participant(s)", "70 participant(s)");
        assertThat(details("… dont du Pas-de-Calais", 0)).containsExactly("17 participant(s)", "14 participant(s)");
        assertThat(value("Participants à la journée d’accueil des nouveaux administrateurs", 0)).isEqualTo(20);
        assertThat(value("… dont du Pas-de-Calais", 1)).isEqualTo(15);
    }

    @Test
    void the_trainings_of_the_bilan_are_drilled_down_to_the_reference_trainings() {
        List<String> trainings = line("Salariés formés", 0).current().records().stream()
                .map(MeasureRecord::label).toList();

        assertThat(trainings).contains("Adaptation à la fonction de direction", "Animer la fonction accueil",
                "Accueillir, une affaire d’équipe", "Pratiques d’écologie populaire en Belgique");
        // the trainings with volunteers: pouvoir d'agir 7 + 4, accueillir 9 + 4, écologie populaire 1 + 2
        assertThat(details("Bénévoles formés", 0)).hasSize(3)
                .anyMatch(detail -> detail.startsWith("7 salarié(s), 4 bénévole(s),"))
                .anyMatch(detail -> detail.startsWith("9 salarié(s), 4 bénévole(s),"))
                .anyMatch(detail -> detail.startsWith("1 salarié(s), 2 bénévole(s),"));
    }

    @Test
    void no_indicator_of_the_demo_conventions_is_broken_and_the_pending_figures_are_reported() {
        Bilan bilan2025 = asStaff(() -> portal.getBean(BilanService.class)
                .live(convention(DemoConventions.FEDERATION, 2025).getId(), 2025));
        Bilan otherNetwork = asStaff(() -> portal.getBean(BilanService.class)
                .live(convention(DemoConventions.OTHER_NETWORK, 2024).getId(), 2024));

        assertThat(bilan2024.broken()).isEmpty();
        assertThat(bilan2025.broken()).isEmpty();
        assertThat(bilan2025.fiches()).hasSize(3);
        assertThat(otherNetwork.broken()).isEmpty();
        assertThat(otherNetwork.fiches()).extracting(Bilan.Fiche::title).containsExactly("Animation de réseau",
                "Veille sociale – hébergement – logement", "Insertion par l’activité économique – RSA");
        System.out.println("Fidelity of the 2024 bilan: pending figures (" + PENDING.size() + "):");
        PENDING.forEach(figure -> System.out.println("  PENDING " + figure));
        assertThat(PENDING).as("pending figures are listed, none passed silently").isNotEmpty();
    }

    @Test
    void a_zero_figure_says_why() {
        Bilan bilan2025 = asStaff(() -> portal.getBean(BilanService.class)
                .live(convention(DemoConventions.FEDERATION, 2025).getId(), 2025));
        BilanLine arrageois = bilan2025.lines().stream()
                .filter(line -> line.indicator().label().equals("Assemblées territoriales — Arrageois"))
                .findFirst().orElseThrow();

        assertThat(arrageois.previous().number()).as("Arrageois alone did not exist in 2024").contains(0.0);
        assertThat(asStaff(() -> portal.getBean(BilanService.class).whyZero(arrageois.indicator(), arrageois.previous())))
                .startsWith("Aucune donnée enregistrée pour « Réunions tenues » avec Types de réunion : "
                        + "TERRITORIAL_ASSEMBLY ; Territoires (additionnés) : ARR62");
    }

    /** The demo convention of the network head covering the year; call it signed in. */
    private Convention convention(String networkHead, int year) {
        return portal.getBean(ConventionService.class).list().stream()
                .filter(convention -> convention.getNetworkHead().equals(networkHead) && convention.covers(year))
                .findFirst().orElseThrow();
    }

    /** The n-th line of the 2024 bilan with this label (labels like "… dont du Pas-de-Calais" repeat). */
    private BilanLine line(String label, int n) {
        return bilan2024.lines().stream().filter(line -> line.indicator().label().equals(label)).toList().get(n);
    }

    private double value(String label, int n) {
        return line(label, n).current().number().orElseThrow(() -> new AssertionError(line(label, n).current().problem()));
    }

    private List<String> details(String label, int n) {
        return new ArrayList<>(line(label, n).current().records().stream().map(MeasureRecord::detail).toList());
    }

    private <T> T asStaff(Supplier<T> work) {
        UserDetails user = portal.getBean(UserDetailsService.class).loadUserByUsername("admin@example.org");
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        security.setContext(context);
        try {
            return work.get();
        } finally {
            security.clearContext();
        }
    }
}
