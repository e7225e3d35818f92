package fr.centressociaux.portail.trainings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.centressociaux.portail.mail.OutgoingMail;
import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.shared.Links;
import fr.centressociaux.portail.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * Tells centre directors what happened to their people: a seat obtained from the waiting list, a
 * session cancelled. Mails go to the director's address recorded at enrolment, through the outbox,
 * which sends them after the change and retries a failed address.
 */
@Component
class TrainingMails {

    private final Outbox outbox;
    private final Links links;
    private final Texts texts;
    private final SessionTexts sessionTexts;

    TrainingMails(Outbox outbox, Links links, Texts texts, SessionTexts sessionTexts) {
        this.outbox = outbox;
        this.links = links;
        this.texts = texts;
        this.sessionTexts = sessionTexts;
    }

    void promoted(Training training, TrainingSession session, Enrolment enrolment) {
        String to = enrolment.getDirectorEmail();
        if (to == null) {
            return;
        }
        outbox.enqueue(new OutgoingMail(to, texts.get("mail.training.promoted.subject", training.getTitle()),
                texts.get("mail.training.promoted.body", enrolment.fullName(), training.getTitle(),
                        sessionTexts.dates(session), session.getDays().getFirst().place(),
                        links.to(TrainingSessions.path(session.getId())))));
    }

    /** One mail per director, naming their people (enrolled or waiting). */
    void cancelled(Training training, TrainingSession session, List<Enrolment> people, String reason) {
        Map<String, List<Enrolment>> byDirector = people.stream().filter(person -> person.getDirectorEmail() != null)
                .collect(Collectors.groupingBy(Enrolment::getDirectorEmail, LinkedHashMap::new, Collectors.toList()));
        String subject = texts.get("mail.training.cancelled.subject", training.getTitle(), sessionTexts.dates(session));
        outbox.enqueueAll(byDirector.entrySet().stream().map(director -> new OutgoingMail(director.getKey(), subject,
                texts.get("mail.training.cancelled.body", training.getTitle(), sessionTexts.dates(session), reason,
                        director.getValue().stream().map(person -> "- " + person.fullName())
                                .collect(Collectors.joining("\n"))))).toList());
    }
}
