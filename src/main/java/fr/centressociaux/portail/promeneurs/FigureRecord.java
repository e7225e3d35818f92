package fr.centressociaux.portail.promeneurs;

/**
 * A record a figure counts: a professional, an event, a monthly activity report or a question, with its id
 * and a label to show (a name, an event's title and date, a professional's month, an employer's or a
 * territory's name).
 */
public record FigureRecord(Type type, String id, String label) {

    public enum Type {
        PROFESSIONAL, EVENT, ACTIVITY_REPORT, EMPLOYER, TERRITORY, QUESTION;

        /** What the record is, in French, next to it in the bilan's drill-down. */
        public String labelKey() {
            return "measure.record.pdn." + name();
        }
    }
}
