package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** From {@code on}, the professional had this status; a departure carries its reason. */
public record StatusChange(ProfessionalStatus status, LocalDate on, @Nullable LeavingReason reason) {
}
