package fr.centressociaux.portail.promeneurs;

import org.jspecify.annotations.Nullable;

/**
 * What the register shows: a name, e-mail or employer to search for, a status today, a territory
 * today, a kind of employer. Null means any.
 */
public record ProfessionalFilter(@Nullable String text, @Nullable ProfessionalStatus status,
        @Nullable String territoryId, @Nullable StructureKind employerKind) {

    public static ProfessionalFilter any() {
        return new ProfessionalFilter(null, null, null, null);
    }
}
