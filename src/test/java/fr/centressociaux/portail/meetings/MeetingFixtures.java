package fr.centressociaux.portail.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.MembershipYear;
import fr.centressociaux.portail.centres.RoleHolder;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.TerritoryService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Meetings, centres and people for the tests of the meetings module, made through the services as
 * an admin would (the caller's sign-in is put back afterwards), and unsaved meetings and
 * participants for the benchmarks, which insert thousands in bulk. Every name made here is unique,
 * so tests sharing a database do not meet.
 */
public final class MeetingFixtures {

    /** A phone of its own on an address of its own, as each participant scanning the code is. */
    public static CheckInClient phone() {
        return new CheckInClient("address-" + fr.centressociaux.portail.shared.Tokens.random(),
                fr.centressociaux.portail.shared.Tokens.random());
    }


    public static final LocalTime START = LocalTime.of(9, 30);
    public static final LocalTime END = LocalTime.of(12, 0);
    public static final String PLACE = "Salle des fêtes, 12 rue Royale, Calais";
    public static final String ORGANISER = "Fédération des centres sociaux";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final CentreFixtures centres;
    private final TerritoryService territories;
    private final MeetingTerms terms;
    private final MeetingService meetings;
    private final MeetingPeople people;
    private final AccountFixtures accounts;
    private @Nullable Account admin;

    public MeetingFixtures(CentreFixtures centres, TerritoryService territories, MeetingTerms terms,
            MeetingService meetings, MeetingPeople people, AccountFixtures accounts) {
        this.centres = centres;
        this.territories = territories;
        this.terms = terms;
        this.meetings = meetings;
        this.people = people;
        this.accounts = accounts;
    }

    public static int next() {
        return SEQUENCE.incrementAndGet();
    }

    public Account admin() {
        if (admin == null) {
            admin = accounts.active(Role.ADMIN);
        }
        return admin;
    }

    public Account delegateOf(String... territoryCodes) {
        return accounts.active(Role.DELEGATE, new AccountScope(java.util.Arrays.stream(territoryCodes)
                .map(this::territoryId).collect(java.util.stream.Collectors.toSet()), null));
    }

    public Account directorOf(Centre centre) {
        return accounts.active(Role.DIRECTOR, new AccountScope(java.util.Set.of(), centre.getId()));
    }

    /** Runs the action signed in as an admin, then signs the caller back in. */
    public <T> T asAdmin(Supplier<T> action) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        AccountFixtures.actAs(admin());
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(caller);
        }
    }

    public void asAdmin(Runnable action) {
        asAdmin(() -> {
            action.run();
            return null;
        });
    }

    public String territoryId(String code) {
        return Objects.requireNonNull(territories.byCode(code).orElseThrow().getId());
    }

    /** A centre of the territory since 2015, member in each of these years, with a director who has an address. */
    public Centre centre(String territoryCode, int... memberYears) {
        List<MembershipYear> rows = new ArrayList<>();
        for (int year : memberYears) {
            rows.add(CentreFixtures.member(year));
        }
        return centre(territoryCode, rows.toArray(MembershipYear[]::new));
    }

    public Centre centre(String territoryCode, MembershipYear... memberships) {
        boolean nord = territories.byCode(territoryCode).orElseThrow().getDepartment() == Department.NORD;
        int n = next();
        return centres.create(CentreFixtures.profile("Centre social Éluard " + n, nord ? "59100" : "62100",
                        nord ? "Roubaix" : "Calais"), territoryCode,
                new RoleHolder("Direction " + n, AccountFixtures.uniqueEmail("direction"), null), memberships);
    }

    /** A kind of meeting of its own, so that a test's list and totals hold only its own meetings. */
    public MeetingTerm newKind() {
        return asAdmin(() -> terms.add(TermType.KIND, "Réunion d’essai " + next()));
    }

    public static MeetingDraft draft(String kindId, MeetingScope scope, LocalDate date) {
        return new MeetingDraft(kindId, "Réunion " + next(), scope, date, START, END, PLACE, "Ordre du jour",
                List.of(), null, ORGANISER);
    }

    public Meeting meeting(String kindId, MeetingScope scope, LocalDate date) {
        return asAdmin(() -> meetings.create(draft(kindId, scope, date), false));
    }

    public Meeting territoryMeeting(String kindId, String territoryCode, LocalDate date) {
        return meeting(kindId, MeetingScope.territory(territoryId(territoryCode)), date);
    }

    public Participant register(Meeting meeting, Centre centre, String firstName, String lastName,
            ParticipantKind kind) {
        return asAdmin(() -> people.register(meeting.getId(), centre.getId(),
                new PersonDraft(firstName, lastName, kind)));
    }

    /** A person of the centre, registered and marked present. */
    public Participant present(Meeting meeting, Centre centre, ParticipantKind kind) {
        int n = next();
        Participant registered = register(meeting, centre, "Prénom" + n, "Nom" + n, kind);
        return mark(meeting, registered, Presence.PRESENT);
    }

    public Participant mark(Meeting meeting, Participant person, Presence presence) {
        return asAdmin(() -> people.markPresence(meeting.getId(), person.getId(), presence));
    }

    public Participant outsider(Meeting meeting, String organisation, ParticipantKind kind) {
        int n = next();
        return asAdmin(() -> people.addWalkIn(meeting.getId(),
                new WalkInDraft(new PersonDraft("Invité" + n, "Extérieur" + n, kind), null, organisation)));
    }

    public MeetingCounts counts(Meeting meeting) {
        return asAdmin(() -> meetings.counts(meeting.getId()));
    }

    /** Moves the test clock forward to this French date and time (it never goes back). */
    public static void moveClockTo(MovableClock clock, LocalDateTime parisTime) {
        Instant target = parisTime.atZone(FrenchDates.ZONE).toInstant();
        Duration ahead = Duration.between(clock.instant(), target);
        if (ahead.isNegative()) {
            throw new IllegalStateException("The test clock is already past " + parisTime);
        }
        clock.advance(ahead);
    }

    /** Today in France on the test clock. */
    public static LocalDate today(MovableClock clock) {
        return LocalDate.ofInstant(clock.instant(), FrenchDates.ZONE);
    }

    // For the benchmarks: documents built in memory, inserted in bulk without the services.

    /** A meeting with its invited centres, not stored. */
    public static Meeting unsaved(String kindId, String title, MeetingScope scope, LocalDate date,
            List<Department> departments, List<String> territoryIds, List<InvitedCentre> invited) {
        Meeting meeting = new Meeting(kindId, title, scope, date, START, END, PLACE, ORGANISER);
        meeting.invite(scope, departments, territoryIds, invited);
        return meeting;
    }

    /** Counted lines put on a meeting not stored yet; its counts follow on {@link MeetingService#recount}. */
    public static void count(Meeting meeting, List<CountedLine> lines) {
        meeting.keepCountedLines(lines);
    }

    public static void cancel(Meeting meeting) {
        meeting.cancel("Annulée faute de participants");
    }

    /** A person of an invited centre (or of an outside organisation when centre is null), not stored. */
    public static Participant unsavedParticipant(Meeting meeting, int number, ParticipantKind kind,
            @Nullable InvitedCentre centre, String outsideOrganisation, Presence presence, Instant at) {
        String first = "Prénom" + number;
        String last = "Nom" + number;
        String centreId = centre == null ? null : centre.centreId();
        Participant participant = new Participant(meeting.getId(), meeting.getDate().getYear(),
                People.key(first, last, centreId, centre == null ? outsideOrganisation : ""), first, last, kind,
                centreId, centre == null ? outsideOrganisation : centre.name(),
                centre == null ? null : centre.department(), centre == null ? null : centre.territoryId(),
                centre != null, ParticipantSource.REGISTERED, at, "benchmark");
        switch (presence) {
            case PRESENT -> participant.recordArrival(at);
            case ABSENT -> participant.recordAbsence();
            case UNKNOWN -> {
            }
        }
        return participant;
    }
}
