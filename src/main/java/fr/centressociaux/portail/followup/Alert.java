package fr.centressociaux.portail.followup;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One line of a delegate's worklist: a centre that needs attention, why, and the date it is about
 * (the end of its agrément, the last activity of a difficulty support, the due next step).
 */
public record Alert(Kind kind, String centreId, String centreName, LocalDate date, @Nullable String actionId) {

    public enum Kind {
        /** The CAF agrément ends within 12 months and no renewal support is open. */
        APPROVAL_ENDING,
        /** Nobody of the centre at a meeting or a training for 6 months. */
        NO_PARTICIPATION,
        /** An open difficulty support with nothing recorded for 60 days. */
        DIFFICULTY_IDLE,
        /** The next step of an open action is past its due date. */
        NEXT_STEP_OVERDUE;

        public String labelKey() {
            return "followup.alert." + name();
        }
    }
}
