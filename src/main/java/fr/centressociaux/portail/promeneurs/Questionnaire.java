package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What the public answer page shows: the event, and the answer already given (to change it). */
public record Questionnaire(String eventTitle, LocalDate eventDate, @Nullable Integer score, String comment) {
}
