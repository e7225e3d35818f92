package fr.centressociaux.portail.followup;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One line of a centre's timeline: what happened on a day, from whichever module records it.
 *
 * @param title what the line names (the action's kind label key, a meeting's title, a training's
 *     title, the agrément's kind label key); {@link Kind#translatesTitle()} says which
 * @param detail a short complement (people present, a status, a reason), possibly empty
 * @param link the page that shows the record, relative to the portal, or null
 */
public record TimelineEvent(LocalDate date, Kind kind, String title, String detail, @Nullable String link) {

    public enum Kind {
        ACTION,
        MEETING,
        TRAINING,
        APPROVAL_STARTED,
        APPROVAL_ENDS,
        RENEWAL_STEP,
        JOINED,
        LEFT;

        public String labelKey() {
            return "followup.timeline.kind." + name();
        }

        /** Whether the title is a translation key (actions, agrément events) or a record's own name. */
        public boolean translatesTitle() {
            return this != MEETING && this != TRAINING;
        }
    }
}
