package fr.centressociaux.portail.shared.measure;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One record behind a figure: what it is ("Assemblée territoriale — 14 mars 2024"), what it
 * contributes ("12 participants"), the path of its page in the portal, and whether it names a
 * person (then the funder's drill-down leaves it out). A module that knows them also gives the
 * record's {@code date} and the {@code count} it contributes, so a spreadsheet types them without
 * reading the texts; both are absent from records written before they existed (submitted bilans).
 */
public record MeasureRecord(String label, String detail, String path, boolean personal, @Nullable LocalDate date,
        @Nullable Long count) {

    public MeasureRecord(String label, String detail, String path, boolean personal) {
        this(label, detail, path, personal, null, null);
    }

    public static MeasureRecord of(String label, String detail, String path) {
        return new MeasureRecord(label, detail, path, false);
    }

    /** The same record on its day (a meeting's, an action's). */
    public MeasureRecord on(LocalDate day) {
        return new MeasureRecord(label, detail, path, personal, day, count);
    }

    /** The same record with what it adds to the figure (participants, trainees, meetings). */
    public MeasureRecord counting(long contribution) {
        return new MeasureRecord(label, detail, path, personal, date, contribution);
    }
}
