package fr.centressociaux.portail.trainings.ui;


import com.vaadin.flow.component.UI;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.trainings.HostCentre;
import fr.centressociaux.portail.trainings.SessionDay;
import fr.centressociaux.portail.trainings.SessionRow;
import fr.centressociaux.portail.trainings.SessionTexts;
import fr.centressociaux.portail.trainings.TrainingSession;
import org.springframework.stereotype.Component;

/**
 * How the training screens write a session: its dates and hours as the certificates and mails do
 * ({@link SessionTexts}), each day with its times and place, its seats and waiting list.
 */
@Component
class TrainingFormats {

    private final SessionTexts texts;

    TrainingFormats(SessionTexts texts) {
        this.texts = texts;
    }

    /** "le 12/03/2026" or "du 12/03/2026 au 13/03/2026 (2 jours)". */
    String dates(TrainingSession session) {
        return texts.dates(session);
    }

    /** "jeu. 12/03/2026, 9 h – 16 h 30, Maison des associations, Arras". */
    String day(SessionDay day) {
        return translate("training-ui.day", FrenchDates.weekday(day.date()), FrenchDates.format(day.date()),
                FrenchDates.time(day.start()), FrenchDates.time(day.end()), day.place());
    }

    /** "9 h – 16 h 30" */
    String times(SessionDay day) {
        return translate("training-ui.times", FrenchDates.time(day.start()), FrenchDates.time(day.end()));
    }

    /** "5 places libres sur 12", "Complet : 12 places", plus the waiting list when there is one. */
    String seats(SessionRow row) {
        TrainingSession session = row.session();
        String seats = session.getSeatsLeft() > 0
                ? translate("training-ui.seats.left", session.getSeatsLeft(), session.getCapacity())
                : translate("training-ui.seats.none", session.getCapacity());
        return row.waiting() == 0 ? seats : seats + " · " + translate("training-ui.seats.waiting", row.waiting());
    }

    String deadline(TrainingSession session) {
        return translate("training-ui.deadline", FrenchDates.format(session.getRegistrationDeadline()));
    }

    String host(HostCentre host) {
        return translate("training-ui.host", host.name());
    }

    private static String translate(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
