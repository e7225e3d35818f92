package fr.centressociaux.portail.trainings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.TextInput;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.trainings.internal.EnrolmentRepository;
import fr.centressociaux.portail.trainings.internal.SessionRepository;
import fr.centressociaux.portail.trainings.internal.TrainingRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The sessions of the catalogue's trainings: lists with their status and waiting list, and staff's
 * scheduling, edits (on the version the person saw; seats taken meanwhile are kept), closing of
 * registrations, cancelling (which mails the directors of the people enrolled or waiting) and the
 * FOSFORA amount.
 */
@Service
public class TrainingSessions {

    static final String PATH = "/formations/sessions/";
    static final int MAX_REASON = 500;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

    private final SessionRepository sessions;
    private final TrainingRepository trainings;
    private final EnrolmentRepository enrolments;
    private final TrainingCatalogue catalogue;
    private final CentreService centres;
    private final Seats seats;
    private final TrainingMails mails;
    private final TrainingAccess access;
    private final InputValidation validation;

    TrainingSessions(SessionRepository sessions, TrainingRepository trainings, EnrolmentRepository enrolments,
            TrainingCatalogue catalogue, CentreService centres, Seats seats, TrainingMails mails,
            TrainingAccess access, InputValidation validation) {
        this.validation = validation;
        this.sessions = sessions;
        this.trainings = trainings;
        this.enrolments = enrolments;
        this.catalogue = catalogue;
        this.centres = centres;
        this.seats = seats;
        this.mails = mails;
        this.access = access;
    }

    /** The page of a session in the portal, for links in mails: {@code /formations/sessions/<id>}. */
    public static String path(String sessionId) {
        return PATH + sessionId;
    }

    /** A page of the sessions the caller sees, soonest first. */
    @PreAuthorize("isAuthenticated()")
    public List<SessionRow> list(SessionFilter filter, Pageable pageable) {
        access.checkBrowse();
        List<TrainingSession> page = sessions.findPage(filter, visibleSessions(), pageable);
        Map<String, Training> byId = new HashMap<>();
        trainings.findAllById(page.stream().map(TrainingSession::getTrainingId).distinct().toList())
                .forEach(training -> byId.put(training.getId(), training));
        return rows(page, byId);
    }

    @PreAuthorize("isAuthenticated()")
    public long count(SessionFilter filter) {
        access.checkBrowse();
        return sessions.count(filter, visibleSessions());
    }

    /** The sessions of a training the caller sees, first day first; cancelled ones included. */
    @PreAuthorize("isAuthenticated()")
    public List<SessionRow> ofTraining(String trainingId) {
        Training training = catalogue.get(trainingId);
        List<TrainingSession> visible = sessions.findByTrainingIdOrderByFirstDayAsc(trainingId).stream()
                .filter(access::canView).toList();
        return rows(visible, Map.of(trainingId, training));
    }

    @PreAuthorize("isAuthenticated()")
    public SessionRow get(String sessionId) {
        TrainingSession session = load(sessionId);
        Training training = catalogue.get(session.getTrainingId());
        access.checkView(session);
        return rows(List.of(session), Map.of(training.getId(), training)).getFirst();
    }

    @PreAuthorize("isAuthenticated()")
    public SessionPermissions permissions(String sessionId) {
        TrainingSession session = get(sessionId).session();
        LocalDate today = access.today();
        boolean manage = access.canManage();
        boolean enrol = !session.isCancelled() && access.canEnrolSomeone()
                && (access.enrolsAnyTime() || session.takesRegistrationsOn(today));
        boolean attendance = manage && !session.isCancelled() && !today.isBefore(session.getFirstDay());
        return new SessionPermissions(manage, enrol, attendance, access.peopleScope().isEveryone());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public TrainingSession schedule(String trainingId, SessionDraft draft) {
        access.checkManage();
        Training training = catalogue.load(trainingId);
        SessionDraft.Tidy valid = validation.check(draft).tidy();
        HostCentre host = host(training, valid);
        return sessions.insert(new TrainingSession(training.getId(), valid.days(), host, valid.capacity(),
                valid.deadline()));
    }

    /**
     * New days, host, capacity or deadline. Refused if someone saved in between; the capacity may
     * not drop below the seats taken; once attendance is recorded the dates and times stay (the
     * place may change); the host centre stays once people are enrolled. A larger capacity gives
     * the new seats to the waiting list at once (their directors are mailed).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public TrainingSession update(String sessionId, long expectedVersion, SessionDraft draft) {
        access.checkManage();
        TrainingSession session = load(sessionId);
        checkVersion(session, expectedVersion);
        Training training = catalogue.load(session.getTrainingId());
        SessionDraft.Tidy valid = validation.check(draft).tidy();
        HostCentre host = host(training, valid);
        Problems check = validation.none();
        if (hasAttendance(sessionId) && !sameDatesAndTimes(session.getDays(), valid.days())) {
            check.add("days", "training.session.days.attendance-recorded");
        }
        boolean hostChanged = !Objects.equals(session.getHost() == null ? null : session.getHost().centreId(),
                valid.hostCentreId());
        if (hostChanged && enrolments.existsBySessionId(sessionId)) {
            check.add("hostCentreId", "training.session.host.has-enrolments");
        }
        if (valid.capacity() < session.getSeatsTaken()) {
            check.add("capacity", "training.session.capacity.below-taken", session.getSeatsTaken());
        }
        check.throwIfAny();
        if (!sessions.describe(sessionId, expectedVersion, valid.days(), host, session.getCapacity(),
                valid.capacity(), valid.deadline(), access.now(), access.actor())) {
            throw new UserFacingException("edit.concurrent");
        }
        enrolments.copySessionYear(sessionId, valid.days().getFirst().date().getYear());
        if (valid.capacity() > session.getCapacity()) {
            seats.fillAndTell(training, sessionId);
        }
        return load(sessionId);
    }

    /** Stops (or reopens) registrations before the deadline; staff still enrol. */
    @PreAuthorize("hasRole('ADMIN')")
    public TrainingSession closeRegistration(String sessionId, long expectedVersion, boolean closed) {
        access.checkManage();
        checkVersion(load(sessionId), expectedVersion);
        if (!sessions.closeRegistration(sessionId, expectedVersion, closed, access.now(), access.actor())) {
            throw new UserFacingException("edit.concurrent");
        }
        return load(sessionId);
    }

    /**
     * Cancels the session and mails the directors of everyone enrolled or waiting. Not once
     * attendance is recorded: the session took place.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public TrainingSession cancel(String sessionId, long expectedVersion, String reason) {
        access.checkManage();
        TrainingSession session = load(sessionId);
        checkVersion(session, expectedVersion);
        if (session.isCancelled()) {
            return session;
        }
        String valid = TextInput.tidy(reason);
        if (valid.isEmpty() || valid.length() > MAX_REASON) {
            validation.none().add("reason", valid.isEmpty() ? "input.required" : "input.too-long", MAX_REASON)
                    .throwIfAny();
        }
        if (hasAttendance(sessionId)) {
            throw new UserFacingException("training.session.cancel.has-attendance");
        }
        if (!sessions.cancel(sessionId, expectedVersion, valid, access.now(), access.actor())) {
            throw new UserFacingException("edit.concurrent");
        }
        Training training = catalogue.load(session.getTrainingId());
        TrainingSession cancelled = load(sessionId);
        mails.cancelled(training, cancelled, enrolments.findBySessionIdAndStatusIn(sessionId,
                Set.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING)), valid);
        return cancelled;
    }

    /** The amount the FOSFORA fund pays for the session, in euros (cents at most); null removes it. */
    @PreAuthorize("hasRole('ADMIN')")
    public TrainingSession recordFosforaAmount(String sessionId, long expectedVersion, @Nullable BigDecimal amount) {
        access.checkManage();
        TrainingSession session = load(sessionId);
        checkVersion(session, expectedVersion);
        Training training = catalogue.load(session.getTrainingId());
        Problems check = validation.none();
        if (amount != null && !training.isFosforaEligible()) {
            check.add("fosforaAmount", "training.session.amount.not-eligible");
        } else if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0
                || amount.stripTrailingZeros().scale() > 2)) {
            check.add("fosforaAmount", "training.session.amount.invalid");
        }
        check.throwIfAny();
        Long cents = amount == null ? null : amount.movePointRight(2).longValueExact();
        if (!sessions.recordFosforaAmount(sessionId, expectedVersion, cents, access.now(), access.actor())) {
            throw new UserFacingException("edit.concurrent");
        }
        return load(sessionId);
    }

    /** Only a session nobody was ever enrolled in; otherwise cancel it. */
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(String sessionId) {
        access.checkManage();
        TrainingSession session = load(sessionId);
        if (enrolments.existsBySessionId(sessionId)) {
            throw new UserFacingException("training.session.delete.has-enrolments");
        }
        sessions.delete(session);
    }

    TrainingSession load(String sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new UserFacingException("training.session.not-found"));
    }

    boolean hasAttendance(String sessionId) {
        return enrolments.existsBySessionIdAndAttendedMinutesGreaterThan(sessionId, 0);
    }

    /** The caller's sessions, of published trainings unless the caller sees drafts. */
    private Criteria visibleSessions() {
        Criteria visible = access.visibleSessions();
        return access.seesUnpublished() ? visible
                : new Criteria().andOperator(visible, Criteria.where("trainingId").in(trainings.publishedIds()));
    }

    private List<SessionRow> rows(Collection<TrainingSession> page, Map<String, Training> trainingsById) {
        Map<String, Integer> waiting = enrolments.waitingCounts(page.stream().map(TrainingSession::getId).toList());
        LocalDate today = access.today();
        return page.stream().map(session -> new SessionRow(session, trainingsById.get(session.getTrainingId()),
                session.statusOn(today), waiting.getOrDefault(session.getId(), 0))).toList();
    }

    /** "Sur mesure" and AMEPP sessions are held for one centre; others may be. */
    private @Nullable HostCentre host(Training training, SessionDraft.Tidy valid) {
        boolean required = training.getFamily() == TrainingFamily.SUR_MESURE
                || training.getFamily() == TrainingFamily.AMEPP;
        if (valid.hostCentreId() == null) {
            if (required) {
                validation.none().add("hostCentreId", "training.session.host.required").throwIfAny();
            }
            return null;
        }
        Centre centre = centres.get(valid.hostCentreId());
        LocalDate firstDay = valid.days().getFirst().date();
        return new HostCentre(centre.getId(), centre.getProfile().name(), centre.getDepartment(),
                centre.territoryOn(firstDay).orElse(null));
    }

    private static boolean sameDatesAndTimes(List<SessionDay> before, List<SessionDay> after) {
        if (before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            SessionDay a = before.get(i);
            SessionDay b = after.get(i);
            if (!a.date().equals(b.date()) || !a.start().equals(b.start()) || !a.end().equals(b.end())) {
                return false;
            }
        }
        return true;
    }

    private static void checkVersion(TrainingSession session, long expectedVersion) {
        if (session.getVersion() != expectedVersion) {
            throw new UserFacingException("edit.concurrent");
        }
    }
}
