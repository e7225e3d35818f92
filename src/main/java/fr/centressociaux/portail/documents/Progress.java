package fr.centressociaux.portail.documents;

/**
 * How far a document is, from 0 to 1, told by the code writing it (the background queue shows it).
 * {@link #part} hands a step of the work a share of the whole.
 */
@FunctionalInterface
public interface Progress {

    Progress NONE = share -> {
    };

    void reached(double share);

    /** This step's progress from 0 to 1 reported as {@code from}..{@code to} of the whole. */
    default Progress part(double from, double to) {
        return share -> reached(from + (to - from) * Math.clamp(share, 0, 1));
    }

    /** Reports {@code done} out of {@code total} steps. */
    default void step(int done, int total) {
        reached(total == 0 ? 1 : (double) done / total);
    }
}
