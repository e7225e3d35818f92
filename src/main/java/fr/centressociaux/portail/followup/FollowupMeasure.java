package fr.centressociaux.portail.followup;

import java.util.List;

import fr.centressociaux.portail.shared.FrenchDates;
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
import fr.centressociaux.portail.territories.TerritoryArguments;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The measures the follow-up publishes for the bilan (DD013): one figure of
 * {@link FollowupFigures#of} chosen by its stable key ({@code renewal.centres},
 * {@code thematic.actions.nutrition}…), for a department or the whole network, so the bilan and the
 * "Chiffres du suivi" page never disagree. Its records are the figure's own, all kept from the
 * funder's drill-down: the follow-up gives the funder counts only (DD016), and flagging them
 * personal is how the measure contract says so.
 */
abstract sealed class FollowupMeasure extends NamedMeasure permits FollowupMeasure.Count, FollowupMeasure.Rate {

    static final String FIGURE = "figure";
    static final String DEPARTMENT = "department";
    private static final List<MeasureParameter> PARAMETERS = List.of(
            MeasureParameter.required(FIGURE, ParameterKind.FIGURE, false),
            MeasureParameter.optional(DEPARTMENT, ParameterKind.DEPARTMENT, false));

    private final FollowupFigures figures;
    private final FollowupAccess access;
    private final Texts texts;

    FollowupMeasure(String id, String labelKey, FollowupFigures figures, FollowupAccess access, Texts texts) {
        super(id, labelKey, PARAMETERS);
        this.figures = figures;
        this.access = access;
        this.texts = texts;
    }

    @Override
    public MeasureValue compute(int year, MeasureArguments arguments) {
        return compute(year, arguments, SharedWork.fresh());
    }

    /** The follow-up lines of a bilan quote the same figures: they are worked out once per year and department. */
    @Override
    public MeasureValue compute(int year, MeasureArguments arguments, SharedWork shared) {
        String key = arguments.single(FIGURE).orElseThrow(() -> new UserFacingException("measure.refused.figure", ""));
        @Nullable Department department = TerritoryArguments.department(arguments, DEPARTMENT).orElse(null);
        // A director or a Promeneurs du Net coordinator may read a live bilan: this line then says
        // why it is empty instead of the access refusal breaking the whole bilan.
        if (!access.readsFigures(department)) {
            throw new UserFacingException("measure.refused.figure-access");
        }
        // Every key exists each year (at zero when nothing was recorded): a missing one was renamed or removed.
        Figure figure = shared.once(new FiguresOf(year, department), () -> figures.of(year, department)).figure(key)
                .orElseThrow(() -> new UserFacingException("measure.refused.figure", key));
        return value(figure, figure.records().stream().map(this::record).toList());
    }

    abstract MeasureValue value(Figure figure, List<MeasureRecord> records);

    /** The key of a year's follow-up figures among the work a bilan's lines share. */
    private record FiguresOf(int year, @Nullable Department department) {
    }

    private MeasureRecord record(Figure.Line line) {
        String path = line.meetingId() != null ? "/reunions/" + line.meetingId()
                : line.centreId() == null ? "/suivi/instances" : "/centres/" + line.centreId() + "/suivi";
        return new MeasureRecord(line.centreOrBody(),
                texts.get("measure.record.followup", line.what(), FrenchDates.format(line.on())), path, true)
                .on(line.on());
    }

    /** The figure itself: centres supported, actions, sittings, centres that joined or left. */
    @Component
    static final class Count extends FollowupMeasure {

        Count(FollowupFigures figures, FollowupAccess access, Texts texts) {
            super("follow-up.figure", "measure.follow-up.figure", figures, access, texts);
        }

        @Override
        MeasureValue value(Figure figure, List<MeasureRecord> records) {
            return MeasureValue.count(figure.value(), records);
        }
    }

    /**
     * A figure taken out of a whole, in whole percent (SENACS: the member centres that completed the
     * survey out of all members); 0 when the whole is empty, refused for a figure that is no rate.
     */
    @Component
    static final class Rate extends FollowupMeasure {

        Rate(FollowupFigures figures, FollowupAccess access, Texts texts) {
            super("follow-up.rate", "measure.follow-up.rate", figures, access, texts);
        }

        @Override
        MeasureValue value(Figure figure, List<MeasureRecord> records) {
            if (figure.outOf() == null) {
                throw new UserFacingException("measure.refused.figure-not-rate", figure.key());
            }
            Long percent = figure.percent();
            return new MeasureValue(percent == null ? 0 : percent, MeasureUnit.PERCENT, records);
        }
    }
}
