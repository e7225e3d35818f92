package fr.centressociaux.portail.promeneurs;

import java.util.List;

import fr.centressociaux.portail.centres.CentreTerritoryMoved;
import fr.centressociaux.portail.centres.TerritoryPeriod;
import fr.centressociaux.portail.promeneurs.internal.ProfessionalRepository;
import fr.centressociaux.portail.promeneurs.internal.StructureRepository;
import fr.centressociaux.portail.shared.SearchKeys;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the copy of the employer's territory history on each professional (DD015) in step with
 * its source: when a member centre moves to another territory, and when a commune's territories
 * are mapped again. The copy lets a delegate's scope and the yearly figures be queries on one
 * collection; this is what keeps it true. Runs in the mover's call, with the mover's rights already
 * checked by the centres module or {@link PromeneurStructures#mapCommune}.
 */
@Component
class EmployerTerritories {

    private final ProfessionalRepository professionals;
    private final StructureRepository structures;

    EmployerTerritories(ProfessionalRepository professionals, StructureRepository structures) {
        this.professionals = professionals;
        this.structures = structures;
    }

    @EventListener
    void centreMoved(CentreTerritoryMoved moved) {
        relocate(professionals.findByEmployerKey(Professional.centreKey(moved.centreId())), moved.territoryHistory());
    }

    /** The professionals employed in the commune's structures take its territories over time. */
    void communeMapped(String commune, List<TerritoryPeriod> history) {
        List<String> inCommune = structures.findByCommuneKey(SearchKeys.of(commune)).stream().map(Structure::getId)
                .toList();
        relocate(professionals.findByEmployerStructureIdIn(inCommune), history);
    }

    private void relocate(List<Professional> employed, List<TerritoryPeriod> history) {
        employed.forEach(professional -> professional.relocate(history));
        professionals.saveAll(employed);
    }
}
