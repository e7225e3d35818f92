package fr.centressociaux.portail.trainings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.territories.Department;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * Trainings, sessions and enrolments as the services would have stored them (seats, amounts,
 * statuses and hours included), built without the services, for the benchmarks to insert in bulk.
 * Sessions and enrolments come as documents: seats and statuses only ever change in the database.
 */
public final class TrainingBulk {

    public static final String SESSIONS = "training_sessions";
    public static final String ENROLMENTS = "training_enrolments";

    private final MongoConverter converter;

    public TrainingBulk(MongoConverter converter) {
        this.converter = converter;
    }

    /** A published training of the catalogue year. Not stored. */
    public static Training training(int year, String title, TrainingFamily family, TrainingAudience audience,
            @Nullable FosforaLine line) {
        Training training = new Training(year, title, family, audience);
        training.describe(new TrainingDraft.Valid(year, title, family, audience, List.of(Job.ANIMATION),
                Duration.ofHours(14), "", "", "", line));
        training.publish(true);
        return training;
    }

    /** A session of a stored training, with its seats taken and its FOSFORA amount. Not stored. */
    public Document session(Training training, List<SessionDay> days, int capacity, int seatsTaken,
            @Nullable Long amountCents) {
        Document session = new Document();
        converter.write(new TrainingSession(training.getId(), days, null, capacity,
                days.getFirst().date().minusDays(14)), session);
        session.put("seatsLeft", capacity - seatsTaken);
        session.put("fosforaAmountCents", amountCents);
        return session;
    }

    /** The session as the services read it, once its document is stored (its {@code _id} set). */
    public TrainingSession read(Document session) {
        return converter.read(TrainingSession.class, session);
    }

    /** A person of a centre in a stored session, present on the given days (maybe none). Not stored. */
    public Document enrolment(TrainingSession session, @Nullable FosforaLine line, String firstName, String lastName,
            ParticipantKind kind, String centreId, String centreName, Department department, String territoryId,
            EnrolmentStatus status, List<LocalDate> attended) {
        Enrolment enrolment = new Enrolment(session, line, SearchKeys.of(firstName + " " + lastName) + "|" + centreId,
                firstName, lastName, kind, Job.ANIMATION, new Enrolment.CentreSnapshot(centreId, centreName,
                        department, territoryId, null), 0, Instant.EPOCH, "benchmark");
        enrolment.attend(attended, TrainingAttendance.hours(session, attended));
        Document document = new Document();
        converter.write(enrolment, document);
        document.put("status", status.name());
        return document;
    }
}
