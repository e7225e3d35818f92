package fr.centressociaux.portail.trainings.ui;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.trainings.EnrolmentLine;
import fr.centressociaux.portail.trainings.EnrolmentStatus;
import fr.centressociaux.portail.trainings.SessionPermissions;
import fr.centressociaux.portail.trainings.SessionRow;
import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingPermissions;
import fr.centressociaux.portail.trainings.TrainingSession;

/** Everything a session's page shows, read at once after each change. */
record SessionState(SessionRow row, SessionPermissions permissions, TrainingPermissions general,
        List<EnrolmentLine> people, LocalDate today) {

    SessionState {
        people = List.copyOf(people);
    }

    String id() {
        return row.session().getId();
    }

    TrainingSession session() {
        return row.session();
    }

    Training training() {
        return row.training();
    }

    /** A director, who sees and enrols the people of their own centre only. */
    boolean ownCentreOnly() {
        return general.ownCentreId() != null;
    }

    List<EnrolmentLine> seated() {
        return people.stream().filter(line -> line.enrolment().getStatus() == EnrolmentStatus.ENROLLED).toList();
    }

    long count(EnrolmentStatus status) {
        return people.stream().filter(line -> line.enrolment().getStatus() == status).count();
    }
}
