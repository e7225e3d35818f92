package fr.centressociaux.portail.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.centressociaux.portail.reporting.Convention;
import fr.centressociaux.portail.reporting.ConventionDraft;
import fr.centressociaux.portail.reporting.ConventionService;
import fr.centressociaux.portail.reporting.FicheAction;
import fr.centressociaux.portail.reporting.Indicator;
import fr.centressociaux.portail.reporting.Instalment;
import fr.centressociaux.portail.reporting.MeasureCall;
import fr.centressociaux.portail.reporting.Objective;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.FunderDraft;
import fr.centressociaux.portail.territories.Funders;

/** A Pas-de-Calais convention of its own for a year nothing is recorded in; call it as staff. */
final class DocumentFixtures {

    static final int EMPTY_YEAR = 2029;

    private DocumentFixtures() {
    }

    static Convention emptyConvention(ConventionService conventions, Funders funders) {
        if (funders.of(Department.PAS_DE_CALAIS).isEmpty()) {
            funders.save(Department.PAS_DE_CALAIS, new FunderDraft("Département du Pas-de-Calais",
                    "Avec le soutien du Département."), 0);
        }
        Convention convention = conventions.create(new ConventionDraft(Department.PAS_DE_CALAIS,
                "Réseau d’essai " + UUID.randomUUID(), EMPTY_YEAR, EMPTY_YEAR, new BigDecimal("1000"),
                List.of(new Instalment(100, Instalment.PaymentTrigger.SIGNATURE)),
                LocalDate.of(EMPTY_YEAR + 1, 6, 30)));
        return conventions.replaceFiches(convention.getId(), convention.getVersion(), List.of(new FicheAction(
                "Animer le réseau", List.of(new Objective("Animer les instances", List.of(Indicator.of(
                        "Assemblées territoriales du Littoral", MeasureCall.of("meetings.count",
                                MeasureArguments.of("kinds", "TERRITORIAL_ASSEMBLY").with("territories", "LIT62")))))))));
    }
}
