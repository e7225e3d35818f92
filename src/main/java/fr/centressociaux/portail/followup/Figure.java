package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One yearly figure of the follow-up, with the records it counts so a reader can check it.
 *
 * @param key     stable across releases, for the bilan to publish it as a measure
 *                (e.g. {@code renewal.centres}, {@code thematic.actions.nutrition})
 * @param label   what it counts, in French
 * @param outOf   the whole a rate is taken of (SENACS: the member centres), else null
 * @param part    one part of a figure split by kind or theme (a page may leave out the parts at zero)
 * @param records the records counted; empty for a reader who gets counts only (the funder)
 */
public record Figure(String key, String label, long value, @Nullable Long outOf, boolean part,
        List<Line> records) {

    public Figure {
        records = List.copyOf(records);
    }

    /** The rate in percent, rounded, for a figure taken out of a whole; null otherwise or when the whole is 0. */
    public @Nullable Long percent() {
        return outOf == null || outOf == 0 ? null : Math.round(100.0 * value / outOf);
    }

    /**
     * A record behind a figure: an action, a sitting, a centre's answer or move, a meeting, in French.
     * A meeting's line has its title as {@code centreOrBody} and its id as {@code meetingId}.
     */
    public record Line(LocalDate on, String centreOrBody, String what, @Nullable String centreId,
            @Nullable String actionId, @Nullable String meetingId) {

        /** A line of the follow-up's own records (an action, a sitting, a centre), not of a meeting. */
        public Line(LocalDate on, String centreOrBody, String what, @Nullable String centreId,
                @Nullable String actionId) {
            this(on, centreOrBody, what, centreId, actionId, null);
        }
    }
}
