package fr.centressociaux.portail.territories;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.territories.internal.FunderRepository;
import fr.centressociaux.portail.territories.internal.TerritoryRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static fr.centressociaux.portail.shared.ReferenceData.insertUnlessAnotherNodeDid;

/**
 * The federation's territories, seeded into an empty collection (they are reference data, so in
 * production too). Arrageois and Bassin-Minier were one territory until the end of 2024. Likewise
 * the funders: the Département du Pas-de-Calais supports the Pas-de-Calais, nobody the Nord (admins
 * change that on the page Territoires).
 *
 * <p>Several nodes may start together on one empty database: each document is inserted on its own
 * and one that another node inserted first (its unique code or department says so) is left as
 * that node wrote it, so every node starts and the catalogue is stored once.
 */
@Component
@Order(-10)
class TerritoryCatalogue implements ApplicationRunner {

    static final LocalDate NETWORK_START = LocalDate.of(2015, 1, 1);
    static final LocalDate SPLIT_2025 = LocalDate.of(2025, 1, 1);

    private final TerritoryRepository territories;
    private final FunderRepository funders;

    TerritoryCatalogue(TerritoryRepository territories, FunderRepository funders) {
        this.territories = territories;
        this.funders = funders;
    }

    static List<Territory> catalogue() {
        return List.of(
                nord("CAMB", "Cambrésis"), nord("DOU", "Douaisis"), nord("SAV", "Sambre-Avesnois"),
                nord("VAL", "Valenciennois"), nord("FLI", "Flandre Intérieure"), nord("FLM", "Flandre Maritime"),
                nord("MELN", "MEL Nord"), nord("MELC", "MEL Centre"), nord("MELS", "MEL Sud"),
                new Territory("LIT62", "Littoral 62", Department.PAS_DE_CALAIS, NETWORK_START, null),
                new Territory("AA62", "Artois-Audomarois", Department.PAS_DE_CALAIS, NETWORK_START, null),
                new Territory("ABM62", "Arrageois et Bassin-Minier", Department.PAS_DE_CALAIS, NETWORK_START,
                        SPLIT_2025.minusDays(1)),
                new Territory("ARR62", "Arrageois", Department.PAS_DE_CALAIS, SPLIT_2025, null),
                new Territory("BM62", "Bassin-Minier", Department.PAS_DE_CALAIS, SPLIT_2025, null));
    }

    private static Territory nord(String code, String name) {
        return new Territory(code, name, Department.NORD, NETWORK_START, null);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (territories.count() == 0) {
            catalogue().forEach(territory -> insertUnlessAnotherNodeDid(() -> territories.insert(territory)));
        }
        if (funders.count() == 0) {
            insertUnlessAnotherNodeDid(() -> funders.insert(new Funder(Department.PAS_DE_CALAIS,
                    "Département du Pas-de-Calais", "Action menée avec le soutien du Département du Pas-de-Calais.")));
        }
    }
}
