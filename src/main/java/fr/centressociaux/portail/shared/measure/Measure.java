package fr.centressociaux.portail.shared.measure;

import java.util.List;

/**
 * A figure of a year that a convention's indicator may quote: "assemblées territoriales tenues",
 * "participants du département aux réunions du réseau"… Published by the module that owns the
 * records, as a Spring bean; the reporting module finds it by its {@link #id()}, which therefore
 * never changes once used.
 */
public interface Measure {

    /** Stable identifier stored in conventions, e.g. {@code meetings.count}. */
    String id();

    /** Translation key of the French label shown in the catalogue. */
    String labelKey();

    /** The parameters an indicator gives it, in the order an editor shows them. */
    List<MeasureParameter> parameters();

    /**
     * The value for the calendar year and the records behind it, under the caller's rights.
     * Refuses an argument that names nothing (a deleted meeting kind, an unknown territory) with a
     * {@link fr.centressociaux.portail.shared.UserFacingException}, never with a wrong value.
     */
    MeasureValue compute(int year, MeasureArguments arguments);

    /**
     * The same value, computed as one line among others of the same computation (a bilan): a
     * measure whose lines read the same records keeps that reading in {@code shared} so the year's
     * records are read once per module, not once per line. The default shares nothing.
     */
    default MeasureValue compute(int year, MeasureArguments arguments, SharedWork shared) {
        return compute(year, arguments);
    }

    /**
     * Told, before a computation asks for its lines, that this line will be asked for the year: a
     * measure reading once for all the lines of its module notes in {@code shared} what this line
     * will need, so the one reading brings it (the meetings read the invited centres of a
     * department with the meetings, only when a centres line will ask for them). Never refuses:
     * a bad argument is the computation's to report. The default notes nothing.
     */
    default void expect(int year, MeasureArguments arguments, SharedWork shared) {
    }
}
