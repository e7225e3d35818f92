package fr.centressociaux.portail.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.meetings.internal.MeetingRepository;
import fr.centressociaux.portail.meetings.internal.ParticipantRepository;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * Writes demo meetings and their invented participants straight to the collections (one bulk
 * insert per meeting), the same documents the services write; the meetings' counts are worked out
 * from them afterwards ({@link AttendanceCounter#recountYear}). Names are random combinations of
 * common first names and surnames: nobody real.
 */
class DemoMeetingWriter {

    private static final String[] FIRST_NAMES = {"Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Julie",
            "Emma", "Laura", "Claire", "Nathalie", "Sandrine", "Karima", "Fatima", "Sylvie", "Isabelle", "Aurélie",
            "Hélène", "Lucas", "Hugo", "Thomas", "Nicolas", "Julien", "Maxime", "Karim", "Mehdi", "Olivier",
            "Laurent", "Stéphane", "Pascal", "Bruno", "Yannick", "Rachid", "Didier", "Francis", "Bernard", "Michel",
            "Jacqueline", "Monique", "Josiane", "Rémi", "Samia", "Yasmine", "Océane", "Kevin", "Anthony"};
    private static final String[] LAST_NAMES = {"Lefebvre", "Dubois", "Leroy", "Dupont", "Lemaire", "Delattre",
            "Caron", "Lefèvre", "Duhamel", "Vasseur", "Dumont", "Leclercq", "Wattel", "Deprez", "Lambert", "Delcroix",
            "Carpentier", "Hennebelle", "Desmet", "Vandenberghe", "Benali", "Haddad", "Martin", "Petit", "Lenoir",
            "Boulanger", "Poulain", "Fournier", "Marchand", "Roussel", "Mercier", "Dupuis", "Lecomte", "Louchart",
            "Bouchez", "Delannoy", "Hanquez", "Merlin", "Bonnel", "Cordier"};
    private static final String[] PARTNERS = {"CAF du Pas-de-Calais", "CAF du Nord", "Département du Pas-de-Calais",
            "Maison du Département Solidarité", "Ville de Lens", "Fédération nationale des centres sociaux",
            "URIOPSS", "Mission locale"};

    /** How people come to a territory's meeting. */
    enum Attendance { ASSEMBLY, DIRECTORS, CHAIRS }

    private final MeetingTerms terms;
    private final MeetingInvitations invitations;
    private final MeetingRepository meetings;
    private final ParticipantRepository participants;
    private final AttendanceCounter counter;
    private final CheckInLinkKey linkKey;
    private final Random random;
    private final Clock clock;
    private final String staffName;
    private int created;

    DemoMeetingWriter(MeetingTerms terms, MeetingInvitations invitations, MeetingRepository meetings,
            ParticipantRepository participants, AttendanceCounter counter, CheckInLinkKey linkKey, Random random,
            Clock clock, String staffName) {
        this.linkKey = linkKey;
        this.terms = terms;
        this.invitations = invitations;
        this.meetings = meetings;
        this.participants = participants;
        this.counter = counter;
        this.random = random;
        this.clock = clock;
        this.staffName = staffName;
    }

    int created() {
        return created;
    }

    String staffName() {
        return staffName;
    }

    /** A past meeting of one territory, with the people who came. */
    void territory(StandardKind kind, String title, String territoryId, LocalDate date, LocalTime start,
            LocalTime end, String organiser, Attendance attendance) {
        Meeting meeting = meeting(kind, title, MeetingScope.territory(territoryId), date, start, end, null, organiser);
        List<Participant> people = new ArrayList<>();
        Names names = new Names();
        for (InvitedCentre centre : meeting.getInvitedCentres()) {
            int count = switch (attendance) {
                case DIRECTORS -> random.nextInt(10) < 8 ? 1 : 0;
                case CHAIRS -> random.nextInt(10) < 6 ? 1 : 0;
                case ASSEMBLY -> random.nextInt(10) < 7 ? 2 + random.nextInt(3) : 0;
            };
            for (int i = 0; i < count; i++) {
                ParticipantKind who = switch (attendance) {
                    case DIRECTORS -> ParticipantKind.EMPLOYEE;
                    case CHAIRS -> ParticipantKind.VOLUNTEER;
                    case ASSEMBLY -> i == 0 ? ParticipantKind.EMPLOYEE
                            : random.nextInt(4) == 0 ? ParticipantKind.INHABITANT : ParticipantKind.VOLUNTEER;
                };
                people.add(arrived(person(meeting, names, centre, who), meeting));
            }
        }
        participants.insert(people);
    }

    /**
     * A past network-wide meeting known only by its published figures: counted lines (a centre ×
     * a kind × a number) instead of invented names, in exactly the mix given.
     */
    void countedNetwork(StandardKind kind, String title, LocalDate date, LocalTime start, LocalTime end,
            String place, String organiser, DemoMeetings.Mix mix) {
        Meeting meeting = meeting(kind, title, MeetingScope.network(), date, start, end, place, organiser);
        List<ParticipantKind> kinds = new ArrayList<>(mix.kinds(mix.total() - mix.outside()));
        Collections.shuffle(kinds, random);
        Map<String, CountedLine> lines = new LinkedHashMap<>();
        for (Department department : List.of(Department.PAS_DE_CALAIS, Department.NORD)) {
            List<InvitedCentre> centres = meeting.getInvitedCentres().stream()
                    .filter(centre -> centre.department() == department).toList();
            int count = department == Department.PAS_DE_CALAIS ? mix.fromPasDeCalais() : mix.fromNord();
            for (int i = 0; i < count; i++) {
                InvitedCentre centre = centres.get(random.nextInt(Math.max(1, centres.size() / 2)));
                ParticipantKind who = kinds.removeFirst();
                lines.merge(centre.centreId() + who, new CountedLine(centre.centreId(), centre.name(),
                        centre.territoryId(), centre.department(), true, who, 1),
                        (line, one) -> new CountedLine(line.centreId(), line.name(), line.territoryId(),
                                line.department(), true, who, line.count() + 1));
            }
        }
        if (mix.outside() > 0) {
            lines.put("outside", new CountedLine(null, PARTNERS[0], null, null, false, ParticipantKind.PARTNER,
                    mix.outside()));
        }
        counter.replaceCountedLines(meeting.getId(), List.copyOf(lines.values()));
    }

    /** A past network-wide meeting with exactly the mix of people given. */
    void network(StandardKind kind, String title, LocalDate date, LocalTime start, LocalTime end, String place,
            String organiser, DemoMeetings.Mix mix) {
        Meeting meeting = meeting(kind, title, MeetingScope.network(), date, start, end, place, organiser);
        List<ParticipantKind> kinds = new ArrayList<>(mix.kinds(mix.total() - mix.outside()));
        Collections.shuffle(kinds, random);
        Names names = new Names();
        List<Participant> people = new ArrayList<>();
        boolean oneEach = mix.percentByKind().size() == 1;
        people.addAll(fromDepartment(meeting, names, Department.PAS_DE_CALAIS, mix.fromPasDeCalais(), kinds, oneEach));
        people.addAll(fromDepartment(meeting, names, Department.NORD, mix.fromNord(), kinds, oneEach));
        for (int i = 0; i < mix.outside(); i++) {
            String organisation = PARTNERS[i % PARTNERS.length];
            people.add(arrived(outsider(meeting, names, organisation), meeting));
        }
        participants.insert(people);
    }

    /** Today's meeting: people registered by several centres, a few already checked in, the QR link open. */
    void today(String title, String territoryId, LocalDate today, String organiser) {
        Meeting meeting = meeting(StandardKind.DIRECTORS, title, MeetingScope.territory(territoryId), today,
                LocalTime.of(14, 0), LocalTime.of(16, 30), null, organiser);
        meeting = meetings.save(meeting);
        linkKey.open(meeting);
        meetings.save(meeting);
        List<Participant> people = registrations(meeting, 0.7, true);
        for (int i = 0; i < Math.min(3, people.size()); i++) {
            people.get(i).recordArrival(clock.instant().minusSeconds(600L * (i + 1)));
        }
        participants.insert(people);
    }

    /** A meeting to come, with some centres' registrations; the demo director's centre has not answered. */
    void upcoming(StandardKind kind, String title, String territoryId, LocalDate date, LocalTime start,
            LocalTime end, @Nullable String place, String organiser) {
        Meeting meeting = meeting(kind, title, MeetingScope.territory(territoryId), date, start, end, place, organiser);
        participants.insert(registrations(meeting, 0.4, false));
    }

    void upcomingNetwork(String title, LocalDate date, String organiser) {
        meeting(StandardKind.NETWORK_DIRECTORS, title, MeetingScope.network(), date, LocalTime.of(9, 30),
                LocalTime.of(16, 0), "Maison des associations, Arras", organiser);
    }

    private List<Participant> registrations(Meeting meeting, double share, boolean withDemoCentre) {
        Names names = new Names();
        List<Participant> people = new ArrayList<>();
        for (InvitedCentre centre : meeting.getInvitedCentres()) {
            boolean demoCentre = centre.name().equals("Centre social Henri Matisse");
            if (demoCentre ? withDemoCentre : random.nextDouble() < share) {
                people.add(person(meeting, names, centre, ParticipantKind.EMPLOYEE));
                if (demoCentre || random.nextBoolean()) {
                    people.add(person(meeting, names, centre, ParticipantKind.VOLUNTEER));
                }
            }
        }
        return people;
    }

    private List<Participant> fromDepartment(Meeting meeting, Names names, Department department, int count,
            List<ParticipantKind> kinds, boolean oneEach) {
        List<InvitedCentre> centres = new ArrayList<>(meeting.getInvitedCentres().stream()
                .filter(centre -> centre.department() == department).toList());
        Collections.shuffle(centres, random);
        if (oneEach && centres.size() < count) {
            throw new IllegalStateException("Not enough " + department + " centres for " + meeting.getTitle());
        }
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            InvitedCentre centre = oneEach ? centres.get(i) : centres.get(random.nextInt(Math.max(1, centres.size() / 2)));
            people.add(arrived(person(meeting, names, centre, kinds.removeFirst()), meeting));
        }
        return people;
    }

    private Meeting meeting(StandardKind kind, String title, MeetingScope scope, LocalDate date, LocalTime start,
            LocalTime end, @Nullable String place, String organiser) {
        MeetingInvitations.Invitees invitees = invitations.invitees(scope, date);
        String where = place != null ? place : invitees.centres().isEmpty() ? "Siège de la Fédération, Lille"
                : invitees.centres().get(random.nextInt(invitees.centres().size())).name();
        Meeting meeting = new Meeting(terms.standard(kind).getId(), title, scope, date, start, end, where, organiser);
        meeting.describe(meeting.getKindId(), title, date, start, end, where, agenda(kind), List.of(), null, organiser,
                List.of());
        meeting.invite(scope, invitees.departments(), invitees.territoryIds(), invitees.centres());
        created++;
        return meetings.save(meeting);
    }

    private static String agenda(StandardKind kind) {
        return switch (kind) {
            case TERRITORIAL_ASSEMBLY -> "1. Actualités du réseau\n2. Projets des centres du territoire\n3. Questions diverses";
            case DIRECTORS -> "1. Tour de table des centres\n2. Renouvellements de projets sociaux\n3. SENACS";
            case CHAIRS -> "1. Fonction employeur\n2. Vie associative\n3. Agenda fédéral";
            default -> "1. Accueil\n2. Ateliers\n3. Clôture";
        };
    }

    private Participant person(Meeting meeting, Names names, InvitedCentre centre, ParticipantKind kind) {
        String[] name = names.next();
        return new Participant(meeting.getId(), meeting.getDate().getYear(), People.key(name[0], name[1],
                centre.centreId(), ""), name[0], name[1], kind, centre.centreId(), centre.name(), centre.department(),
                centre.territoryId(), true, ParticipantSource.REGISTERED, clock.instant(), "demo");
    }

    private Participant outsider(Meeting meeting, Names names, String organisation) {
        String[] name = names.next();
        return new Participant(meeting.getId(), meeting.getDate().getYear(), People.key(name[0], name[1], null,
                organisation), name[0], name[1], ParticipantKind.PARTNER, null, organisation, null, null, false,
                ParticipantSource.WALK_IN, clock.instant(), "demo");
    }

    private Participant arrived(Participant person, Meeting meeting) {
        LocalTime time = meeting.getStartTime().minusMinutes(15).plusMinutes(random.nextInt(25));
        person.recordArrival(meeting.getDate().atTime(time).atZone(clock.getZone()).toInstant());
        return person;
    }

    /** Distinct invented names within one meeting. */
    private final class Names {

        private final Set<String> used = new HashSet<>();

        String[] next() {
            while (true) {
                String[] name = {FIRST_NAMES[random.nextInt(FIRST_NAMES.length)],
                        LAST_NAMES[random.nextInt(LAST_NAMES.length)]};
                if (used.add(name[0] + " " + name[1])) {
                    return name;
                }
            }
        }
    }
}
