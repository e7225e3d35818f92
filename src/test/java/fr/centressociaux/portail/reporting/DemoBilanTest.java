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
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
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

    /** DOMAIN.md's follow-up figures (supports, SENACS, health projects), quoted from the followup module. */
    private static final Map<String, Double> FOLLOWUP_2024 = new LinkedHashMap<>();

    static {
        FOLLOWUP_2024.put("Centres accompagnés dans le renouvellement de leur projet social", 4.0);
        FOLLOWUP_2024.put("Centres en difficulté accompagnés", 3.0);
        FOLLOWUP_2024.put("Taux de complétude de l’enquête SENACS", 100.0);
        FOLLOWUP_2024.put("Démarches de préfiguration", 0.0);
        FOLLOWUP_2024.put("Centres accompagnés sur un projet thématique", 13.0);
        FOLLOWUP_2024.put("Projets de prévention des cancers", 6.0);
        FOLLOWUP_2024.put("Projets nutrition", 7.0);
        FOLLOWUP_2024.put("Projets de prévention des addictions", 2.0);
    }

    /**
     * DOMAIN.md's Promeneurs du Net figures, of 2023 (the only year it gives): the previous year's
     * column of the 2024 bilan, quoted from the promeneurs module.
     */
    private static final Map<String, Double> PROMENEURS_2023 = new LinkedHashMap<>();

    static {
        PROMENEURS_2023.put("Promeneurs du Net labellisés au 31 décembre", 73.0);
        PROMENEURS_2023.put("Nouveaux Promeneurs du Net labellisés", 22.0);
        PROMENEURS_2023.put("Sorties du réseau", 20.0);
        PROMENEURS_2023.put("Formations initiales des nouveaux Promeneurs", 2.0);
        PROMENEURS_2023.put("Sessions mensuelles à distance", 7.0);
        PROMENEURS_2023.put("Demi-journées thématiques", 3.0);
        PROMENEURS_2023.put("Journée départementale", 1.0);
        PROMENEURS_2023.put("Demi-journées d’échanges en territoire", 3.0);
    }

    /** Figures of DOMAIN.md no module records yet: reported, never counted as passed. */
    static final List<String> PENDING = List.of(
            "Littoral 62: 15 centres, Artois-Audomarois: 11, Arrageois et Bassin-Minier: 10 (no centres measure yet)",
            "Promeneurs du Net: resources provided, questions answered, satisfaction (features not built)");

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
    void the_2024_bilan_has_the_supports_senacs_and_health_projects_of_the_follow_up() {
        Map<String, Double> found = new LinkedHashMap<>();
        FOLLOWUP_2024.keySet().forEach(label -> found.put(label, value(label, 0)));

        assertThat(found).isEqualTo(FOLLOWUP_2024);
        List<MeasureRecord> difficulties = line("Centres en difficulté accompagnés", 0).current().records();
        assertThat(difficulties).extracting(MeasureRecord::label).containsOnly("Centre social de Lillers",
                "Espace socioculturel de la Lys", "Centre social du Beau-Marais");
        assertThat(difficulties).as("kept from the funder, who reads counts only").allMatch(MeasureRecord::personal);
    }

    @Test
    void the_health_projects_the_mds_in_renewals_and_at_meetings_are_reported_under_the_local_cooperations() {
        Bilan.Fiche cooperations = bilan2024.fiches().get(1);

        assertThat(cooperations.objectives()).extracting(Bilan.Part::title).contains("La promotion de la santé");
        assertThat(value("Renouvellements de projet social avec une MDS associée", 0)).isEqualTo(4);
        assertThat(value("Réunions du réseau avec une MDS et des centres présents", 0)).isEqualTo(3);
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
    void the_promeneurs_du_net_figures_of_2023_are_those_of_the_reference_year() {
        Map<String, Double> found = new LinkedHashMap<>();
        PROMENEURS_2023.keySet().forEach(label -> found.put(label,
                line(label, 0).previous().number().orElseThrow(() -> new AssertionError(line(label, 0).previous().problem()))));

        assertThat(found).isEqualTo(PROMENEURS_2023);
        assertThat(value("Part des Promeneurs employés par un centre social adhérent (en %)", 0)).isBetween(35.0, 45.0);
    }

    @Test
    void the_promeneurs_du_net_labelled_per_territory_add_up_to_those_labelled_at_the_end_of_2024() {
        double perTerritory = value("Promeneurs du Net labellisés — Littoral 62", 0)
                + value("Promeneurs du Net labellisés — Artois-Audomarois", 0)
                + value("Promeneurs du Net labellisés — Arrageois et Bassin-Minier", 0);
        double left = value("… pour changement de poste", 0) + value("… pour fin de contrat", 0)
                + value("… par retrait de la structure", 0);

        assertThat(perTerritory).isEqualTo(value("Promeneurs du Net labellisés au 31 décembre", 0)).isEqualTo(76);
        assertThat(value("Territoires couverts", 0)).isEqualTo(3);
        assertThat(left).isPositive().isLessThanOrEqualTo(value("Sorties du réseau", 0));
        assertThat(value("Rencontres individuelles", 0)).isPositive();
        assertThat(line("Promeneurs du Net labellisés au 31 décembre", 0).current().records()).hasSize(76)
                .allMatch(MeasureRecord::personal);
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

    @Test
    void the_bilan_gives_the_same_figures_when_the_meetings_and_enrolments_year_indexes_are_built_again() {
        MongoOperations mongo = portal.getBean(MongoOperations.class);
        mongo.dropCollection("meeting_years");
        mongo.dropCollection("training_enrolment_years");

        Bilan rebuilt = asStaff(() -> portal.getBean(BilanService.class).live(convention(DemoConventions.FEDERATION,
                2024).getId(), 2024));

        assertThat(figures(rebuilt)).isEqualTo(figures(bilan2024));
        assertThat(mongo.count(new Query(), "meeting_years")).as("2023 and 2024 indexed again").isEqualTo(2);
    }

    /** Each line's label and its figures of the year and the year before. */
    private static List<String> figures(Bilan bilan) {
        return bilan.lines().stream().map(line -> line.indicator().label() + " " + line.current().number()
                + " " + line.previous().number()).toList();
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
