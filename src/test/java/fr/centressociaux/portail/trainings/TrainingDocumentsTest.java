package fr.centressociaux.portail.trainings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.shared.FileDownload;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.trainings.TrainingFixtures.CentreWithDirector;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The files, read back as a person would: the attestation and the émargement with PDFBox, the
 * bilan and FOSFORA spreadsheets with fastexcel's reader, the FOSFORA PDF. Works on 2010 only.
 */
@PortalTest
class TrainingDocumentsTest {

    private static final int YEAR = 2010;
    private static final LocalDate MONDAY = LocalDate.of(YEAR, 3, 8);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    @Autowired
    TrainingCatalogue catalogue;
    @Autowired
    TrainingSessions sessions;
    @Autowired
    TrainingEnrolments enrolments;
    @Autowired
    TrainingAttendance attendance;
    @Autowired
    TrainingDocuments documents;
    @Autowired
    TrainingBilans bilans;
    @Autowired
    Fosfora fosfora;
    @Autowired
    CentreFixtures centreFixtures;
    @Autowired
    AccountFixtures accounts;

    TrainingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new TrainingFixtures(catalogue, sessions, enrolments, attendance, centreFixtures, accounts);
    }

    @Test
    void the_certificate_names_the_trainee_their_centre_the_training_the_dates_and_the_hours_attended()
            throws IOException {
        CentreWithDirector calais = fixtures.calais();
        Training accueil = titled("Animer la fonction accueil", TrainingAudience.EMPLOYEES, null);
        TrainingSession session = twoDays(accueil);
        EnrolmentLine helene = fixtures.enrol(fixtures.admin, session, calais.id(), "Hélène", "Lefèvre",
                ParticipantKind.EMPLOYEE);
        fixtures.attend(helene, TUESDAY);

        FileDownload certificate = TrainingFixtures.as(calais.director(),
                () -> documents.certificate(helene.enrolment().getId()));

        assertThat(certificate.contentType()).isEqualTo("application/pdf");
        keep(certificate);
        assertThat(certificate.name()).isEqualTo("attestation-helene-lefevre-2010-03-08.pdf");
        String text = textOf(certificate.content());
        assertThat(text).contains("ATTESTATION DE FORMATION", "Hélène LEFÈVRE", calais.centre().getProfile().name(),
                "« Animer la fonction accueil »", "du 08/03/2010 au 09/03/2010 (2 jours)",
                "Jours de présence : 09/03/2010", "Durée suivie : 6 h 30 sur 13 h 30", "Salarié·e", "Animation",
                "organisme de formation certifié Qualiopi");
    }

    @Test
    void there_is_no_certificate_for_a_person_who_attended_no_day() {
        CentreWithDirector calais = fixtures.calais();
        TrainingSession session = twoDays(titled("Absences", TrainingAudience.BOTH, null));
        EnrolmentLine absent = fixtures.enrol(session, calais.id(), "Paul", ParticipantKind.EMPLOYEE);

        assertThatThrownBy(() -> fixtures.asAdmin(() -> documents.certificate(absent.enrolment().getId())))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("training.certificate.not-attended"));
        assertThat(TrainingDocuments.hasCertificate(absent.enrolment())).isFalse();
    }

    @Test
    void the_attendance_sheet_of_a_day_lists_everyone_holding_a_seat_blank_or_those_present_filled()
            throws IOException {
        CentreWithDirector calais = fixtures.calais();
        TrainingSession session = twoDays(titled("Référent·es famille", TrainingAudience.BOTH, null));
        EnrolmentLine present = fixtures.enrol(fixtures.admin, session, calais.id(), "Rose", "Présente",
                ParticipantKind.EMPLOYEE);
        fixtures.enrol(fixtures.admin, session, calais.id(), "Marc", "Absent", ParticipantKind.VOLUNTEER);
        fixtures.attend(present, MONDAY);

        String blank = textOf(fixtures.asAdmin(() -> documents.attendanceSheet(session.getId(), MONDAY, true))
                .content());
        String filled = textOf(fixtures.asAdmin(() -> documents.attendanceSheet(session.getId(), MONDAY, false))
                .content());

        assertThat(blank).contains("FEUILLE D’ÉMARGEMENT", "Référent·es famille", "08/03/2010, de 9 h à 16 h",
                "jour 1 sur 2", "PRÉSENTE Rose", "ABSENT Marc", "Bénévole",
                "Action menée avec le soutien du Département du Pas-de-Calais.");
        assertThat(filled).contains("PRÉSENTE Rose").doesNotContain("ABSENT Marc");
    }

    @Test
    void the_bilan_spreadsheet_has_one_line_per_training_and_the_totals() throws IOException {
        CentreWithDirector calais = fixtures.calais();
        Training training = titled("Les fondamentaux d’un projet vieillissement", TrainingAudience.BOTH, null);
        TrainingSession session = twoDays(training);
        fixtures.attend(fixtures.enrol(session, calais.id(), "Anne", ParticipantKind.EMPLOYEE), MONDAY, TUESDAY);
        fixtures.attend(fixtures.enrol(session, calais.id(), "Bruno", ParticipantKind.VOLUNTEER), MONDAY);

        FileDownload file = fixtures.asAdmin(() -> bilans.bilanXlsx(YEAR, Department.PAS_DE_CALAIS));

        assertThat(file.name()).isEqualTo("bilan-formations-2010-62.xlsx");
        List<Row> rows = rowsOf(file);
        assertThat(rows.getFirst().getCellText(0)).isEqualTo("Bilan des formations 2010 — Pas-de-Calais (62)");
        Row header = row(rows, "Formation").orElseThrow();
        assertThat(header.getCellText(3)).isEqualTo("Salarié·es");
        Row line = row(rows, training.getTitle()).orElseThrow();
        assertThat(numbers(line, 2, 8)).containsExactly(1.0, 1.0, 1.0, 2.0, 1.0, 20.5);
        assertThat(line.getCellText(1)).isEqualTo("Formations thématiques");
        Row total = row(rows, "Total (chaque personne et chaque centre comptés une fois)").orElseThrow();
        assertThat(total.getCellAsNumber(5)).contains(BigDecimal.valueOf(2));
    }

    @Test
    void the_fosfora_table_exports_to_a_spreadsheet_and_a_pdf_with_its_sections_subtotals_and_total()
            throws IOException {
        CentreWithDirector calais = fixtures.calais();
        Training volunteers = titled("La fonction employeur", TrainingAudience.VOLUNTEERS,
                FosforaLine.VOLUNTEERS_CATALOGUE);
        TrainingSession session = twoDays(volunteers);
        TrainingSession funded = fixtures.asAdmin(() -> sessions.recordFosforaAmount(session.getId(),
                session.getVersion(), new BigDecimal("1350.50")));
        assertThat(funded.getFosforaAmount()).isEqualByComparingTo("1350.50");
        fixtures.attend(fixtures.enrol(session, calais.id(), "Vol", ParticipantKind.VOLUNTEER), MONDAY);
        fixtures.asAdmin(() -> fosfora.addSpecificFunding(YEAR, "Congrès", new BigDecimal("10000")));

        FileDownload xlsx = fixtures.asAdmin(() -> fosfora.tableXlsx(YEAR, null));
        FileDownload pdf = fixtures.asAdmin(() -> fosfora.tablePdf(YEAR, null));

        List<Row> rows = rowsOf(xlsx);
        assertThat(xlsx.name()).isEqualTo("fosfora-2010.xlsx");
        assertThat(rows.getFirst().getCellText(0)).isEqualTo("Bilan FOSFORA 2010");
        assertThat(numbers(row(rows, "Formation des bénévoles (catalogue)").orElseThrow(), 1, 6))
                .containsExactly(1.0, 1.0, 1.0, 2.0, 1350.5);
        assertThat(row(rows, "Total — Formation des bénévoles")).isPresent();
        assertThat(row(rows, "Congrès").orElseThrow().getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("10000");
        assertThat(numbers(row(rows, "TOTAL GÉNÉRAL").orElseThrow(), 1, 6)).containsExactly(1.0, 1.0, 1.0, 2.0, 11350.5);
        assertThat(pdf.name()).isEqualTo("fosfora-2010.pdf");
        assertThat(textOf(pdf.content())).contains("Bilan FOSFORA 2010", "Formation des bénévoles (catalogue)",
                "1 350,50", "Financement spécifique", "Congrès", "10 000", "TOTAL GÉNÉRAL", "11 350,50",
                "séances");
        keep(pdf);
    }

    private Training titled(String title, TrainingAudience audience, FosforaLine line) {
        return fixtures.asAdmin(() -> {
            Training created = catalogue.create(new TrainingDraft(YEAR, title, TrainingFamily.THEMATIQUE, audience,
                    List.of(Job.ACCUEIL), Duration.ofHours(14), "", "", "Camille Formatrice", line));
            return catalogue.publish(created.getId(), created.getVersion(), true);
        });
    }

    /** Monday 9:00–16:00 (7 h) and Tuesday 9:30–16:00 (6 h 30). */
    private TrainingSession twoDays(Training training) {
        return fixtures.asAdmin(() -> sessions.schedule(training.getId(), new SessionDraft(List.of(
                new SessionDraft.Day(MONDAY, LocalTime.of(9, 0), LocalTime.of(16, 0), "Calais"),
                new SessionDraft.Day(TUESDAY, LocalTime.of(9, 30), LocalTime.of(16, 0), "Calais")), null, 12,
                MONDAY.minusDays(10))));
    }

    /** Leaves the file in target/screenshots, to look at. */
    private static void keep(FileDownload file) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(file.name()), file.content());
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
        }
    }

    private static List<Row> rowsOf(FileDownload file) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.content()))) {
            return workbook.getFirstSheet().read();
        }
    }

    private static Optional<Row> row(List<Row> rows, String firstCell) {
        return rows.stream().filter(row -> firstCell.equals(row.getCellText(0))).findFirst();
    }

    private static List<Double> numbers(Row row, int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(column -> row.getCellAsNumber(column).orElseThrow().doubleValue()).toList();
    }
}
