package fr.centressociaux.portail.attendance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingCheckIn;
import fr.centressociaux.portail.meetings.MeetingDocuments;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.meetings.MeetingPeople;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.Presence;
import fr.centressociaux.portail.shared.FileDownload;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.FunderDraft;
import fr.centressociaux.portail.territories.Funders;
import fr.centressociaux.portail.territories.TerritoryService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The émargement PDF of a meeting, read back with PDFBox as an auditor would read it: the header
 * that says which meeting and who funds it (the funder recorded for the meeting's department), one row per person, a signature column, and on long
 * lists the table's header row on every page.
 */
@PortalTest
@Import(MovableClockConfiguration.class)
class AttendanceSheetPdfTest {

    private static final String FUNDER = "Action menée avec le soutien du Département du Pas-de-Calais.";
    private static final String TABLE_HEADER = "N° Nom et prénom Centre ou structure Qualité Arrivée Signature";

    @Autowired
    MeetingDocuments documents;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingPeople people;
    @Autowired
    MeetingCheckIn checkIn;
    @Autowired
    TerritoryService territories;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    MovableClock clock;
    @Autowired
    Funders funders;

    @Autowired
    MeetingFixtures fixtures;
    String kind;

    @BeforeEach
    void setUp() {
        AccountFixtures.actAs(fixtures.admin());
        kind = fixtures.newKind().getId();
    }

    @Test
    void the_filled_sheet_has_the_header_and_every_person_present_with_centre_kind_and_arrival_time() {
        LocalDate day = MeetingFixtures.today(clock).plusDays(1);
        Centre calais = fixtures.centre("LIT62", day.getYear());
        Centre boulogne = fixtures.centre("LIT62", day.getYear());
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", day);
        Participant helene = fixtures.register(meeting, calais, "Hélène", "Dupré", ParticipantKind.EMPLOYEE);
        Participant yanis = fixtures.register(meeting, boulogne, "Yanis", "Bouchard", ParticipantKind.VOLUNTEER);
        Participant absent = fixtures.register(meeting, boulogne, "Gaston", "Lagaffe", ParticipantKind.VOLUNTEER);
        String link = checkIn.link(meeting.getId());
        MeetingFixtures.moveClockTo(clock, day.atTime(9, 5));
        fixtures.mark(meeting, helene, Presence.PRESENT);
        MeetingFixtures.moveClockTo(clock, day.atTime(9, 17));
        checkIn.checkIn(link.substring(link.lastIndexOf('/') + 1), yanis.getId(), MeetingFixtures.phone());
        MeetingFixtures.moveClockTo(clock, day.atTime(9, 42));
        fixtures.mark(meeting, absent, Presence.ABSENT);
        people.addWalkIn(meeting.getId(), new fr.centressociaux.portail.meetings.WalkInDraft(
                new fr.centressociaux.portail.meetings.PersonDraft("Ana", "Ruiz", ParticipantKind.PARTNER), null,
                "Mairie de Calais"));

        FileDownload sheet = documents.attendanceSheet(meeting.getId(), false);
        Pdf pdf = Pdf.read(sheet.content());

        assertThat(sheet.name()).isEqualTo("emargement-" + day + ".pdf");
        assertThat(sheet.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.compact()).contains(compact(meeting.getTitle()));
        assertThat(pdf.text()).contains("FEUILLE D’ÉMARGEMENT",
                "Date : " + FrenchDates.format(day) + ", de 9 h 30 à 12 h",
                "Lieu : " + MeetingFixtures.PLACE, "Organisation : " + MeetingFixtures.ORGANISER,
                "Pour : Littoral 62", "Type : " + meetings.kindName(kind), FUNDER, TABLE_HEADER);
        assertThat(pdf.lineWith("DUPRÉ Hélène")).contains(calais.getProfile().name(), "Salarié·e", "9 h 05");
        assertThat(pdf.lineWith("BOUCHARD Yanis")).contains(boulogne.getProfile().name(), "Bénévole", "9 h 17");
        assertThat(pdf.lineWith("RUIZ Ana")).contains("Mairie de Calais", "Partenaire", "9 h 42");
        assertThat(pdf.text()).doesNotContain("LAGAFFE");
        assertThat(pdf.numberedRows()).isEqualTo(3);
    }

    @Test
    void the_blank_sheet_lists_every_registered_person_with_a_signature_column_and_spare_lines() {
        Centre calais = fixtures.centre("LIT62", 2026);
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2026, 4, 7));
        fixtures.register(meeting, calais, "Hélène", "Dupré", ParticipantKind.EMPLOYEE);
        fixtures.register(meeting, calais, "Louis", "Caron", ParticipantKind.INHABITANT);
        fixtures.mark(meeting, fixtures.register(meeting, calais, "Nora", "Fontaine", ParticipantKind.VOLUNTEER),
                Presence.PRESENT);

        FileDownload sheet = documents.attendanceSheet(meeting.getId(), true);
        Pdf pdf = Pdf.read(sheet.content());

        assertThat(sheet.name()).isEqualTo("emargement-vierge-2026-04-07.pdf");
        assertThat(pdf.compact()).contains(compact(meeting.getTitle()));
        assertThat(pdf.text()).contains(FUNDER, TABLE_HEADER);
        assertThat(pdf.lineWith("CARON Louis")).contains(calais.getProfile().name(), "Habitant·e");
        assertThat(pdf.lineWith("DUPRÉ Hélène")).contains("Salarié·e");
        assertThat(pdf.lineWith("FONTAINE Nora")).contains("Bénévole").doesNotContain(" h ");
        assertThat(pdf.numberedRows()).as("3 people and 12 spare lines").isEqualTo(15);
    }

    @Test
    void a_nord_meeting_prints_no_funder_mention_since_nobody_supports_the_nord() {
        Meeting meeting = fixtures.territoryMeeting(kind, "MELN", LocalDate.of(2026, 5, 12));

        Pdf pdf = Pdf.read(documents.attendanceSheet(meeting.getId(), true).content());

        assertThat(pdf.text()).contains(TABLE_HEADER).doesNotContain("soutien", "convention");
    }

    @Test
    void a_network_meeting_prints_the_mention_of_the_funder_of_either_department() {
        Meeting meeting = fixtures.meeting(kind, MeetingScope.network(), LocalDate.of(2026, 5, 13));

        Pdf pdf = Pdf.read(documents.attendanceSheet(meeting.getId(), true).content());

        assertThat(pdf.text()).contains(FUNDER);
    }

    @Test
    void the_mention_is_whatever_admins_recorded_for_the_department_and_goes_when_the_funder_is_removed() {
        Meeting lille = fixtures.territoryMeeting(kind, "MELN", LocalDate.of(2026, 5, 14));
        try {
            funders.save(Department.NORD, new FunderDraft("Département du Nord",
                    "Action menée avec le soutien du Département du Nord."), 0);

            Pdf nord = Pdf.read(documents.attendanceSheet(lille.getId(), true).content());

            assertThat(nord.text()).contains("Action menée avec le soutien du Département du Nord.")
                    .doesNotContain("Pas-de-Calais");
        } finally {
            funders.remove(Department.NORD);
        }
        assertThat(Pdf.read(documents.attendanceSheet(lille.getId(), true).content()).text())
                .doesNotContain("soutien");
    }

    @Test
    void a_sheet_of_120_people_runs_over_several_pages_with_the_header_row_on_each() {
        List<Centre> centres = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            centres.add(fixtures.centre("LIT62", 2026));
        }
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2026, 6, 9));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String last = "Personne" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
            Participant person = fixtures.register(meeting, centres.get(i % centres.size()), "Prénom", last,
                    ParticipantKind.values()[i % ParticipantKind.values().length]);
            fixtures.mark(meeting, person, Presence.PRESENT);
            names.add(last.toUpperCase(Locale.FRANCE) + " Prénom");
        }

        Pdf pdf = Pdf.read(documents.attendanceSheet(meeting.getId(), false).content());

        assertThat(pdf.pages()).hasSizeGreaterThan(2);
        assertThat(pdf.pages()).allSatisfy(page -> assertThat(page).contains(TABLE_HEADER));
        assertThat(pdf.pages().getFirst()).contains(FUNDER);
        assertThat(compact(pdf.pages().getFirst())).contains(compact(meeting.getTitle()));
        for (String name : names) {
            assertThat(pdf.text().split(java.util.regex.Pattern.quote(name), -1)).as(name).hasSize(2);
        }
        assertThat(pdf.numberedRows()).isEqualTo(120);
    }

    /**
     * Without spaces: text extraction may split a word of the large title font ("R éunion"), a
     * matter of glyph spacing, not of what is printed.
     */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The text of a PDF, whole and by page, lines in reading order. */
    record Pdf(String text, List<String> pages) {

        static Pdf read(byte[] content) {
            try (PDDocument document = Loader.loadPDF(content)) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                List<String> pages = new ArrayList<>();
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    pages.add(stripper.getText(document));
                }
                return new Pdf(String.join("\n", pages), pages);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String compact() {
            return AttendanceSheetPdfTest.compact(text);
        }

        List<String> lines() {
            return Arrays.stream(text.split("\\R")).map(String::strip).toList();
        }

        String lineWith(String fragment) {
            List<String> found = lines().stream().filter(line -> line.contains(fragment)).toList();
            assertThat(found).as("lines with %s in:%n%s", fragment, text).hasSize(1);
            return found.getFirst();
        }

        /** Table rows: lines starting with a row number. */
        long numberedRows() {
            return lines().stream().filter(line -> line.matches("\\d+( .*)?")).count();
        }
    }
}
