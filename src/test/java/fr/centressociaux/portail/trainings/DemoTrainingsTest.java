package fr.centressociaux.portail.trainings;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import fr.centressociaux.portail.shared.FileDownload;
import fr.centressociaux.portail.support.PortalRuns;
import fr.centressociaux.portail.territories.Department;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo trainings on a fresh embedded database with the demo network and accounts, started once
 * for these tests: the Pas-de-Calais 2024 training bilan is the reference list of DOMAIN.md, and
 * the season under way has sessions the demo director can enrol into.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoTrainingsTest {

    /** DOMAIN.md, "Reference figures: Pas-de-Calais 2024": employees and volunteers per training. */
    private static final Map<String, List<Integer>> REFERENCE_2024_62 = Map.ofEntries(
            Map.entry("Adaptation à la fonction de direction", List.of(2, 0)),
            Map.entry("Management et prévention des risques psycho-sociaux", List.of(1, 0)),
            Map.entry("Groupe d’analyse de pratiques professionnelles des directions", List.of(2, 0)),
            Map.entry("Animer la fonction accueil", List.of(4, 0)),
            Map.entry("Être référent·e famille en centre social", List.of(8, 0)),
            Map.entry("Animer la jeunesse en centre social", List.of(1, 0)),
            Map.entry("Savoir élaborer un budget de projet et d’action", List.of(1, 0)),
            Map.entry("Se perfectionner dans la gestion comptable et financière", List.of(1, 0)),
            Map.entry("Soutenir le développement du pouvoir d’agir des habitants", List.of(7, 4)),
            Map.entry("Accueillir, une affaire d’équipe", List.of(9, 4)),
            Map.entry("Définir des critères et indicateurs d’évaluation", List.of(5, 0)),
            Map.entry("Les fondamentaux d’un projet vieillissement : créer, structurer la mission vieillissement "
                    + "du centre social", List.of(7, 0)),
            Map.entry("Créer et animer une web-radio de territoire", List.of(1, 0)),
            Map.entry("Pratiques d’écologie populaire en Belgique", List.of(1, 2)));

    ConfigurableApplicationContext portal;
    SecurityContextHolderStrategy security;

    @BeforeAll
    void startThePortalWithDemoData() {
        portal = PortalRuns.start(PortalRuns.freshEmbeddedDatabase(), "portal.demo-data=true");
        security = portal.getBean(SecurityContextHolderStrategy.class);
        SecurityContextHolder.setContextHolderStrategy(security);
    }

    @AfterAll
    void stopThePortal() {
        SecurityContextHolder.clearContext();
        portal.close();
    }

    @Test
    void the_pas_de_calais_2024_training_bilan_is_the_reference_list_of_the_2024_bilan() {
        TrainingBilan bilan = as("departement@example.org",
                () -> portal.getBean(TrainingBilans.class).bilan(2024, Department.PAS_DE_CALAIS));

        Map<String, List<Integer>> found = bilan.rows().stream().collect(Collectors.toMap(TrainingBilan.Row::title,
                row -> List.of(row.counts().employees(), row.counts().volunteers())));
        assertThat(found).isEqualTo(REFERENCE_2024_62);
        assertThat(row(bilan, "Être référent·e famille en centre social").sessions()).isEqualTo(2);
        assertThat(row(bilan, "Accueillir, une affaire d’équipe").centres()).as("in one centre").isEqualTo(1);
        assertThat(bilan.total().employees()).as("a person in two trainings counts once")
                .isLessThan(bilan.rows().stream().mapToInt(row -> row.counts().employees()).sum());
    }

    @Test
    void nord_trainees_count_in_the_bilan_of_both_departments_only() {
        TrainingBilan both = as("admin@example.org", () -> portal.getBean(TrainingBilans.class).bilan(2024, null));
        TrainingBilan nord = as("admin@example.org",
                () -> portal.getBean(TrainingBilans.class).bilan(2024, Department.NORD));
        TrainingBilan pasDeCalais = as("admin@example.org",
                () -> portal.getBean(TrainingBilans.class).bilan(2024, Department.PAS_DE_CALAIS));

        assertThat(nord.total().trainees()).isPositive();
        assertThat(both.total().trainees()).isEqualTo(nord.total().trainees() + pasDeCalais.total().trainees());
        assertThat(both.rows()).extracting(TrainingBilan.Row::title).contains("La fonction employeur",
                "Conférence des présidences et administrateur·rices")
                .doesNotContain("Gestion budgétaire et financière d’un centre social");
    }

    @Test
    void the_2024_fosfora_table_has_the_volunteer_trainings_the_mixed_trainings_and_the_amepp_supports() {
        FosforaTable table = as("admin@example.org", () -> portal.getBean(Fosfora.class).table(2024, null));

        assertThat(figures(table, FosforaLine.VOLUNTEERS_CATALOGUE)).satisfies(line -> {
            assertThat(line.volunteers()).isEqualTo(16);
            assertThat(line.sessions()).isEqualTo(2);
            assertThat(line.amount()).isEqualByComparingTo("900");
        });
        assertThat(figures(table, FosforaLine.VOLUNTEERS_CUSTOM))
                .isEqualTo(new FosforaFigures(2, 14, 2, 6, new BigDecimal("2700.00")));
        assertThat(figures(table, FosforaLine.POWER_TO_ACT).volunteers())
                .as("the volunteer in both sessions counts once").isEqualTo(9);
        assertThat(figures(table, FosforaLine.MIXED).volunteers()).isEqualTo(10);
        assertThat(figures(table, FosforaLine.AMEPP)).isEqualTo(new FosforaFigures(3, 27, 3, 30,
                new BigDecimal("6750.00")));
        assertThat(table.total().amount()).isEqualByComparingTo("16575");
        assertThat(table.sections()).extracting(FosforaTable.Section::group).contains(FosforaGroup.SPECIFIC_FUNDING);
    }

    @Test
    void the_demo_director_finds_upcoming_sessions_one_nearly_full_and_one_with_a_waiting_list() {
        List<SessionRow> upcoming = as("direction@example.org", () -> portal.getBean(TrainingSessions.class)
                .list(new SessionFilter(null, null, LocalDate.now().plusDays(1), false), Pageable.unpaged()));

        assertThat(upcoming).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(row -> assertThat(row.training().isPublished()).isTrue());
        assertThat(upcoming).filteredOn(row -> row.status() == SessionStatus.OPEN).isNotEmpty();
        assertThat(upcoming).filteredOn(row -> row.session().getSeatsLeft() == 1).extracting(row -> row.training()
                .getTitle()).containsExactly("Animer la fonction accueil");
        assertThat(upcoming).filteredOn(row -> row.status() == SessionStatus.FULL).singleElement()
                .satisfies(row -> assertThat(row.waiting()).isEqualTo(2));
        SessionRow power = upcoming.stream().filter(row -> row.training().getTitle()
                .startsWith("Soutenir le développement")).findFirst().orElseThrow();
        List<EnrolmentLine> ours = as("direction@example.org",
                () -> portal.getBean(TrainingEnrolments.class).people(power.session().getId()));
        assertThat(ours).extracting(line -> line.enrolment().getEnrolledBy()).containsOnly("direction@example.org")
                .hasSize(2);
        assertThat(as("direction@example.org", () -> portal.getBean(TrainingSessions.class)
                .permissions(power.session().getId())).enrol()).isTrue();
    }

    @Test
    void the_demo_director_downloads_the_certificate_of_a_2024_trainee_of_their_centre() throws IOException {
        List<CentreEnrolment> ours = as("direction@example.org", () -> {
            String centreId = portal.getBean(TrainingCatalogue.class).permissions().ownCentreId();
            return portal.getBean(TrainingEnrolments.class).ofCentre(centreId, 2024);
        });
        CentreEnrolment accueil = ours.stream().filter(row -> row.training().getTitle()
                .equals("Animer la fonction accueil")).findFirst().orElseThrow();

        FileDownload certificate = as("direction@example.org",
                () -> portal.getBean(TrainingDocuments.class).certificate(accueil.enrolment().getId()));

        try (PDDocument pdf = Loader.loadPDF(certificate.content())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Sabrina LEMAIRE", "Animer la fonction accueil",
                    "Centre social Henri Matisse", "21 h sur 21 h");
        }
        assertThat(ours).extracting(row -> row.training().getTitle()).contains("Accueillir, une affaire d’équipe",
                "Soutenir le développement du pouvoir d’agir des habitants");
    }

    @Test
    void a_session_held_last_week_waits_for_staff_to_mark_attendance() {
        List<SessionRow> held = as("admin@example.org", () -> portal.getBean(TrainingSessions.class)
                .list(new SessionFilter(null, null, LocalDate.now().minusDays(14), false), Pageable.unpaged()))
                .stream().filter(row -> row.session().getFirstDay().isBefore(LocalDate.now())).toList();

        assertThat(held).singleElement().satisfies(row -> {
            assertThat(row.training().getTitle()).isEqualTo("Créer et animer une web-radio de territoire");
            SessionPermissions permissions = as("admin@example.org",
                    () -> portal.getBean(TrainingSessions.class).permissions(row.session().getId()));
            assertThat(permissions.markAttendance()).isTrue();
            assertThat(as("admin@example.org", () -> portal.getBean(TrainingEnrolments.class)
                    .people(row.session().getId()))).hasSize(6)
                    .noneMatch(line -> line.enrolment().hasAttended());
        });
    }

    private static TraineeCounts row(TrainingBilan bilan, String title) {
        return bilan.rows().stream().filter(row -> row.title().equals(title)).findFirst().orElseThrow().counts();
    }

    private static FosforaFigures figures(FosforaTable table, FosforaLine line) {
        return table.sections().stream().flatMap(section -> section.rows().stream())
                .filter(row -> row.line() == line).findFirst().orElseThrow().figures();
    }

    private <T> T as(String email, Supplier<T> work) {
        UserDetails user = portal.getBean(UserDetailsService.class).loadUserByUsername(email);
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        security.setContext(context);
        try {
            return work.get();
        } finally {
            security.clearContext();
        }
    }
}
