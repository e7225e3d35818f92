package fr.centressociaux.portail.promeneurs;

import java.math.BigDecimal;

/** The answers to one event's questionnaire: how many, and their average score (one decimal; zero without answers). */
public record EventSatisfaction(String eventId, int answers, BigDecimal average) {
}
