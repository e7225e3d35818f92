package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.centressociaux.portail.trainings.CentreEnrolment;
import fr.centressociaux.portail.trainings.TrainingEnrolments;
import fr.centressociaux.portail.trainings.TrainingFamily;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The AMEPP sessions (methodological support to write the projet social, in {@code trainings}) that
 * a centre's people attended: what a projet-social renewal support can be linked to. Read through
 * the trainings module's public API, so it decides which enrolments the reader sees.
 */
@Service
public class AmeppSessions {

    private final TrainingEnrolments enrolments;
    private final FollowupAccess access;

    AmeppSessions(TrainingEnrolments enrolments, FollowupAccess access) {
        this.enrolments = enrolments;
        this.access = access;
    }

    /** Newest first; a session counts when at least one of the centre's people was present one day. */
    @PreAuthorize("isAuthenticated()")
    public List<AmeppSession> attendedBy(String centreId) {
        access.checkReadFile(centreId);
        Map<String, AmeppSession> bySession = new LinkedHashMap<>();
        enrolments.ofCentre(centreId, null).stream()
                .filter(row -> row.training().getFamily() == TrainingFamily.AMEPP && row.enrolment().hasAttended())
                .forEach(row -> bySession.merge(row.session().getId(), AmeppSession.of(row), AmeppSession::plusOne));
        return bySession.values().stream().sorted(Comparator.comparing(AmeppSession::firstDay).reversed()).toList();
    }

    /** The session of this id among those the centre's people attended. */
    @PreAuthorize("isAuthenticated()")
    public Optional<AmeppSession> attendedBy(String centreId, @Nullable String sessionId) {
        return sessionId == null ? Optional.empty()
                : attendedBy(centreId).stream().filter(session -> session.sessionId().equals(sessionId)).findFirst();
    }

    /** One AMEPP session as a renewal support names it, with how many of the centre's people attended. */
    public record AmeppSession(String sessionId, String title, LocalDate firstDay, LocalDate lastDay, int attendees) {

        static AmeppSession of(CentreEnrolment row) {
            return new AmeppSession(row.session().getId(), row.training().getTitle(), row.session().getFirstDay(),
                    row.session().getLastDay(), 1);
        }

        AmeppSession plusOne(AmeppSession other) {
            return new AmeppSession(sessionId, title, firstDay, lastDay, attendees + other.attendees);
        }
    }
}
