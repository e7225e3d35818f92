package fr.centressociaux.portail.trainings;


import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.Texts;
import org.springframework.stereotype.Component;

/** How mails, certificates and screens write a session's dates, in French. */
@Component
public class SessionTexts {

    private final Texts texts;

    SessionTexts(Texts texts) {
        this.texts = texts;
    }

    /** "le 12/03/2024" or "du 12/03/2024 au 14/03/2024 (3 jours)". */
    public String dates(TrainingSession session) {
        if (session.getDays().size() == 1) {
            return texts.get("training.session.dates.one", FrenchDates.format(session.getFirstDay()));
        }
        return texts.get("training.session.dates.range", FrenchDates.format(session.getFirstDay()),
                FrenchDates.format(session.getLastDay()), session.getDays().size());
    }
}
