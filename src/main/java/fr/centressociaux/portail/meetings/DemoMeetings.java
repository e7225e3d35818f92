package fr.centressociaux.portail.meetings;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.RunAs;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.meetings.internal.MeetingRepository;
import fr.centressociaux.portail.meetings.internal.ParticipantRepository;
import fr.centressociaux.portail.shared.DemoDataPolicy;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.TerritoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo year of meetings: the 2024 meetings of the Pas-de-Calais bilan (docs/demo-data-sources.md)
 * with invented participants, so that the 2024 list filtered on Pas-de-Calais gives the bilan's
 * figures; a few Flandre Maritime meetings; and, around today, meetings of the demo director's
 * territory: one today (with its check-in open) and upcoming ones.
 */
@Component
@Order(20)
class DemoMeetings implements ApplicationRunner {

    static final String DEMO_ADMIN = "admin@example.org";
    static final String DEMO_DELEGATE = "delegue@example.org";
    private static final Logger LOG = LoggerFactory.getLogger(DemoMeetings.class);

    private final DemoDataPolicy policy;
    private final RunAs runAs;
    private final CurrentUser currentUser;
    private final MeetingTerms terms;
    private final MeetingInvitations invitations;
    private final MeetingRepository meetings;
    private final ParticipantRepository participants;
    private final AttendanceCounter counter;
    private final CheckInLinkKey linkKey;
    private final TerritoryService territories;
    private final Clock clock;

    DemoMeetings(DemoDataPolicy policy, RunAs runAs, CurrentUser currentUser, MeetingTerms terms,
            MeetingInvitations invitations, MeetingRepository meetings, ParticipantRepository participants,
            AttendanceCounter counter, CheckInLinkKey linkKey, TerritoryService territories, Clock clock) {
        this.linkKey = linkKey;
        this.policy = policy;
        this.runAs = runAs;
        this.currentUser = currentUser;
        this.terms = terms;
        this.invitations = invitations;
        this.meetings = meetings;
        this.participants = participants;
        this.counter = counter;
        this.territories = territories;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.loadsDemoData()) {
            return;
        }
        String delegate = runAs.account(DEMO_DELEGATE, () -> currentUser.get().orElseThrow().displayName())
                .orElse("Délégation territoriale");
        int created = runAs.account(DEMO_ADMIN, () -> {
            DemoMeetingWriter writer = new DemoMeetingWriter(terms, invitations, meetings, participants, counter,
                    linkKey, new Random(2024), clock, currentUser.get().orElseThrow().displayName());
            year2024(writer, delegate);
            aroundToday(writer, delegate);
            counter.recountYear(2024);
            int thisYear = LocalDate.now(clock).getYear();
            for (int year = thisYear; year <= thisYear + 1; year++) {
                counter.recountYear(year);
            }
            return writer.created();
        }).orElse(0);
        LOG.info("Demo meetings: {} created", created);
    }

    private void year2024(DemoMeetingWriter writer, String delegate) {
        territoryYear(writer, "LIT62", delegate, 3, 10, 4);
        territoryYear(writer, "AA62", "Déléguée Artois-Audomarois", 1, 5, 0);
        territoryYear(writer, "ABM62", "Délégué Arrageois et Bassin-Minier", 4, 4, 0);
        territoryYear(writer, "FLM", delegate, 2, 4, 2);
        String federation = writer.staffName();
        // Known as a published total (220 people): counted, not invented names.
        writer.countedNetwork(StandardKind.UNIVERSITY, "Université des centres sociaux 2024", LocalDate.of(2024, 4, 13),
                LocalTime.of(9, 0), LocalTime.of(17, 0), "Centre Nautique et Sportif, Olhain", federation,
                new Mix(220, 64, 10, Map.of(ParticipantKind.EMPLOYEE, 50, ParticipantKind.VOLUNTEER, 35,
                        ParticipantKind.INHABITANT, 15)));
        writer.network(StandardKind.NETWORK_DIRECTORS, "Réunion des directions du réseau",
                LocalDate.of(2024, 7, 5), LocalTime.of(9, 30), LocalTime.of(16, 0), "Salle Jean Jaurès, Avion",
                federation, Mix.directors(70, 17));
        writer.network(StandardKind.NEW_BOARD_MEMBERS_DAY, "Journée d’accueil des nouveaux administrateurs",
                LocalDate.of(2024, 12, 7), LocalTime.of(9, 0), LocalTime.of(16, 30), "Maison de la vie associative, Calais",
                federation, Mix.volunteers(20, 15));
        writer.network(StandardKind.NETWORK_DIRECTORS, "Réunion des directions du réseau",
                LocalDate.of(2024, 12, 13), LocalTime.of(9, 30), LocalTime.of(16, 0), "Centre social de l’Épi de Soil, Hem",
                federation, Mix.directors(70, 14));
    }

    /** Assemblies, directors' and chairs' meetings of one territory, spread over the year. */
    private void territoryYear(DemoMeetingWriter writer, String code, String organiser, int assemblies, int directors,
            int chairs) {
        String territoryId = territories.byCode(code).orElseThrow().getId();
        String name = territories.byCode(code).orElseThrow().getName();
        for (int i = 0; i < assemblies; i++) {
            writer.territory(StandardKind.TERRITORIAL_ASSEMBLY, "Assemblée territoriale " + name, territoryId,
                    workday(2024, 2 + i * 10 / Math.max(1, assemblies), 18), LocalTime.of(18, 0), LocalTime.of(20, 30),
                    organiser, DemoMeetingWriter.Attendance.ASSEMBLY);
        }
        for (int i = 0; i < directors; i++) {
            writer.territory(StandardKind.DIRECTORS, "Réunion des directions " + name, territoryId,
                    workday(2024, 1 + i * 11 / Math.max(1, directors), 9), LocalTime.of(9, 30), LocalTime.of(12, 0),
                    organiser, DemoMeetingWriter.Attendance.DIRECTORS);
        }
        for (int i = 0; i < chairs; i++) {
            writer.territory(StandardKind.CHAIRS, "Réunion des présidences " + name, territoryId,
                    workday(2024, 3 + i * 9 / Math.max(1, chairs), 23), LocalTime.of(18, 0), LocalTime.of(20, 0),
                    organiser, DemoMeetingWriter.Attendance.CHAIRS);
        }
    }

    /** The demo director's territory now: a directors' meeting today with its check-in open, and what comes next. */
    private void aroundToday(DemoMeetingWriter writer, String delegate) {
        LocalDate today = LocalDate.now(clock);
        String littoral = territories.byCode("LIT62").orElseThrow().getId();
        writer.today("Réunion des directions Littoral 62", littoral, today, delegate);
        writer.upcoming(StandardKind.TERRITORIAL_ASSEMBLY, "Assemblée territoriale Littoral 62", littoral,
                today.plusDays(9), LocalTime.of(18, 0), LocalTime.of(20, 30), "Centre social Henri Matisse, Calais",
                delegate);
        writer.upcoming(StandardKind.CHAIRS, "Réunion des présidences Littoral 62", littoral, today.plusDays(23),
                LocalTime.of(18, 0), LocalTime.of(20, 0), "Espace Fontinettes, Calais", delegate);
        writer.upcomingNetwork("Réunion des directions du réseau", today.plusDays(38), writer.staffName());
    }

    /** A weekday of that month near that day, so meetings fall on working days. */
    static LocalDate workday(int year, int month, int day) {
        LocalDate date = LocalDate.of(year, Math.min(12, month), Math.min(28, day));
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.plusDays(1);
        }
        return date;
    }

    /**
     * How many people come to a network meeting, how many of them from Pas-de-Calais centres, how
     * many from outside the network, and the share of each kind (in percent) among the others.
     */
    record Mix(int total, int fromPasDeCalais, int outside, Map<ParticipantKind, Integer> percentByKind) {

        static Mix directors(int total, int fromPasDeCalais) {
            return new Mix(total, fromPasDeCalais, 0, Map.of(ParticipantKind.EMPLOYEE, 100));
        }

        static Mix volunteers(int total, int fromPasDeCalais) {
            return new Mix(total, fromPasDeCalais, 0, Map.of(ParticipantKind.VOLUNTEER, 100));
        }

        int fromNord() {
            return total - fromPasDeCalais - outside;
        }

        List<ParticipantKind> kinds(int count) {
            List<ParticipantKind> kinds = new ArrayList<>();
            for (ParticipantKind kind : ParticipantKind.values()) {
                int share = percentByKind.getOrDefault(kind, 0);
                for (int i = 0; i < Math.round(count * share / 100.0) && kinds.size() < count; i++) {
                    kinds.add(kind);
                }
            }
            while (kinds.size() < count) {
                kinds.add(ParticipantKind.EMPLOYEE);
            }
            return kinds;
        }

        Department department(boolean pasDeCalais) {
            return pasDeCalais ? Department.PAS_DE_CALAIS : Department.NORD;
        }
    }
}
