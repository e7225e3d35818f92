package fr.centressociaux.portail.trainings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One named person in one session. The person's key (name without accents or case, and centre) is
 * unique per session, so nobody is enrolled twice; a withdrawn enrolment is taken up again when the
 * same person is enrolled anew. The centre's name, department and territory, the centre director's
 * address, the session's year and the training's FOSFORA line are copied here so the bilan and the
 * FOSFORA table are single aggregations. Days attended are the session days staff marked present;
 * {@code attendedMinutes} is their total length.
 */
@Document("training_enrolments")
@CompoundIndex(name = "session_person", def = "{'sessionId': 1, 'personKey': 1}", unique = true)
@CompoundIndex(name = "session_queue", def = "{'sessionId': 1, 'status': 1, 'queueNumber': 1}")
@CompoundIndex(name = "year_department", def = "{'year': 1, 'department': 1}")
@CompoundIndex(name = "centre_year", def = "{'centreId': 1, 'year': 1}")
public class Enrolment extends AuditedDocument {

    @Id
    private @Nullable String id;
    private String sessionId;
    private String trainingId;
    private int year;
    private @Nullable FosforaLine fosforaLine;
    private String personKey;
    private String firstName;
    private String lastName;
    private ParticipantKind kind;
    private Job job;
    private String centreId;
    private String centreName;
    private Department department;
    private @Nullable String territoryId;
    private @Nullable String directorEmail;
    private EnrolmentStatus status = EnrolmentStatus.WAITING;
    /** Order on the waiting list: lower comes first. */
    private long queueNumber;
    /** Set once the person who enrolled was told "waiting list": only then is a promotion mailed. */
    private boolean toldWaiting;
    private Instant enrolledAt;
    private String enrolledBy;
    private @Nullable Instant promotedAt;
    private @Nullable Instant withdrawnAt;
    private @Nullable String withdrawnBy;
    private List<LocalDate> attendedDays = new ArrayList<>();
    private int attendedMinutes;

    /** For the mapping from the database. */
    @PersistenceCreator
    private Enrolment() {
        this.sessionId = "";
        this.trainingId = "";
        this.personKey = "";
        this.firstName = "";
        this.lastName = "";
        this.kind = ParticipantKind.EMPLOYEE;
        this.job = Job.AUTRE;
        this.centreId = "";
        this.centreName = "";
        this.department = Department.NORD;
        this.enrolledAt = Instant.EPOCH;
        this.enrolledBy = "";
    }

    Enrolment(TrainingSession session, @Nullable FosforaLine fosforaLine, String personKey, String firstName,
            String lastName, ParticipantKind kind, Job job, CentreSnapshot centre, long queueNumber,
            Instant enrolledAt, String enrolledBy) {
        this.sessionId = session.getId();
        this.trainingId = session.getTrainingId();
        this.year = session.getYear();
        this.fosforaLine = fosforaLine;
        this.personKey = personKey;
        this.firstName = firstName;
        this.lastName = lastName;
        this.kind = kind;
        this.job = job;
        this.centreId = centre.centreId();
        this.centreName = centre.name();
        this.department = centre.department();
        this.territoryId = centre.territoryId();
        this.directorEmail = centre.directorEmail();
        this.queueNumber = queueNumber;
        this.enrolledAt = enrolledAt;
        this.enrolledBy = enrolledBy;
    }

    public String getId() {
        return Objects.requireNonNull(id, "enrolment not saved");
    }

    public String getSessionId() {
        return sessionId;
    }

    public String getTrainingId() {
        return trainingId;
    }

    public int getYear() {
        return year;
    }

    public @Nullable FosforaLine getFosforaLine() {
        return fosforaLine;
    }

    public String getPersonKey() {
        return personKey;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public ParticipantKind getKind() {
        return kind;
    }

    public Job getJob() {
        return job;
    }

    public String getCentreId() {
        return centreId;
    }

    public String getCentreName() {
        return centreName;
    }

    public Department getDepartment() {
        return department;
    }

    public @Nullable String getTerritoryId() {
        return territoryId;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public long getQueueNumber() {
        return queueNumber;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public String getEnrolledBy() {
        return enrolledBy;
    }

    public @Nullable Instant getPromotedAt() {
        return promotedAt;
    }

    public @Nullable Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public @Nullable String getWithdrawnBy() {
        return withdrawnBy;
    }

    /** The session days this person was marked present, in date order. */
    public List<LocalDate> getAttendedDays() {
        return List.copyOf(attendedDays);
    }

    public boolean attended(LocalDate day) {
        return attendedDays.contains(day);
    }

    /** Whether the person was present at least one day: the bilan and certificates count only them. */
    public boolean hasAttended() {
        return !attendedDays.isEmpty();
    }

    /** The hours attended: the lengths of the days marked present, added up. */
    public Duration getAttendedTime() {
        return Duration.ofMinutes(attendedMinutes);
    }

    /** The centre director's address when enrolled: promotions and cancellations are mailed there. */
    public @Nullable String getDirectorEmail() {
        return directorEmail;
    }

    boolean wasToldWaiting() {
        return toldWaiting;
    }

    /** Records the days present and their total length, computed from the session's days. */
    void attend(List<LocalDate> days, Duration total) {
        this.attendedDays = new ArrayList<>(days.stream().sorted().toList());
        this.attendedMinutes = (int) total.toMinutes();
    }

    /** What the enrolment copies from the centre. */
    record CentreSnapshot(String centreId, String name, Department department, @Nullable String territoryId,
            @Nullable String directorEmail) {
    }
}
