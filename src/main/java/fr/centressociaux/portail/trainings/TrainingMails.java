package fr.centressociaux.portail.trainings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.centressociaux.portail.mail.Mailer;
import fr.centressociaux.portail.shared.Links;
import fr.centressociaux.portail.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells centre directors what happened to their people: a seat obtained from the waiting list, a
 * session cancelled. Mails go to the director's address recorded at enrolment; a failed address is
 * logged and does not stop the others or the change itself.
 */
@Component
class TrainingMails {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingMails.class);

    private final Mailer mailer;
    private final Links links;
    private final Texts texts;
    private final SessionTexts sessionTexts;

    TrainingMails(Mailer mailer, Links links, Texts texts, SessionTexts sessionTexts) {
        this.mailer = mailer;
        this.links = links;
        this.texts = texts;
        this.sessionTexts = sessionTexts;
    }

    void promoted(Training training, TrainingSession session, Enrolment enrolment) {
        String to = enrolment.getDirectorEmail();
        if (to == null) {
            return;
        }
        send(to, texts.get("mail.training.promoted.subject", training.getTitle()),
                texts.get("mail.training.promoted.body", enrolment.fullName(), training.getTitle(),
                        sessionTexts.dates(session), session.getDays().getFirst().place(),
                        links.to(TrainingSessions.path(session.getId()))));
    }

    /** One mail per director, naming their people (enrolled or waiting). */
    void cancelled(Training training, TrainingSession session, List<Enrolment> people, String reason) {
        Map<String, List<Enrolment>> byDirector = people.stream().filter(person -> person.getDirectorEmail() != null)
                .collect(Collectors.groupingBy(Enrolment::getDirectorEmail, LinkedHashMap::new, Collectors.toList()));
        byDirector.forEach((to, theirs) -> send(to,
                texts.get("mail.training.cancelled.subject", training.getTitle(), sessionTexts.dates(session)),
                texts.get("mail.training.cancelled.body", training.getTitle(), sessionTexts.dates(session), reason,
                        theirs.stream().map(person -> "- " + person.fullName()).collect(Collectors.joining("\n")))));
    }

    private void send(String to, String subject, String body) {
        try {
            mailer.send(to, subject, body);
        } catch (RuntimeException e) {
            LOG.warn("Training mail not sent to {}: {}", to, e.getMessage());
        }
    }
}
