package fr.centressociaux.portail.followup;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.RoleHolder;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.Inbox;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SENACS campaign of a year: its dates, the reminders to directors, the observatory's list. */
@PortalTest
@Import(MovableClockConfiguration.class)
class SenacsCampaignTest {

    @Autowired
    Senacs senacs;
    @Autowired
    SenacsReminders reminders;
    @Autowired
    SenacsImport imports;
    @Autowired
    FollowupFixtures fixtures;
    @Autowired
    CentreFixtures centres;
    @Autowired
    MovableClock clock;
    @Autowired
    Inbox inbox;

    LocalDate today;
    int year;
    Centre late;
    Centre done;
    String lateDirector;
    String doneDirector;

    @BeforeEach
    void twoMemberCentresWithTheirDirectors() {
        today = LocalDate.now(clock);
        year = today.getYear();
        lateDirector = AccountFixtures.uniqueEmail("direction-senacs");
        doneDirector = AccountFixtures.uniqueEmail("direction-senacs");
        late = centres.create(CentreFixtures.profile("Centre social Senacs en retard " + lateDirector, "62100",
                "Calais"), "LIT62", new RoleHolder("Direction", lateDirector, null), member(year));
        done = centres.create(CentreFixtures.profile("Centre social Senacs à jour " + doneDirector, "62100",
                "Calais"), "LIT62", new RoleHolder("Direction", doneDirector, null), member(year));
        AccountFixtures.actAs(fixtures.admin());
    }

    @AfterEach
    void nobody() {
        AccountFixtures.actAsNobody();
    }

    @Test
    void a_campaign_closes_after_it_opens() {
        int nextYear = year + 1;
        assertThatThrownBy(() -> senacs.setCampaign(nextYear, new SenacsCampaignDraft(today, today.minusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("closesOn"));
        assertThat(senacs.campaign(nextYear)).as("nothing saved").isEmpty();
    }

    @Test
    void directors_who_have_not_submitted_are_reminded_once_fourteen_then_three_days_before_closing() {
        senacs.setCampaign(year, new SenacsCampaignDraft(today.minusDays(30), today.plusDays(20)));
        senacs.setStatus(done.getId(), year, SenacsStatus.SUBMITTED);
        AccountFixtures.actAsNobody();

        reminders.send();
        assertThat(inbox.mailsTo(lateDirector)).as("twenty days before: not yet").isEmpty();

        clock.advance(Duration.ofDays(6));
        reminders.send();
        reminders.send();
        assertThat(inbox.theMailTo(lateDirector).text()).contains(late.getProfile().name(), "14 jours",
                "/centres/" + late.getId() + "/suivi");
        assertThat(inbox.mailsTo(doneDirector)).as("submitted: no reminder").isEmpty();

        clock.advance(Duration.ofDays(11));
        reminders.send();
        assertThat(inbox.mailsTo(lateDirector)).hasSize(2).last().satisfies(mail -> assertThat(mail.text())
                .contains("3 jours"));
    }

    @Test
    void the_observatory_list_is_previewed_with_every_bad_row_and_recorded_only_when_all_rows_are_good() {
        String header = "Structure;Statut";
        byte[] bad = csv(header, late.getProfile().name() + ";Transmis", "Centre social inconnu;Validé",
                done.getProfile().name() + ";Peut-être", late.getProfile().name() + ";Validé");

        SenacsImportPreview preview = imports.preview(year, bad);
        assertThat(preview.rows()).extracting(row -> row.problems().size()).containsExactly(0, 1, 1, 1);
        assertThat(preview.rows().get(1).problems().getFirst().message())
                .isEqualTo("« Centre social inconnu » n’est pas un centre adhérent en " + year + ".");
        assertThatThrownBy(() -> imports.apply(year, bad)).isInstanceOf(UserFacingException.class);
        assertThat(senacs.statusOf(late.getId(), year)).as("nothing recorded").isEqualTo(SenacsStatus.NOT_STARTED);

        byte[] good = csv(header, late.getProfile().name() + ";Transmis", done.getProfile().name() + ";Validé");
        assertThat(imports.apply(year, good)).isEqualTo(2);
        assertThat(senacs.statusOf(late.getId(), year)).isEqualTo(SenacsStatus.SUBMITTED);
        assertThat(senacs.statusOf(done.getId(), year)).isEqualTo(SenacsStatus.VALIDATED);
    }

    private static byte[] csv(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
