package fr.centressociaux.portail.followup;

import java.time.LocalDate;

import fr.centressociaux.portail.territories.Department;

/** The partner bodies of the 2024 bilan and the sittings attended, with invented people. */
final class DemoPartnerBodies {

    private final PartnerBodies bodies;

    DemoPartnerBodies(PartnerBodies bodies) {
        this.bodies = bodies;
    }

    void write() {
        body("Schéma départemental des services aux familles", BodyLevel.DEPARTMENTAL,
                "Co-animation de deux groupes de travail", "2024-01-23", "2024-05-14", "2024-10-08");
        body("Schéma départemental de l’animation de la vie sociale (SDAVS)", BodyLevel.DEPARTMENTAL,
                "Comité de pilotage, comité technique, co-pilotage de deux groupes", "2024-03-12", "2024-06-18",
                "2024-11-19");
        body("Observatoire des centres sociaux et EVS du Pas-de-Calais", BodyLevel.DEPARTMENTAL,
                "Co-pilotage avec la CAF", "2024-02-06", "2024-09-17");
        body("CDCA du Pas-de-Calais", BodyLevel.DEPARTMENTAL, "Membre", "2024-05-30", "2024-12-05");
        body("CRAJEP Hauts-de-France", BodyLevel.REGIONAL, "Membre", "2024-04-04", "2024-11-07");
        body("CESER Hauts-de-France", BodyLevel.REGIONAL, "Membre", "2024-03-26", "2024-09-24");
        body("FONJEP", BodyLevel.NATIONAL, "Membre", "2024-06-11");
    }

    private void body(String name, BodyLevel level, String mandate, String... sittings) {
        PartnerBody body = bodies.create(new PartnerBodyDraft(name, level,
                level.needsDepartment() ? Department.PAS_DE_CALAIS : null, mandate));
        for (String day : sittings) {
            body = bodies.addSitting(body.getId(), body.getVersion(),
                    new SittingDraft(LocalDate.parse(day), "Sandrine Delplace, Julien Maréchal", "Séance de l’instance"));
        }
    }
}
