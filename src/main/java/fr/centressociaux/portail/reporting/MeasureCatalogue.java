package fr.centressociaux.portail.reporting;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.measure.Measure;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureParameter;
import fr.centressociaux.portail.shared.measure.SharedWork;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Every measure the modules publish, found by id, and the one place an indicator's figure is
 * computed: an unknown measure, an argument for a parameter the measure no longer has, a missing
 * required one, or an argument naming nothing (the measure's refusal) give a figure carrying a
 * French reason instead of a value, so a bilan always shows and never fails as a whole.
 */
@Service
public class MeasureCatalogue {

    private final Map<String, Measure> measures;
    private final Texts texts;

    MeasureCatalogue(List<Measure> measures, Texts texts) {
        this.measures = measures.stream().sorted(Comparator.comparing(Measure::id))
                .collect(Collectors.toMap(Measure::id, measure -> measure, (a, b) -> {
                    throw new IllegalStateException("Two measures share the id " + a.id());
                }, LinkedHashMap::new));
        this.texts = texts;
    }

    /** The measures in id order, so one module's measures sit together. */
    public List<Measure> all() {
        return List.copyOf(measures.values());
    }

    public Optional<Measure> find(String id) {
        return Optional.ofNullable(measures.get(id));
    }

    public String label(String measureId) {
        return find(measureId).map(measure -> texts.get(measure.labelKey()))
                .orElseGet(() -> texts.get("reporting.measure.unknown", measureId));
    }

    /** The indicator's figure for the year, under the caller's rights, computed alone. */
    public Figure compute(MeasureCall call, int year) {
        return compute(call, year, SharedWork.fresh());
    }

    /**
     * Tells the indicator's measure that the computation sharing {@code shared} will ask for its
     * figure of the year ({@link Measure#expect}), before any line is computed, so the first reading
     * of a module brings what all its lines need. An indicator that cannot be computed is the
     * computation's to report, not this call's.
     */
    public void expect(MeasureCall call, int year, SharedWork shared) {
        Measure measure = measures.get(call.measureId());
        if (measure == null) {
            return;
        }
        try {
            measure.expect(year, call.measureArguments(), shared);
        } catch (UserFacingException refusedWhenComputed) {
            // An argument naming nothing: the line says so when it is computed.
        }
    }

    /**
     * The indicator's figure for the year as one line of a computation of many (a bilan), sharing
     * with the other lines what their measures read alike ({@link SharedWork}).
     */
    public Figure compute(MeasureCall call, int year, SharedWork shared) {
        Measure measure = measures.get(call.measureId());
        if (measure == null) {
            return Figure.broken(texts.get("reporting.measure.unknown", call.measureId()));
        }
        MeasureArguments arguments = call.measureArguments();
        Set<String> known = measure.parameters().stream().map(MeasureParameter::name).collect(Collectors.toSet());
        for (String name : arguments.values().keySet()) {
            if (!known.contains(name)) {
                return Figure.broken(texts.get("reporting.measure.parameter-gone", name));
            }
        }
        for (MeasureParameter parameter : measure.parameters()) {
            if (parameter.required() && arguments.all(parameter.name()).isEmpty()) {
                return Figure.broken(texts.get("reporting.measure.parameter-missing", texts.get(parameter.labelKey())));
            }
            if (!parameter.multiple() && arguments.all(parameter.name()).size() > 1) {
                return Figure.broken(texts.get("reporting.measure.parameter-single", texts.get(parameter.labelKey())));
            }
        }
        try {
            return Figure.of(measure.compute(year, arguments, shared));
        } catch (UserFacingException refusal) {
            return Figure.broken(texts.get(refusal.messageKey(), refusal.arguments()));
        } catch (AccessDeniedException keptFromTheCaller) {
            // A module keeping a figure from this role (trainings from directors) breaks one line, not the page.
            return Figure.broken(texts.get("reporting.measure.not-for-you"));
        }
    }
}
