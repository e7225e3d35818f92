package fr.centressociaux.portail.promeneurs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureParameter;
import fr.centressociaux.portail.shared.measure.MeasureRecord;
import fr.centressociaux.portail.shared.measure.MeasureUnit;
import fr.centressociaux.portail.shared.measure.MeasureValue;
import fr.centressociaux.portail.shared.measure.NamedMeasure;
import fr.centressociaux.portail.shared.measure.ParameterKind;
import fr.centressociaux.portail.shared.measure.SharedWork;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryArguments;
import org.springframework.stereotype.Component;

/**
 * The figures of fiche action 3 for the bilan (DD013, DD015): one figure of
 * {@link PromeneursFigures#year} chosen by its stable key, the measure's name
 * ({@code LABELLED_AT_YEAR_END}) or, for a split, the measure and its kind
 * ({@code EVENTS.INITIAL_TRAINING}, {@code LEFT_BY_REASON.JOB_CHANGE}), so the bilan and the
 * "Chiffres Promeneurs du Net" page never disagree. The labelled at the end of the year may be
 * restricted to territories (added up), given by their codes. Records naming a professional are
 * personal (the funder reads counts only, and the service gives it none anyway).
 */
@Component
class PromeneursBilanMeasure extends NamedMeasure {

    static final String FIGURE = "figure";
    static final String DEPARTMENT = "department";
    static final String TERRITORIES = "territories";

    private final PromeneursFigures figures;
    private final PromeneurAccess access;
    private final TerritoryArguments territories;
    private final Texts texts;

    PromeneursBilanMeasure(PromeneursFigures figures, PromeneurAccess access, TerritoryArguments territories,
            Texts texts) {
        super("pdn.figure", "measure.pdn.figure", List.of(
                MeasureParameter.required(FIGURE, ParameterKind.FIGURE, false),
                MeasureParameter.required(DEPARTMENT, ParameterKind.DEPARTMENT, false),
                MeasureParameter.optional(TERRITORIES, ParameterKind.TERRITORIES, true)));
        this.figures = figures;
        this.access = access;
        this.territories = territories;
        this.texts = texts;
    }

    @Override
    public MeasureValue compute(int year, MeasureArguments arguments) {
        return compute(year, arguments, SharedWork.fresh());
    }

    /** The Promeneurs du Net lines of a bilan quote the same year: it is worked out once per year and department. */
    @Override
    public MeasureValue compute(int year, MeasureArguments arguments, SharedWork shared) {
        String key = arguments.single(FIGURE).orElseThrow(() -> new UserFacingException("measure.refused.pdn-figure", ""));
        Department department = TerritoryArguments.department(arguments, DEPARTMENT)
                .orElseThrow(() -> new UserFacingException("measure.refused.department", ""));
        PromeneursMeasure measure = measure(key);
        String qualifier = key.contains(".") ? key.substring(key.indexOf('.') + 1) : null;
        List<Territory> restricted = territories.territories(arguments, TERRITORIES);
        if (!restricted.isEmpty() && !(measure == PromeneursMeasure.LABELLED_AT_YEAR_END && qualifier == null)) {
            throw new UserFacingException("measure.refused.pdn-territories", key);
        }
        // A director may read a live bilan: this line then says why it is empty instead of the
        // access refusal breaking the whole bilan.
        if (!access.canReadFigures(department)) {
            throw new UserFacingException("measure.refused.pdn-access");
        }
        PromeneursYear figuresOfTheYear = shared.once(new YearOf(year, department), () -> figures.year(year, department));
        if (!restricted.isEmpty()) {
            Set<String> ids = restricted.stream().map(Territory::getId).collect(Collectors.toSet());
            List<PromeneursFigure> inTerritories = figuresOfTheYear.split(PromeneursMeasure.LABELLED_BY_TERRITORY)
                    .stream().filter(figure -> ids.contains(figure.qualifier())).toList();
            return value(measure, inTerritories.stream().map(PromeneursFigure::value).reduce(BigDecimal.ZERO,
                    BigDecimal::add), inTerritories.stream().flatMap(figure -> figure.records().stream()).toList());
        }
        if (qualifier != null && !measure.splitsBy(qualifier)) {
            throw new UserFacingException("measure.refused.pdn-figure", key);
        }
        return figuresOfTheYear.figure(measure, qualifier)
                .map(figure -> value(measure, figure.value(), figure.records()))
                .orElseGet(() -> value(measure, BigDecimal.ZERO, List.of()));
    }

    /** The key of a year's figures among the work a bilan's lines share. */
    private record YearOf(int year, Department department) {
    }

    private static PromeneursMeasure measure(String key) {
        String name = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        try {
            return PromeneursMeasure.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw new UserFacingException("measure.refused.pdn-figure", key);
        }
    }

    private MeasureValue value(PromeneursMeasure measure, BigDecimal value, List<FigureRecord> records) {
        List<MeasureRecord> shown = records.stream().map(this::record).toList();
        if (measure.isPercentage()) {
            return new MeasureValue(value.setScale(0, RoundingMode.HALF_UP).doubleValue(), MeasureUnit.PERCENT, shown);
        }
        MeasureUnit unit = measure == PromeneursMeasure.HOURS_ONLINE || measure == PromeneursMeasure.ANSWER_TIME_MEDIAN_HOURS
                ? MeasureUnit.HOURS : MeasureUnit.COUNT;
        return new MeasureValue(value.doubleValue(), unit, shown);
    }

    private MeasureRecord record(FigureRecord record) {
        String detail = texts.get(record.type().labelKey());
        return switch (record.type()) {
            case PROFESSIONAL -> new MeasureRecord(record.label(), detail, "/promeneurs/" + record.id(), true);
            case ACTIVITY_REPORT -> new MeasureRecord(record.label(), detail,
                    "/promeneurs/" + record.id().substring(0, record.id().indexOf(':')), true);
            // The network's events are meetings (DD015): their page shows who took part.
            case EVENT -> MeasureRecord.of(record.label(), detail, "/reunions/" + record.id());
            case EMPLOYER, TERRITORY -> MeasureRecord.of(record.label(), detail, "/promeneurs");
            // A question names its asker.
            case QUESTION -> new MeasureRecord(record.label(), detail, "/promeneurs/questions/" + record.id(), true);
            case RESOURCE -> MeasureRecord.of(record.label(), detail, "/promeneurs/ressources");
        };
    }
}
