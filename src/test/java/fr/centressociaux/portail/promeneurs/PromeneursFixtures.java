package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.RoleHolder;
import fr.centressociaux.portail.meetings.MeetingDraft;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.meetings.PdnMeeting;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.promeneurs.internal.ProfessionalRepository;
import fr.centressociaux.portail.support.Inbox;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.TerritoryService;
import org.jspecify.annotations.Nullable;

/**
 * Professionals, employers and events made for a test, through the module's services as the
 * coordinator. Communes and names are unique, so tests sharing a database do not meet; figures
 * tests also keep to years of their own. A prototype bean of the test configuration: autowire it.
 */
public final class PromeneursFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final PromeneurRegister register;
    final PromeneurStructures structures;
    final PromeneurEvents events;
    final PromeneurActivity activity;
    final CentreFixtures centres;
    final AccountFixtures accounts;
    final TerritoryService territories;
    final Account coordinator;
    final ProfessionalRepository professionals;
    private final SatisfactionSurveys surveys;
    private final Inbox inbox;
    private final MeetingService meetings;
    private final MeetingTerms meetingKinds;

    public PromeneursFixtures(PromeneurRegister register, PromeneurStructures structures, PromeneurEvents events,
            PromeneurActivity activity, CentreFixtures centres, AccountFixtures accounts, TerritoryService territories,
            ProfessionalRepository professionals, SatisfactionSurveys surveys, Inbox inbox, MeetingService meetings,
            MeetingTerms meetingKinds) {
        this.meetings = meetings;
        this.meetingKinds = meetingKinds;
        this.surveys = surveys;
        this.inbox = inbox;
        this.professionals = professionals;
        this.register = register;
        this.structures = structures;
        this.events = events;
        this.activity = activity;
        this.centres = centres;
        this.accounts = accounts;
        this.territories = territories;
        this.coordinator = accounts.active(Role.PDN_COORDINATOR);
    }

    /** A member centre of the territory with a director who has an account. */
    record CentreWithDirector(Centre centre, Account director) {

        String id() {
            return centre.getId();
        }
    }

    <T> T asCoordinator(Supplier<T> work) {
        AccountFixtures.actAs(coordinator);
        try {
            return work.get();
        } finally {
            AccountFixtures.actAsNobody();
        }
    }

    String territoryId(String code) {
        return territories.byCode(code).orElseThrow().getId();
    }

    CentreWithDirector centre(String territoryCode) {
        int n = SEQUENCE.incrementAndGet();
        Centre centre = centres.create(CentreFixtures.profile("Centre social Promeneurs " + n, "62100", "Calais"),
                territoryCode, new RoleHolder("Direction " + n, AccountFixtures.uniqueEmail("direction"), null),
                CentreFixtures.member(2015));
        Account director = accounts.active(Role.DIRECTOR, new AccountScope(Set.of(), centre.getId()));
        return new CentreWithDirector(centre, director);
    }

    /** A structure outside the network in a commune of its own, mapped to the territory since 2015. */
    Structure structure(StructureKind kind, String territoryCode) {
        String commune = "Commune " + SEQUENCE.incrementAndGet();
        return asCoordinator(() -> {
            structures.mapCommune(commune, territoryId(territoryCode), LocalDate.of(2015, 1, 1), null);
            return structures.create(new StructureDraft("Structure " + commune, kind, commune,
                    Department.PAS_DE_CALAIS));
        });
    }

    static ProfessionalDraft draft(String firstName, String lastName, @Nullable String centreId,
            @Nullable String structureId) {
        return new ProfessionalDraft(firstName, lastName, AccountFixtures.uniqueEmail("promeneur"), "03 21 00 00 00",
                "Animateur jeunesse", centreId, structureId, LocalDate.of(2015, 1, 1), null,
                List.of(new NetworkPresence(SocialNetwork.INSTAGRAM, "@promeneur")), 11, 25, "Harcèlement");
    }

    static ProfessionalDraft draftIn(Structure structure) {
        return draft("Prénom" + SEQUENCE.incrementAndGet(), "Nom", null, structure.getId());
    }

    /** Registered as labelled from the date. */
    Professional labelled(ProfessionalDraft draft, LocalDate on) {
        return asCoordinator(() -> register.register(draft,
                new StatusChangeDraft(ProfessionalStatus.LABELLED, on, null), false));
    }

    Professional labelledIn(Structure structure, LocalDate on) {
        return labelled(draftIn(structure), on);
    }

    Professional change(Professional professional, ProfessionalStatus status, LocalDate on,
            @Nullable LeavingReason reason) {
        return asCoordinator(() -> register.changeStatus(professional.getId(),
                register.get(professional.getId()).getVersion(), new StatusChangeDraft(status, on, reason)));
    }

    Professional leave(Professional professional, LocalDate on) {
        return change(professional, ProfessionalStatus.LEFT, on, LeavingReason.JOB_CHANGE);
    }

    /**
     * An active PROMENEUR account kept by this professional (as if they had accepted the
     * coordinator's invitation); the professional as saved with the link.
     */
    Account promeneurAccountOf(Professional professional) {
        Account account = accounts.active(Role.PROMENEUR);
        Professional stored = professionals.findById(professional.getId()).orElseThrow();
        stored.linkAccount(account.getId());
        professionals.save(stored);
        return account;
    }

    /** A network event (a meeting of its kind) the coordinator schedules, with these professionals present. */
    PdnMeeting event(StandardKind kind, LocalDate date, Professional... participants) {
        return asCoordinator(() -> {
            String id = meetings.create(draft(kind, date), false).getId();
            for (Professional participant : participants) {
                events.addParticipant(id, participant.getId());
            }
            return events.get(id);
        });
    }

    /** A meeting draft of the network's kind, in the Pas-de-Calais (an exchange half-day in the Littoral). */
    MeetingDraft draft(StandardKind kind, LocalDate date) {
        MeetingScope scope = kind == StandardKind.EXCHANGE_HALF_DAY ? MeetingScope.territory(territoryId("LIT62"))
                : MeetingScope.department(Department.PAS_DE_CALAIS);
        return new MeetingDraft(meetingKinds.standard(kind).getId(), "Temps " + SEQUENCE.incrementAndGet(), scope,
                date, LocalTime.of(9, 30), LocalTime.of(12, 0), "Arras", "", List.of(), null, "Coordination PdN");
    }

    /**
     * The path of a questionnaire link as its participant receives it by mail: a past event with one
     * new professional, whose questionnaire the coordinator sends now.
     */
    public String mailedQuestionnairePath() {
        Professional participant = labelledIn(structure(StructureKind.COLLEGE, "LIT62"), LocalDate.of(2021, 1, 4));
        PdnMeeting event = event(StandardKind.THEMATIC_HALF_DAY, LocalDate.of(2024, 3, 12), participant);
        asCoordinator(() -> surveys.inviteNow(event.id()));
        String text = inbox.theMailTo(participant.getEmail()).text();
        return text.substring(text.indexOf(SatisfactionSurveys.LINK_PATH)).split("\\s")[0];
    }
}
