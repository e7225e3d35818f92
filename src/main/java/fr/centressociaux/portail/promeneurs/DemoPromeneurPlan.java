package fr.centressociaux.portail.promeneurs;

import java.util.List;

/**
 * The demo network's reference data: real Pas-de-Calais communes in the territories of the demo
 * centres (docs/demo-data-sources.md), employers outside the network with real kinds and towns,
 * and invented first and last names for the professionals.
 */
final class DemoPromeneurPlan {

    record Commune(String name, String territoryCode, String until2024Code) {
    }

    record DemoStructure(String name, StructureKind kind, String commune) {
    }

    private DemoPromeneurPlan() {
    }

    /** Arrageois and Bassin-Minier communes were in "Arrageois et Bassin-Minier" until the end of 2024. */
    static final List<Commune> COMMUNES = List.of(
            new Commune("Calais", "LIT62", null), new Commune("Boulogne-sur-Mer", "LIT62", null),
            new Commune("Outreau", "LIT62", null), new Commune("Berck", "LIT62", null),
            new Commune("Étaples", "LIT62", null), new Commune("Montreuil-sur-Mer", "LIT62", null),
            new Commune("Saint-Omer", "AA62", null), new Commune("Arques", "AA62", null),
            new Commune("Aire-sur-la-Lys", "AA62", null), new Commune("Béthune", "AA62", null),
            new Commune("Bruay-la-Buissière", "AA62", null),
            new Commune("Arras", "ARR62", "ABM62"), new Commune("Achicourt", "ARR62", "ABM62"),
            new Commune("Bapaume", "ARR62", "ABM62"), new Commune("Saint-Pol-sur-Ternoise", "ARR62", "ABM62"),
            new Commune("Lens", "BM62", "ABM62"), new Commune("Liévin", "BM62", "ABM62"),
            new Commune("Hénin-Beaumont", "BM62", "ABM62"), new Commune("Carvin", "BM62", "ABM62"),
            new Commune("Avion", "BM62", "ABM62"));

    static final List<DemoStructure> STRUCTURES = List.of(
            new DemoStructure("Mission locale du Calaisis", StructureKind.MISSION_LOCALE, "Calais"),
            new DemoStructure("Mission locale du Boulonnais", StructureKind.MISSION_LOCALE, "Boulogne-sur-Mer"),
            new DemoStructure("Mission locale du Montreuillois", StructureKind.MISSION_LOCALE, "Montreuil-sur-Mer"),
            new DemoStructure("Mission locale de l’Audomarois", StructureKind.MISSION_LOCALE, "Saint-Omer"),
            new DemoStructure("Mission locale de l’Artois", StructureKind.MISSION_LOCALE, "Béthune"),
            new DemoStructure("Mission locale de l’Arrageois", StructureKind.MISSION_LOCALE, "Arras"),
            new DemoStructure("Mission locale de Lens-Liévin", StructureKind.MISSION_LOCALE, "Lens"),
            new DemoStructure("Mission locale d’Hénin-Carvin", StructureKind.MISSION_LOCALE, "Hénin-Beaumont"),
            new DemoStructure("Collège du Beau-Marais", StructureKind.COLLEGE, "Calais"),
            new DemoStructure("Collège de la Liane", StructureKind.COLLEGE, "Boulogne-sur-Mer"),
            new DemoStructure("Collège des Cytises", StructureKind.COLLEGE, "Liévin"),
            new DemoStructure("Collège du Ternois", StructureKind.COLLEGE, "Saint-Pol-sur-Ternoise"),
            new DemoStructure("Lycée professionnel du Bassin minier", StructureKind.LYCEE, "Avion"),
            new DemoStructure("Service jeunesse de la ville d’Outreau", StructureKind.TOWN_YOUTH_SERVICE, "Outreau"),
            new DemoStructure("Service jeunesse de la ville d’Arques", StructureKind.TOWN_YOUTH_SERVICE, "Arques"),
            new DemoStructure("Service jeunesse de la ville de Carvin", StructureKind.TOWN_YOUTH_SERVICE, "Carvin"),
            new DemoStructure("Service jeunesse de la ville de Berck", StructureKind.TOWN_YOUTH_SERVICE, "Berck"),
            new DemoStructure("Service jeunesse de la ville de Bapaume", StructureKind.TOWN_YOUTH_SERVICE, "Bapaume"),
            new DemoStructure("Prévention spécialisée du Calaisis", StructureKind.PREVENTION, "Calais"),
            new DemoStructure("Prévention spécialisée de l’Arrageois", StructureKind.PREVENTION, "Achicourt"),
            new DemoStructure("Prévention spécialisée du Bassin minier", StructureKind.PREVENTION, "Lens"),
            new DemoStructure("Maison des jeunes d’Étaples", StructureKind.ASSOCIATION, "Étaples"),
            new DemoStructure("Point information jeunesse d’Aire-sur-la-Lys", StructureKind.ASSOCIATION,
                    "Aire-sur-la-Lys"),
            new DemoStructure("Maison des adolescents de l’Artois", StructureKind.OTHER, "Bruay-la-Buissière"));

    static final List<String> FIRST_NAMES = List.of("Amandine", "Bilal", "Camille", "Dylan", "Elsa", "Farid",
            "Gaëlle", "Hugo", "Inès", "Jordan", "Kenza", "Lucas", "Maëlys", "Nathan", "Océane", "Pierre", "Quentin",
            "Rania", "Sofiane", "Tiphaine", "Ulysse", "Valentin", "Wassila", "Yanis", "Zoé");

    static final List<String> LAST_NAMES = List.of("Bocquet", "Carpentier", "Delattre", "Flament", "Grébert",
            "Hennebelle", "Lefebvre", "Merlin", "Noël", "Podevin", "Ravet", "Sénéchal", "Thellier", "Vasseur",
            "Wallart");

    static final List<String> THEMES = List.of("Harcèlement en ligne", "Insertion professionnelle",
            "Santé mentale", "Citoyenneté numérique", "Relations affectives", "Orientation", "Loisirs et sport");
}
