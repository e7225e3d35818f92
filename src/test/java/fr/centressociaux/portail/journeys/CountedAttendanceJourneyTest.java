package fr.centressociaux.portail.journeys;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingDraft;
import fr.centressociaux.portail.meetings.MeetingFilter;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerm;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.meetings.TermType;
import fr.centressociaux.portail.meetings.YearFigures;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.support.Pages;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.RealBrowser;
import fr.centressociaux.portail.territories.TerritoryService;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static fr.centressociaux.portail.support.Pages.heading;

/**
 * Staff back-fill last year's assembly, known only by its published table: a file of counted
 * participants for 8 centres is previewed (a row with an unknown centre refused), corrected and
 * added; the meetings list of that year shows the distinct centres and the averages, and the XLSX
 * export says the same. In a real Chromium.
 */
@PortalTest
@TestPropertySource(properties = {"portal.demo-data=true", "vaadin.devmode.devTools.enabled=false"})
class CountedAttendanceJourneyTest {

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingTerms terms;
    @Autowired
    TerritoryService territories;
    @Autowired
    CentreFixtures centres;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    Clock clock;

    @Test
    void staff_back_fill_a_past_assembly_with_counted_people_and_read_the_years_figures() throws Exception {
        String word = "Comptage" + UUID.randomUUID().toString().substring(0, 6);
        int lastYear = clock.instant().atZone(FrenchDates.ZONE).getYear() - 1;
        Account admin = accounts.active(Role.ADMIN);
        List<Centre> eight = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            eight.add(centres.create(CentreFixtures.profile("Centre social " + word + " " + i, "62100", "Calais"),
                    "LIT62", member(lastYear)));
        }
        AccountFixtures.actAs(admin);
        MeetingTerm kind = terms.add(TermType.KIND, "Assemblée " + word);
        Meeting assembly = meetings.create(new MeetingDraft(kind.getId(), "Assemblée territoriale " + word,
                MeetingScope.territory(territories.byCode("LIT62").orElseThrow().getId()),
                LocalDate.of(lastYear, 6, 12), LocalTime.of(18, 0), LocalTime.of(20, 30), "Calais", "", List.of(),
                admin.getId(), "Équipe fédérale"), false);
        AccountFixtures.actAsNobody();

        Page page = browser.newPage();
        Pages.signIn(page, admin.getEmail(), AccountFixtures.PASSWORD);
        page.navigate("/reunions/" + assembly.getId());
        assertThat(heading(page, "Participants comptés sans nom")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer un tableau")).click();
        StringBuilder table = new StringBuilder("Centre;Structure;Type;Nombre\n");
        for (int i = 0; i < eight.size(); i++) {
            table.append(eight.get(i).getProfile().name()).append(";;bénévole;").append(i + 3).append('\n');
        }
        upload(page, "assemblee.csv", table + "Centre social Inconnu;;salarié;2\n");
        assertThat(page.getByText("Centre inconnu ou non adhérent à la date de la réunion : « Centre social Inconnu »."))
                .isVisible();
        assertThat(applyButton(page)).isDisabled();
        browser.screenshot(page, "comptage-import-refus");

        upload(page, "assemblee.csv", table.toString());
        applyButton(page).click();
        // 3 + 4 + … + 10 = 52 volunteers from 8 centres, none named.
        assertThat(page.getByText("52 participants, dont 0 nommé")).isVisible();
        browser.screenshot(page, "comptage-reunion");

        page.navigate("/reunions?annee=" + lastYear);
        page.getByLabel("Type", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(kind.getName())).click();
        AccountFixtures.actAs(admin);
        YearFigures figures = meetings.figures(new MeetingFilter(lastYear, kind.getId(), null, null));
        AccountFixtures.actAsNobody();
        org.assertj.core.api.Assertions.assertThat(figures.distinctCentresRepresented()).isEqualTo(8);
        Locator totals = page.locator(".meeting-totals");
        assertThat(totals).containsText("Centres différents représentés dans l’année\u00a0: 8 sur "
                + figures.distinctCentresInvited() + " centres invités");
        assertThat(totals).containsText("participants par réunion en moyenne\u00a0: 52");
        assertThat(totals).containsText("taux moyen de représentation par réunion\u00a0: "
                + figures.averageRate().orElseThrow());
        browser.screenshot(page, "comptage-liste");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Exporter (XLSX)")).click());
        Map<String, Double> exported = figuresBelowTotals(Files.readAllBytes(download.path()));
        org.assertj.core.api.Assertions.assertThat(exported)
                .containsEntry("Centres différents représentés dans l’année", 8.0)
                .containsEntry("sur centres différents invités", (double) figures.distinctCentresInvited())
                .containsEntry("Participants par réunion (moyenne)", 52.0);
    }

    private static void upload(Page page, String name, String csv) {
        page.getByRole(AriaRole.DIALOG).locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload(name, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static Locator applyButton(Page page) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter ces lignes"));
    }

    /** The labelled figures under the export's totals: label in column B, value in column F. */
    private static Map<String, Double> figuresBelowTotals(byte[] xlsx) throws Exception {
        Map<String, Double> figures = new HashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getFirstSheet().read()) {
                if (row.getCellCount() > 5 && (row.getCell(0) == null || row.getCellText(0).isEmpty()) && row.getCell(1) != null) {
                    row.getCellAsNumber(5).ifPresent(value -> figures.put(row.getCellText(1), value.doubleValue()));
                }
            }
        }
        return figures;
    }
}
