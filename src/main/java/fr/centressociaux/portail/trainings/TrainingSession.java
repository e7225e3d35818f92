package fr.centressociaux.portail.trainings;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import fr.centressociaux.portail.shared.AuditedDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One session of a training: its days, capacity and registration deadline, and the seat counter
 * that makes enrolment safe without transactions. {@code seatsLeft} only ever changes through a
 * conditional single-document update ({@code seatsLeft > 0} then {@code -1}), so two directors
 * taking the last seat at the same moment cannot both get it. {@code queueCounter} hands out the
 * waiting-list order, and a short lease ({@code seatLock}) lets one caller at a time give free seats
 * to the waiting list, so everyone's answer is final when they get it. Staff edits are conditional on {@code version} and never touch the counters,
 * so an edit does not undo an enrolment made meanwhile; the counter and lease updates leave {@code version}
 * alone, so an enrolment does not make a staff edit look stale ({@code SessionQueriesImpl}).
 */
@Document("training_sessions")
@CompoundIndex(name = "training_first_day", def = "{'trainingId': 1, 'firstDay': 1}")
@CompoundIndex(name = "year_first_day", def = "{'year': 1, 'firstDay': 1}")
public class TrainingSession extends AuditedDocument {

    @Id
    private @Nullable String id;
    private String trainingId;
    /** The year of the first day: the year whose bilan counts the session. */
    private int year;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private List<SessionDay> days = new ArrayList<>();
    private @Nullable HostCentre host;
    private int capacity;
    private int seatsLeft;
    private long queueCounter;
    private LocalDate registrationDeadline;
    private boolean registrationClosed;
    private boolean cancelled;
    private @Nullable String cancelReason;
    private @Nullable Long fosforaAmountCents;
    /** Who hands out seats right now ({@link Seats}), and until when that lease holds. */
    private @Nullable String seatLock;
    private @Nullable Instant seatLockUntil;

    /** For the mapping from the database. */
    @PersistenceCreator
    private TrainingSession() {
        this.trainingId = "";
        this.firstDay = LocalDate.EPOCH;
        this.lastDay = LocalDate.EPOCH;
        this.registrationDeadline = LocalDate.EPOCH;
    }

    TrainingSession(String trainingId, List<SessionDay> days, @Nullable HostCentre host, int capacity,
            LocalDate registrationDeadline) {
        this.trainingId = trainingId;
        this.days = new ArrayList<>(days);
        this.firstDay = days.getFirst().date();
        this.lastDay = days.getLast().date();
        this.year = firstDay.getYear();
        this.host = host;
        this.capacity = capacity;
        this.seatsLeft = capacity;
        this.registrationDeadline = registrationDeadline;
    }

    public String getId() {
        return Objects.requireNonNull(id, "session not saved");
    }

    public String getTrainingId() {
        return trainingId;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    /** The days in date order. */
    public List<SessionDay> getDays() {
        return List.copyOf(days);
    }

    /** The sum of the days' lengths: the most a trainee can attend. */
    public Duration getTotalDuration() {
        return days.stream().map(SessionDay::duration).reduce(Duration.ZERO, Duration::plus);
    }

    /** Set for a "sur mesure" session held for one centre. */
    public @Nullable HostCentre getHost() {
        return host;
    }

    public boolean isCustom() {
        return host != null;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getSeatsLeft() {
        return seatsLeft;
    }

    public int getSeatsTaken() {
        return capacity - seatsLeft;
    }

    /** The last day directors may enrol (included). Staff enrol at any time. */
    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public boolean isRegistrationClosed() {
        return registrationClosed;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public @Nullable String getCancelReason() {
        return cancelReason;
    }

    /** The amount the FOSFORA fund pays for this session, in euros; null when none is recorded. */
    public @Nullable BigDecimal getFosforaAmount() {
        return fosforaAmountCents == null ? null : BigDecimal.valueOf(fosforaAmountCents, 2);
    }

    /** The status people see on this date (French time). */
    public SessionStatus statusOn(LocalDate today) {
        if (cancelled) {
            return SessionStatus.CANCELLED;
        }
        if (registrationClosed || today.isAfter(registrationDeadline) || !today.isBefore(firstDay)) {
            return SessionStatus.CLOSED;
        }
        return seatsLeft <= 0 ? SessionStatus.FULL : SessionStatus.OPEN;
    }

    /** Whether a director may still enrol on this date, seats or not (a full session takes a waiting list). */
    public boolean takesRegistrationsOn(LocalDate today) {
        SessionStatus status = statusOn(today);
        return status == SessionStatus.OPEN || status == SessionStatus.FULL;
    }

    public boolean hasDay(LocalDate date) {
        return days.stream().anyMatch(day -> day.date().equals(date));
    }
}
