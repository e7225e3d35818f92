package fr.centressociaux.portail.promeneurs;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What the yearly figures count of one monthly activity report, read on its own (the note, the
 * resources and the events' titles are left in the database): its id, whose and which month it is,
 * and its numbers, the local events as a count.
 */
public record MonthFigures(String reportId, String professionalId, YearMonth month, int individualFollowUps,
        int collectiveActions, BigDecimal hoursOnline, int localEvents, int questionsAsked) {
}
