package fr.centressociaux.portail.promeneurs;

import org.jspecify.annotations.Nullable;

/** An employer a form offers: a member centre or a structure outside the network, with what to show. */
public record EmployerChoice(@Nullable String centreId, @Nullable String structureId, String label) {

    /** The employer as recorded on a professional, the only choice for those who may not move them. */
    public static EmployerChoice of(Employer employer) {
        return new EmployerChoice(employer.centreId(), employer.structureId(),
                employer.name() + " (" + employer.commune() + ")");
    }
}
