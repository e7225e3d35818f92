package fr.centressociaux.portail.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.trainings.EnrolmentStatus;
import fr.centressociaux.portail.trainings.FosforaLine;
import fr.centressociaux.portail.trainings.TrainingBulk;
import fr.centressociaux.portail.trainings.TrainingSession;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The enrolments of the training benchmarks ({@code TrainingBilanBenchmark}, {@code BilanBenchmark}),
 * written in large {@code insertMany} batches: the same number of people in each session, drawn
 * from twelve people per centre (so people come back in several sessions, eight employees and four
 * volunteers); 90 % enrolled, 6 % waiting, 4 % withdrawn; nine in ten of those enrolled present one
 * day or more. Draws from the benchmark's seeded {@link Random}, so a run's data are the same each time.
 */
final class TrainingHistory {

    static final int PEOPLE_PER_CENTRE = 12;

    private final MongoOperations mongo;
    private final TrainingBulk bulk;
    private final Random random;
    private final int batchSize;

    TrainingHistory(MongoOperations mongo, TrainingBulk bulk, Random random, int batchSize) {
        this.mongo = mongo;
        this.bulk = bulk;
        this.random = random;
        this.batchSize = batchSize;
    }

    /** {@code enrolments} spread evenly over the sessions, each with its training's FOSFORA line (or none). */
    void insertEnrolments(List<Centre> centres, List<TrainingSession> sessions, int enrolments,
            Function<TrainingSession, @Nullable FosforaLine> fosforaLine) {
        List<Document> batch = new ArrayList<>();
        int perSession = enrolments / sessions.size();
        for (TrainingSession session : sessions) {
            Set<String> taken = new HashSet<>();
            while (taken.size() < perSession) {
                Centre centre = centres.get(random.nextInt(centres.size()));
                int who = random.nextInt(PEOPLE_PER_CENTRE);
                if (!taken.add(centre.getId() + who)) {
                    continue;
                }
                EnrolmentStatus status = status();
                batch.add(bulk.enrolment(session, fosforaLine.apply(session), "Prénom" + who, "Nom" + who,
                        who < 8 ? ParticipantKind.EMPLOYEE : ParticipantKind.VOLUNTEER, centre.getId(),
                        centre.getProfile().name(), centre.getDepartment(),
                        centre.getTerritoryHistory().getLast().territoryId(), status, attended(session, status)));
                if (batch.size() == batchSize) {
                    mongo.getCollection(TrainingBulk.ENROLMENTS).insertMany(batch);
                    batch = new ArrayList<>();
                }
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection(TrainingBulk.ENROLMENTS).insertMany(batch);
        }
    }

    private EnrolmentStatus status() {
        int draw = random.nextInt(100);
        return draw < 90 ? EnrolmentStatus.ENROLLED : draw < 96 ? EnrolmentStatus.WAITING : EnrolmentStatus.WITHDRAWN;
    }

    /** The first day at least, then each other day at even odds; nobody for one in ten enrolled, and the others. */
    private List<LocalDate> attended(TrainingSession session, EnrolmentStatus status) {
        List<LocalDate> attended = new ArrayList<>();
        if (status == EnrolmentStatus.ENROLLED && random.nextInt(10) > 0) {
            session.getDays().stream().filter(day -> attended.isEmpty() || random.nextBoolean())
                    .forEach(day -> attended.add(day.date()));
        }
        return attended;
    }
}
