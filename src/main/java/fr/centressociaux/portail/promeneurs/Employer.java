package fr.centressociaux.portail.promeneurs;

import org.jspecify.annotations.Nullable;

/**
 * Who employs a professional: a member centre ({@code centreId}) or a structure outside the
 * network ({@code structureId}), with the name and commune as they were when linked, for lists.
 */
public record Employer(StructureKind kind, @Nullable String centreId, @Nullable String structureId, String name,
        String commune) {

    public boolean isMemberCentre() {
        return centreId != null;
    }
}
