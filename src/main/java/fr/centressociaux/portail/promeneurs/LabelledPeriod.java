package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One stretch of labelling, from the day labelled to the day left (inclusive), numbered from 1:
 * a professional who left and came back has a second period on the same record.
 */
public record LabelledPeriod(int number, LocalDate from, @Nullable LocalDate to) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || date.isBefore(to));
    }

    public boolean overlaps(LocalDate first, LocalDate last) {
        return !from.isAfter(last) && (to == null || !to.isBefore(first));
    }
}
