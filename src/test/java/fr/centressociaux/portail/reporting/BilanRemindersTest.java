package fr.centressociaux.portail.reporting;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.mail.OutboxMessage;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.reporting.Instalment.PaymentTrigger;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff are reminded of a bilan not yet submitted 60, 30 and 7 days before its deadline, each
 * reminder once however often the job runs; a submitted bilan is not reminded.
 */
@PortalTest
@Import(MovableClockConfiguration.class)
class BilanRemindersTest {

    @Autowired
    BilanReminders reminders;
    @Autowired
    ConventionService conventions;
    @Autowired
    BilanWorkflow workflow;
    @Autowired
    Outbox outbox;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    MovableClock clock;

    @BeforeEach
    void signInAsStaff() {
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
    }

    @Test
    void each_reminder_is_written_once_and_a_submitted_bilan_gets_none() {
        LocalDate deadline = MeetingFixtures.today(clock).plusDays(30);
        Convention late = convention(deadline);
        Convention done = convention(deadline);
        workflow.submit(done.getId(), done.getFirstYear());

        reminders.sendDue();
        reminders.sendDue();

        assertThat(subjectsAbout(late)).containsExactly("Bilan " + late.getFirstYear() + " de la convention avec "
                + late.getNetworkHead() + " : plus que 30 jours");
        assertThat(subjectsAbout(done)).isEmpty();

        clock.advance(Duration.ofDays(24));
        reminders.sendDue();
        reminders.sendDue();

        assertThat(subjectsAbout(late)).hasSize(2).anyMatch(subject -> subject.endsWith("plus que 6 jours"));
    }

    private Convention convention(LocalDate deadline) {
        return conventions.create(new ConventionDraft(Department.PAS_DE_CALAIS, "Réseau " + UUID.randomUUID(),
                deadline.getYear() - 1, deadline.getYear() - 1, new BigDecimal("1000"),
                List.of(new Instalment(100, PaymentTrigger.SIGNATURE)), deadline));
    }

    private List<String> subjectsAbout(Convention convention) {
        return outbox.page(null, Pageable.ofSize(500)).stream().map(OutboxMessage::getSubject)
                .filter(subject -> subject.contains(convention.getNetworkHead())).toList();
    }
}
