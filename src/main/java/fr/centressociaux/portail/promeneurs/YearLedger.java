package fr.centressociaux.portail.promeneurs;

import java.util.List;
import java.util.Map;

/**
 * What the yearly figures count of a department's year, kept in one document as it is written
 * (DD015): the numbers of every monthly report and the score of every answered questionnaire of
 * the year's events, by event.
 */
public record YearLedger(List<MonthFigures> months, Map<String, List<Integer>> scoresByEvent) {

    public YearLedger {
        months = List.copyOf(months);
        scoresByEvent = Map.copyOf(scoresByEvent);
    }
}
