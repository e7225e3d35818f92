package fr.centressociaux.portail.meetings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.followup.PartnerKind;
import fr.centressociaux.portail.followup.PartnerOrganisationDraft;
import fr.centressociaux.portail.followup.PartnerOrganisations;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.TerritoryService;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The meeting list's spreadsheet: one row per meeting the filter selects and the caller sees, with
 * its counts (none for a cancelled meeting), then the totals of the set; read back from the file.
 * Each test uses a kind of meeting of its own, so tests sharing the database do not meet.
 */
@PortalTest
class MeetingExportTest {

    private static final int YEAR = 2023;

    @Autowired
    MeetingExport export;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingPeople people;
    @Autowired
    MeetingTerms terms;
    @Autowired
    TerritoryService territories;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    CentreFixtures centres;
    @Autowired
    PartnerOrganisations organisations;

    Account admin;
    String kindId;
    Centre calais;
    Centre boulogne;
    Centre cambrai;
    Meeting assembly;
    Meeting network;
    Meeting cancelled;

    @BeforeEach
    void threeMeetingsOfAKindOfTheirOwn() {
        admin = accounts.active(Role.ADMIN);
        AccountFixtures.actAs(admin);
        kindId = terms.add(TermType.KIND, "Réunion d’essai " + UUID.randomUUID()).getId();
        calais = centres.create(CentreFixtures.profile("Centre social Calais " + UUID.randomUUID(), "62100", "Calais"),
                "LIT62", member(YEAR));
        boulogne = centres.create(CentreFixtures.profile("Centre social Boulogne " + UUID.randomUUID(), "62200",
                "Boulogne-sur-Mer"), "LIT62", member(YEAR));
        cambrai = centres.create(CentreFixtures.profile("Centre social Cambrai " + UUID.randomUUID(), "59400",
                "Cambrai"), "CAMB", member(YEAR));

        assembly = schedule("Assemblée du printemps", MeetingScope.territory(territory("LIT62")),
                LocalDate.of(YEAR, 3, 10));
        present(assembly, calais, "Alix", ParticipantKind.EMPLOYEE);
        present(assembly, calais, "Bruno", ParticipantKind.VOLUNTEER);
        people.register(assembly.getId(), boulogne.getId(),
                new PersonDraft("Chloé", "Martin", ParticipantKind.INHABITANT));

        network = schedule("Réunion des directions du réseau", MeetingScope.network(), LocalDate.of(YEAR, 6, 5));
        present(network, calais, "Dora", ParticipantKind.EMPLOYEE);
        present(network, cambrai, "Émile", ParticipantKind.PARTNER);

        cancelled = schedule("Assemblée d’automne", MeetingScope.territory(territory("LIT62")),
                LocalDate.of(YEAR, 9, 1));
        present(cancelled, boulogne, "Fanny", ParticipantKind.EMPLOYEE);
        meetings.cancel(cancelled.getId(), "Salle indisponible");
    }

    @Test
    void each_meeting_is_a_row_with_its_counts_and_the_last_row_adds_them_up() throws IOException {
        List<Row> rows = exported(filter());

        assertThat(rows).hasSize(9);
        assertThat(texts(rows.get(0), 0, 15)).containsExactly("Date", "Réunion", "Type", "Pour", "Statut",
                "Participants", "Salariés", "Bénévoles", "Habitants", "Partenaires", "Du Nord", "Du Pas-de-Calais",
                "Centres représentés", "Centres invités", "Taux");

        Row first = rows.get(1);
        assertThat(first.getCellAsDate(0).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(YEAR, 3, 10));
        assertThat(texts(first, 1, 5)).containsExactly("Assemblée du printemps", terms.byId(TermType.KIND)
                .get(kindId).getName(), "Littoral 62", "Passée");
        int assemblyInvited = meetings.get(assembly.getId()).getInvitedCount();
        assertThat(numbers(first, 5, 14)).containsExactly(2, 1, 1, 0, 0, 0, 2, 1, assemblyInvited);
        assertThat(first.getCellAsNumber(14).orElseThrow().doubleValue())
                .isCloseTo(1.0 / assemblyInvited, within(1e-9));

        Row second = rows.get(2);
        assertThat(texts(second, 1, 5)).containsExactly("Réunion des directions du réseau",
                terms.byId(TermType.KIND).get(kindId).getName(), "Tout le réseau", "Passée");
        int networkInvited = meetings.get(network.getId()).getInvitedCount();
        assertThat(numbers(second, 5, 14)).containsExactly(2, 1, 0, 0, 1, 1, 1, 2, networkInvited);

        Row third = rows.get(3);
        assertThat(texts(third, 1, 5)).containsExactly("Assemblée d’automne",
                terms.byId(TermType.KIND).get(kindId).getName(), "Littoral 62", "Annulée");
        assertThat(texts(third, 5, 15)).as("a cancelled meeting counts nothing").containsOnly("");

        Row totals = rows.get(4);
        assertThat(texts(totals, 0, 2)).containsExactly("Total", "3 réunions");
        assertThat(numbers(totals, 5, 14)).containsExactly(4, 2, 1, 0, 1, 1, 3, 3, assemblyInvited + networkInvited);
        assertThat(numbers(totals, 15, 16)).as("all named").containsExactly(4);

        YearFigures figures = meetings.figures(filter());
        assertThat(rows.subList(5, 9)).extracting(row -> row.getCellText(1)).containsExactly(
                "Centres différents représentés dans l’année", "sur centres différents invités",
                "Taux moyen de représentation par réunion", "Participants par réunion (moyenne)");
        assertThat(numbers(rows.get(5), 5, 6)).as("Calais and Cambrai").containsExactly(2);
        assertThat(numbers(rows.get(6), 5, 6)).containsExactly(figures.distinctCentresInvited());
        assertThat(rows.get(8).getCellAsNumber(5).orElseThrow().doubleValue()).isEqualTo(2.0);
    }

    @Test
    void the_totals_row_says_what_the_list_shows_for_the_same_filter() throws IOException {
        MeetingCounts shown = meetings.totals(filter());

        Row totals = exported(filter()).get(4);

        assertThat(numbers(totals, 5, 14)).containsExactly(shown.participants(), shown.of(ParticipantKind.EMPLOYEE),
                shown.of(ParticipantKind.VOLUNTEER), shown.of(ParticipantKind.INHABITANT),
                shown.of(ParticipantKind.PARTNER), shown.from(Department.NORD), shown.from(Department.PAS_DE_CALAIS),
                shown.centresRepresented(),
                shown.centresInScope());
    }

    @Test
    void a_director_exports_only_the_meetings_their_centre_is_invited_to() throws IOException {
        AccountFixtures.actAs(accounts.active(Role.DIRECTOR, new AccountScope(Set.of(), cambrai.getId())));

        List<Row> rows = exported(filter());

        assertThat(rows).hasSize(7);
        assertThat(rows.get(1).getCellAsString(1)).contains("Réunion des directions du réseau");
        assertThat(texts(rows.get(2), 0, 2)).containsExactly("Total", "1 réunion");
    }

    @Test
    void the_funder_exports_no_meeting() {
        AccountFixtures.actAs(accounts.active(Role.FUNDER));

        assertThatThrownBy(() -> exported(filter())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_last_column_names_the_partner_organisations_present() throws IOException {
        String mdsName = "MDS du Calaisis " + UUID.randomUUID();
        String mds = organisations.create(new PartnerOrganisationDraft(mdsName, PartnerKind.MDS,
                Department.PAS_DE_CALAIS, "Calais")).getId();
        Meeting stored = meetings.get(assembly.getId());
        meetings.update(stored.getId(), stored.getVersion(), MeetingDraft.of(stored).withPartners(List.of(mds)));

        List<Row> rows = exported(filter());

        assertThat(rows.get(0).getCellText(16)).isEqualTo("Organisations partenaires présentes");
        assertThat(rows.get(1).getCellText(16)).isEqualTo(mdsName);
        assertThat(rows.get(2).getCellText(16)).as("the network meeting had none").isEmpty();
    }

    @Test
    void the_file_is_named_after_the_year() {
        assertThat(export.fileName(filter())).isEqualTo("reunions-2023.xlsx");
    }

    private MeetingFilter filter() {
        return new MeetingFilter(YEAR, kindId, null, null);
    }

    private List<Row> exported(MeetingFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(filter, out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            return workbook.getFirstSheet().read();
        }
    }

    private Meeting schedule(String title, MeetingScope scope, LocalDate date) {
        return meetings.create(new MeetingDraft(kindId, title, scope, date, LocalTime.of(9, 30), LocalTime.of(12, 0),
                "Salle des fêtes", "", List.of(), admin.getId(), "Équipe fédérale"), false);
    }

    private void present(Meeting meeting, Centre centre, String firstName, ParticipantKind kind) {
        Participant person = people.register(meeting.getId(), centre.getId(),
                new PersonDraft(firstName, "Durand", kind));
        people.markPresence(meeting.getId(), person.getId(), Presence.PRESENT);
    }

    private String territory(String code) {
        return territories.byCode(code).orElseThrow().getId();
    }

    /** The cells' texts, "" for an empty cell (also one past the last written). */
    private static List<String> texts(Row row, int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> i < row.getCellCount() ? row.getCellText(i) : "").toList();
    }

    private static List<Integer> numbers(Row row, int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(i -> row.getCellAsNumber(i).map(BigDecimal::intValueExact).orElse(-1)).toList();
    }
}
