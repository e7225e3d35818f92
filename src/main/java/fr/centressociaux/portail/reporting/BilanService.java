package fr.centressociaux.portail.reporting;

import java.util.List;
import java.util.stream.Collectors;

import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.measure.MeasureParameter;
import fr.centressociaux.portail.shared.measure.SharedWork;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The bilan of a convention for a year computed live from the records (DD013): every indicator's
 * measure for the year and the year before, under the caller's rights (a delegate gets the figures
 * of their territories, as the meeting list shows them). The funder does not compute bilans: it
 * reads the ones staff submitted.
 */
@Service
public class BilanService {

    private final ConventionService conventions;
    private final MeasureCatalogue catalogue;
    private final Texts texts;

    BilanService(ConventionService conventions, MeasureCatalogue catalogue, Texts texts) {
        this.conventions = conventions;
        this.catalogue = catalogue;
        this.texts = texts;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'DIRECTOR', 'PDN_COORDINATOR')")
    public Bilan live(String conventionId, int year) {
        Convention convention = conventions.get(conventionId);
        if (!convention.covers(year)) {
            throw new UserFacingException("reporting.bilan.year-not-covered", String.valueOf(year),
                    String.valueOf(convention.getFirstYear()), String.valueOf(convention.getLastYear()));
        }
        // Lines of one module read the same records: each module reads a year once for the whole bilan.
        SharedWork shared = SharedWork.forYears(year - 1, year);
        // Every line is announced first, so that one reading brings what all the lines of a module need.
        convention.getFiches().stream().flatMap(fiche -> fiche.objectives().stream())
                .flatMap(objective -> objective.indicators().stream()).forEach(indicator -> {
                    catalogue.expect(indicator.measure(), year, shared);
                    catalogue.expect(indicator.measure(), year - 1, shared);
                });
        List<Bilan.Fiche> fiches = convention.getFiches().stream().map(fiche -> new Bilan.Fiche(fiche.title(),
                fiche.objectives().stream().map(objective -> new Bilan.Part(objective.id(), objective.title(),
                        objective.indicators().stream().map(indicator -> line(indicator, year, shared)).toList())).toList()))
                .toList();
        return new Bilan(convention.getId(), convention.getFunderName(), convention.getNetworkHead(), year, fiches);
    }

    /**
     * Why a figure is zero, for the drill-down: no record matched the measure with these arguments
     * ("Aucune donnée pour Réunions tenues avec Types de réunion : …"). Empty text when records exist.
     */
    public String whyZero(Indicator indicator, Figure figure) {
        if (figure.isBroken() || !figure.records().isEmpty()) {
            return "";
        }
        String arguments = catalogue.find(indicator.measure().measureId()).map(measure -> measure.parameters().stream()
                .filter(parameter -> !indicator.measure().measureArguments().all(parameter.name()).isEmpty())
                .map(parameter -> describe(parameter, indicator)).collect(Collectors.joining(" ; "))).orElse("");
        return texts.get(arguments.isEmpty() ? "reporting.bilan.zero" : "reporting.bilan.zero-with",
                catalogue.label(indicator.measure().measureId()), arguments);
    }

    private String describe(MeasureParameter parameter, Indicator indicator) {
        return texts.get(parameter.labelKey()) + " : "
                + String.join(", ", indicator.measure().measureArguments().all(parameter.name()));
    }

    private BilanLine line(Indicator indicator, int year, SharedWork shared) {
        return new BilanLine(indicator, catalogue.compute(indicator.measure(), year, shared),
                catalogue.compute(indicator.measure(), year - 1, shared));
    }
}
