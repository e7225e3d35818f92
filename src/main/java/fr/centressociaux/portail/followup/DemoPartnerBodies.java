package fr.centressociaux.portail.followup;

import java.time.LocalDate;

import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * The partner organisations of the register, the partner bodies of the 2024 bilan (with the one that
 * convenes them) and the sittings attended, with invented people.
 */
final class DemoPartnerBodies {

    private final PartnerBodies bodies;
    private final PartnerOrganisations organisations;

    DemoPartnerBodies(PartnerBodies bodies, PartnerOrganisations organisations) {
        this.bodies = bodies;
        this.organisations = organisations;
    }

    void write() {
        String caf = organisation("CAF du Pas-de-Calais", PartnerKind.CAF, "");
        String department = organisation("Département du Pas-de-Calais", PartnerKind.OTHER, "");
        organisation("MDS de l’Arrageois", PartnerKind.MDS, "Arras, Achicourt, Saint-Laurent-Blangy");
        organisation("MDS de l’Audomarois", PartnerKind.MDS, "Saint-Omer, Arques, Longuenesse");
        organisation("MDS du Calaisis", PartnerKind.MDS, "Calais, Marck, Coulogne");
        organisation("MDS de Lens-Liévin", PartnerKind.MDS, "Lens, Liévin, Avion");
        body("Schéma départemental des services aux familles", BodyLevel.DEPARTMENTAL, caf,
                "Co-animation de deux groupes de travail", "2024-01-23", "2024-05-14", "2024-10-08");
        body("Schéma départemental de l’animation de la vie sociale (SDAVS)", BodyLevel.DEPARTMENTAL, caf,
                "Comité de pilotage, comité technique, co-pilotage de deux groupes", "2024-03-12", "2024-06-18",
                "2024-11-19");
        body("Observatoire des centres sociaux et EVS du Pas-de-Calais", BodyLevel.DEPARTMENTAL, caf,
                "Co-pilotage avec la CAF", "2024-02-06", "2024-09-17");
        body("CDCA du Pas-de-Calais", BodyLevel.DEPARTMENTAL, department, "Membre", "2024-05-30", "2024-12-05");
        body("CRAJEP Hauts-de-France", BodyLevel.REGIONAL, null, "Membre", "2024-04-04", "2024-11-07");
        body("CESER Hauts-de-France", BodyLevel.REGIONAL, null, "Membre", "2024-03-26", "2024-09-24");
        body("FONJEP", BodyLevel.NATIONAL, null, "Membre", "2024-06-11");
    }

    private String organisation(String name, PartnerKind kind, String area) {
        return organisations.create(new PartnerOrganisationDraft(name, kind, Department.PAS_DE_CALAIS, area)).getId();
    }

    private void body(String name, BodyLevel level, @Nullable String convenerId, String mandate, String... sittings) {
        PartnerBody body = bodies.create(new PartnerBodyDraft(name, level,
                level.needsDepartment() ? Department.PAS_DE_CALAIS : null, mandate, convenerId));
        for (String day : sittings) {
            body = bodies.addSitting(body.getId(), body.getVersion(),
                    new SittingDraft(LocalDate.parse(day), "Sandrine Delplace, Julien Maréchal", "Séance de l’instance"));
        }
    }
}
