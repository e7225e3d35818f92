package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.accounts.RunAs;
import fr.centressociaux.portail.accounts.StaffDirectory;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.promeneurs.internal.ActivityReportRepository;
import fr.centressociaux.portail.promeneurs.internal.ClosedYearRepository;
import fr.centressociaux.portail.promeneurs.internal.NetworkQuestionRepository;
import fr.centressociaux.portail.promeneurs.internal.ProfessionalRepository;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.DemoDataPolicy;
import fr.centressociaux.portail.territories.TerritoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo Promeneurs du Net network of the Pas-de-Calais, written as the demo coordinator through
 * the module's services: the 2023 figures of DOMAIN.md (73 labelled at the end of 2023, 22 new,
 * 20 left, about 40 % in member centres, 2 initial trainings, 7 remote sessions, 3 cyber-violence
 * half-days, 1 departmental day), then 2024 (16 new, one of them back after leaving in 2023, 13
 * left: 76) and 2025 (6 new, 4 left: 78), with monthly activity for 2024 and this year, and
 * questions to the network answered in 2023 and 2024 ({@link DemoNetworkQuestions}).
 */
@Component
@Order(40)
class DemoPromeneurs implements ApplicationRunner {

    static final String DEMO_COORDINATOR = "pdn@example.org";
    /** The demo PROMENEUR account (created with the other demo accounts) and linked here to a record. */
    static final String DEMO_PROMENEUR = "promeneur@example.org";
    private static final Logger LOG = LoggerFactory.getLogger(DemoPromeneurs.class);

    private final DemoDataPolicy policy;
    private final RunAs runAs;
    private final PromeneurRegister register;
    private final PromeneurStructures structures;
    private final PromeneurEvents events;
    private final MeetingService meetings;
    private final MeetingTerms meetingKinds;
    private final ActivityReportRepository reports;
    private final ClosedYearRepository closedYears;
    private final CentreService centres;
    private final TerritoryService territories;
    private final NetworkQuestionRepository questions;
    private final ProfessionalRepository professionals;
    private final StaffDirectory staff;

    DemoPromeneurs(DemoDataPolicy policy, RunAs runAs, PromeneurRegister register, PromeneurStructures structures,
            PromeneurEvents events, MeetingService meetings, MeetingTerms meetingKinds, ActivityReportRepository reports, ClosedYearRepository closedYears,
            CentreService centres, TerritoryService territories, NetworkQuestionRepository questions,
            ProfessionalRepository professionals, StaffDirectory staff) {
        this.questions = questions;
        this.professionals = professionals;
        this.staff = staff;
        this.policy = policy;
        this.runAs = runAs;
        this.register = register;
        this.structures = structures;
        this.events = events;
        this.meetings = meetings;
        this.meetingKinds = meetingKinds;
        this.reports = reports;
        this.closedYears = closedYears;
        this.centres = centres;
        this.territories = territories;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.loadsDemoData()) {
            return;
        }
        int created = runAs.account(DEMO_COORDINATOR, () -> {
            DemoPromeneurWriter writer = new DemoPromeneurWriter(register, structures, events, meetings, meetingKinds,
                    centres, territories);
            writer.network(register.today());
            reports.insert(writer.activity(2024, 12));
            LocalDate today = register.today();
            reports.insert(writer.activity(today.getYear(), today.getMonthValue() - 1));
            closedYears.insert(new ClosedYear(2023));
            closedYears.insert(new ClosedYear(2024));
            // Asked by professionals labelled before 2023, so every asker was in the network then.
            List<Professional> askers = register.page(new ProfessionalFilter(null, ProfessionalStatus.LABELLED, null,
                    null), PageRequest.of(0, 200)).stream()
                    .filter(professional -> professional.isLabelledOn(LocalDate.of(2022, 12, 31))).limit(6).toList();
            questions.insert(DemoNetworkQuestions.askedBy(askers, today, FrenchDates.ZONE, DEMO_COORDINATOR));
            askers.stream().findFirst().ifPresent(this::linkDemoPromeneurAccount);
            return writer.professionals();
        }).orElse(0);
        LOG.info("Demo Promeneurs du Net: {} professionals", created);
    }

    /**
     * Links the demo PROMENEUR account to a professional who asked the network a question, as
     * {@link PromeneurInvitations} links an invited one (by the account's id), so that account opens
     * a record, questions and resources of its own.
     */
    private void linkDemoPromeneurAccount(Professional professional) {
        staff.active(Role.PROMENEUR).stream()
                .filter(contact -> contact.email().equals(DEMO_PROMENEUR))
                .findFirst()
                .ifPresent(contact -> {
                    professional.linkAccount(contact.accountId());
                    professionals.save(professional);
                });
    }
}
