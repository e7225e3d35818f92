package fr.centressociaux.portail.trainings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.TextInput;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.trainings.TrainingAccess.PeopleScope;
import fr.centressociaux.portail.trainings.internal.EnrolmentRepository;
import fr.centressociaux.portail.trainings.internal.SessionRepository;
import fr.centressociaux.portail.trainings.internal.TrainingRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Enrolment of named people: directors enrol their centre's employees and volunteers until the
 * registration deadline (staff at any time); when no seat is left they go on the waiting list, and
 * move up in order when someone withdraws, their director being told by mail. Seats are handed out
 * by {@link Seats}, so two directors taking the last seat at once cannot both get it.
 */
@Service
public class TrainingEnrolments {


    private final EnrolmentRepository enrolments;
    private final SessionRepository sessionStore;
    private final TrainingRepository trainings;
    private final TrainingSessions sessions;
    private final TrainingCatalogue catalogue;
    private final CentreService centres;
    private final Seats seats;
    private final TrainingAccess access;
    private final InputValidation validation;

    TrainingEnrolments(EnrolmentRepository enrolments, SessionRepository sessionStore, TrainingRepository trainings,
            TrainingSessions sessions, TrainingCatalogue catalogue, CentreService centres, Seats seats,
            TrainingAccess access, InputValidation validation) {
        this.validation = validation;
        this.enrolments = enrolments;
        this.sessionStore = sessionStore;
        this.trainings = trainings;
        this.sessions = sessions;
        this.catalogue = catalogue;
        this.centres = centres;
        this.seats = seats;
        this.access = access;
    }

    /**
     * Enrols a person of the centre: a seat if one is left and nobody waits before them, otherwise
     * the waiting list. The same person (same name, accents and case aside, same centre) cannot be
     * in the session twice; a person who withdrew goes to the end of the list.
     */
    @PreAuthorize("isAuthenticated()")
    public EnrolmentLine enrol(String sessionId, String centreId, TraineeDraft draft) {
        TrainingSession session = visibleSession(sessionId);
        Training training = catalogue.get(session.getTrainingId());
        access.checkEnrolFor(centreId);
        checkOpen(session);
        ValidTrainee trainee = validate(draft, training);
        HostCentre host = session.getHost();
        if (host != null && !host.centreId().equals(centreId)) {
            throw new UserFacingException("training.enrolment.host-only", host.name());
        }
        Centre centre = centres.get(centreId);
        Enrolment fresh = new Enrolment(session, training.getFosforaLine(), personKey(trainee, centreId),
                trainee.firstName(), trainee.lastName(), trainee.kind(), trainee.job(), snapshot(centre, session),
                sessionStore.nextTicket(sessionId), access.now(), access.actor());
        Enrolment stored = insertOrTakeUp(fresh);
        seats.fillAndTell(training, sessionId);
        Enrolment now = reload(stored.getId());
        if (now.getStatus() == EnrolmentStatus.WAITING && !enrolments.markToldWaiting(now.getId())) {
            now = reload(now.getId());
        }
        return line(now);
    }

    /**
     * Takes the person off the session (or off its waiting list); a seat freed goes to the first
     * person waiting. Directors until the day before the first day, staff at any time; never once
     * the person attended a day.
     */
    @PreAuthorize("isAuthenticated()")
    public EnrolmentLine withdraw(String enrolmentId) {
        Enrolment enrolment = loadVisible(enrolmentId);
        TrainingSession session = visibleSession(enrolment.getSessionId());
        access.checkEnrolFor(enrolment.getCentreId());
        if (session.isCancelled()) {
            throw new UserFacingException("training.session.cancelled");
        }
        if (!access.enrolsAnyTime() && !access.today().isBefore(session.getFirstDay())) {
            throw new UserFacingException("training.withdrawal.closed");
        }
        if (enrolment.hasAttended()) {
            throw new UserFacingException("training.enrolment.attended");
        }
        Enrolment before = enrolments.withdraw(enrolmentId, access.now(), access.actor());
        if (before == null) {
            Enrolment current = reload(enrolmentId);
            if (current.hasAttended()) {
                throw new UserFacingException("training.enrolment.attended");
            }
            return line(current);
        }
        if (before.getStatus() == EnrolmentStatus.ENROLLED) {
            seats.release(session.getId());
            seats.fillAndTell(catalogue.load(session.getTrainingId()), session.getId());
        }
        return line(reload(enrolmentId));
    }

    /** The people of the session the caller may see (all, their territories', their centre's), by name. */
    @PreAuthorize("isAuthenticated()")
    public List<EnrolmentLine> people(String sessionId) {
        visibleSession(sessionId);
        PeopleScope scope = access.peopleScope();
        List<Enrolment> people;
        if (scope.centreId() != null) {
            people = enrolments.findBySessionIdAndCentreIdOrderByLastNameAscFirstNameAsc(sessionId, scope.centreId());
        } else if (scope.territoryIds() != null) {
            people = enrolments.findBySessionIdAndTerritoryIdInOrderByLastNameAscFirstNameAsc(sessionId,
                    scope.territoryIds());
        } else {
            people = enrolments.findBySessionIdOrderByLastNameAscFirstNameAsc(sessionId);
        }
        Map<String, Integer> positions = waitingPositions(sessionId);
        return people.stream().map(person -> new EnrolmentLine(person, positions.get(person.getId()))).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public EnrolmentLine get(String enrolmentId) {
        Enrolment enrolment = loadVisible(enrolmentId);
        visibleSession(enrolment.getSessionId());
        return line(enrolment);
    }

    /**
     * The centre's people in every session (of one year, of the session's first day, or all),
     * newest year first, with their session and training: what a director looks up for
     * certificates. For those who see the centre's people.
     */
    @PreAuthorize("isAuthenticated()")
    public List<CentreEnrolment> ofCentre(String centreId, @Nullable Integer year) {
        PeopleScope scope = access.peopleScope();
        if (scope.centreId() != null && !scope.centreId().equals(centreId)) {
            throw TrainingAccess.denied();
        }
        List<Enrolment> found = enrolments.findByCentreIdOrderByYearDescLastNameAscFirstNameAsc(centreId).stream()
                .filter(enrolment -> year == null || enrolment.getYear() == year).filter(scope::sees).toList();
        Map<String, TrainingSession> sessionsById = new HashMap<>();
        sessionStore.findAllById(found.stream().map(Enrolment::getSessionId).distinct().toList())
                .forEach(session -> sessionsById.put(session.getId(), session));
        Map<String, Training> trainingsById = new HashMap<>();
        trainings.findAllById(found.stream().map(Enrolment::getTrainingId).distinct().toList())
                .forEach(training -> trainingsById.put(training.getId(), training));
        List<CentreEnrolment> rows = new ArrayList<>();
        for (Enrolment enrolment : found) {
            TrainingSession session = sessionsById.get(enrolment.getSessionId());
            Training training = trainingsById.get(enrolment.getTrainingId());
            if (session != null && training != null) {
                rows.add(new CentreEnrolment(enrolment, session, training));
            }
        }
        return rows;
    }

    /**
     * Of these centres, those whose people attended a training day on or after the date: the
     * follow-up's "no participation for six months" alert. A yes or no per centre, no names.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public Set<String> centresAttendingSince(Collection<String> centreIds, LocalDate since) {
        return enrolments.findAttendedSince(centreIds, since.getYear(), since).stream()
                .map(EnrolmentRepository.CentreOnly::centreId).collect(Collectors.toSet());
    }

    Enrolment load(String enrolmentId) {
        return enrolments.findById(enrolmentId)
                .orElseThrow(() -> new UserFacingException("training.enrolment.not-found"));
    }

    private Enrolment insertOrTakeUp(Enrolment fresh) {
        try {
            return enrolments.insert(fresh);
        } catch (DuplicateKeyException e) {
            Enrolment existing = enrolments.findBySessionIdAndPersonKey(fresh.getSessionId(), fresh.getPersonKey())
                    .orElse(null);
            Enrolment takenUp = existing == null || existing.getStatus() != EnrolmentStatus.WITHDRAWN ? null
                    : enrolments.reactivate(existing.getId(), fresh);
            if (takenUp == null) {
                throw new UserFacingException("training.enrolment.duplicate", fresh.fullName());
            }
            return takenUp;
        }
    }

    private void checkOpen(TrainingSession session) {
        if (session.isCancelled()) {
            throw new UserFacingException("training.session.cancelled");
        }
        if (!access.enrolsAnyTime() && !session.takesRegistrationsOn(access.today())) {
            throw new UserFacingException("training.enrolment.closed");
        }
    }

    private TrainingSession visibleSession(String sessionId) {
        TrainingSession session = sessions.load(sessionId);
        access.checkView(session);
        return session;
    }

    private Enrolment loadVisible(String enrolmentId) {
        Enrolment enrolment = load(enrolmentId);
        if (!access.peopleScope().sees(enrolment)) {
            throw TrainingAccess.denied();
        }
        return enrolment;
    }

    private Enrolment reload(String enrolmentId) {
        return load(enrolmentId);
    }

    private EnrolmentLine line(Enrolment enrolment) {
        Integer position = enrolment.getStatus() == EnrolmentStatus.WAITING
                ? (int) enrolments.waitingAhead(enrolment.getSessionId(), enrolment.getQueueNumber()) + 1 : null;
        return new EnrolmentLine(enrolment, position);
    }

    private Map<String, Integer> waitingPositions(String sessionId) {
        Map<String, Integer> positions = new HashMap<>();
        List<Enrolment> waiting = enrolments.findBySessionIdAndStatusOrderByQueueNumberAsc(sessionId,
                EnrolmentStatus.WAITING);
        for (int i = 0; i < waiting.size(); i++) {
            positions.put(waiting.get(i).getId(), i + 1);
        }
        return positions;
    }

    private static Enrolment.CentreSnapshot snapshot(Centre centre, TrainingSession session) {
        String territoryId = centre.territoryOn(session.getFirstDay())
                .orElseGet(() -> centre.getTerritoryHistory().isEmpty() ? null
                        : centre.getTerritoryHistory().getLast().territoryId());
        String directorEmail = centre.getDirector() == null ? null : centre.getDirector().email();
        return new Enrolment.CentreSnapshot(centre.getId(), centre.getProfile().name(), centre.getDepartment(),
                territoryId, directorEmail);
    }

    /** Same name and same centre, whatever the accents, case and spacing. */
    static String personKey(ValidTrainee trainee, String centreId) {
        return SearchKeys.of(trainee.firstName() + " " + trainee.lastName()) + "|" + centreId;
    }

    private ValidTrainee validate(TraineeDraft draft, Training training) {
        Problems problems = validation.of(draft);
        if (draft.kind() != null && !training.getAudience().accepts(draft.kind())) {
            problems.add("kind", "training.enrolment.kind-not-in-audience");
        }
        problems.throwIfAny();
        return new ValidTrainee(TextInput.tidy(draft.firstName()), TextInput.tidy(draft.lastName()),
                Objects.requireNonNull(draft.kind()), Objects.requireNonNull(draft.job()));
    }

    record ValidTrainee(String firstName, String lastName, ParticipantKind kind,
            Job job) {
    }
}
