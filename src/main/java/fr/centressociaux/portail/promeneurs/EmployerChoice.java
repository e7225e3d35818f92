package fr.centressociaux.portail.promeneurs;

import org.jspecify.annotations.Nullable;

/** An employer a form offers: a member centre or a structure outside the network, with what to show. */
public record EmployerChoice(@Nullable String centreId, @Nullable String structureId, String label) {
}
