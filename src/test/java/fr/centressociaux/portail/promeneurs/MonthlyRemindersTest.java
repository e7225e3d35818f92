package fr.centressociaux.portail.promeneurs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import fr.centressociaux.portail.support.Inbox;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The monthly reminder: to whoever has not reported the month, once, with a link that stops them. */
@PortalTest
class MonthlyRemindersTest {

    @Autowired
    MonthlyReminders reminders;
    @Autowired
    PromeneurRegister register;
    @Autowired
    Inbox inbox;
    @Autowired
    PromeneursFixtures fixtures;

    @Test
    void a_labelled_professional_whose_month_is_missing_is_reminded_once_even_from_two_nodes_at_once() {
        Structure structure = fixtures.structure(StructureKind.MISSION_LOCALE, "LIT62");
        Professional missing = fixtures.labelledIn(structure, LocalDate.of(2021, 1, 10));
        Professional reported = fixtures.labelledIn(structure, LocalDate.of(2021, 1, 10));
        Professional candidate = fixtures.asCoordinator(() -> register.register(PromeneursFixtures.draftIn(structure),
                new StatusChangeDraft(ProfessionalStatus.CANDIDATE, LocalDate.of(2021, 1, 10), null), false));
        fixtures.asCoordinator(() -> fixtures.activity.save(reported.getId(), YearMonth.of(2021, 2), 0,
                new ActivityDraft(1, 0, BigDecimal.ONE, List.of(), "", 0, "")));

        CompletableFuture<Integer> node1 = CompletableFuture.supplyAsync(() -> reminders.remind(YearMonth.of(2021, 2)));
        CompletableFuture<Integer> node2 = CompletableFuture.supplyAsync(() -> reminders.remind(YearMonth.of(2021, 2)));
        node1.join();
        node2.join();
        reminders.remind(YearMonth.of(2021, 2));

        Inbox.Mail mail = inbox.theMailTo(missing.getEmail());
        assertThat(mail.subject()).contains("février 2021");
        assertThat(mail.text()).contains(missing.getFirstName()).contains("/promeneurs/rappels/");
        assertThat(inbox.mailsTo(reported.getEmail())).isEmpty();
        assertThat(inbox.mailsTo(candidate.getEmail())).isEmpty();
    }

    @Test
    void the_link_in_the_reminder_stops_the_next_ones() {
        Professional professional = fixtures.labelledIn(fixtures.structure(StructureKind.COLLEGE, "AA62"),
                LocalDate.of(2021, 1, 10));
        reminders.remind(YearMonth.of(2021, 4));
        String text = inbox.theMailTo(professional.getEmail()).text();
        String token = text.substring(text.indexOf("/promeneurs/rappels/") + "/promeneurs/rappels/".length()).strip();

        assertThat(reminders.stopReminders(token)).isTrue();
        reminders.remind(YearMonth.of(2021, 5));

        assertThat(inbox.mailsTo(professional.getEmail())).hasSize(1);
        assertThat(reminders.stopReminders("not-a-token")).isFalse();
    }
}
