package fr.centressociaux.portail.trainings;

import java.util.List;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.shared.Texts;
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
 * The measures quoting the training bilan of a year (DD013), for one department's trainees or both:
 * each reads {@link TrainingBilans#bilan} (the page and spreadsheet staff already send), so the
 * convention's figures and the training bilan never disagree; the records are its trainings.
 */
abstract sealed class TrainingBilanMeasure extends NamedMeasure
        permits TrainingBilanMeasure.Trainees, TrainingBilanMeasure.Hours, TrainingBilanMeasure.Sessions {

    static final String DEPARTMENT = "department";
    static final String PARTICIPANT_KINDS = "participantKinds";
    static final MeasureParameter DEPARTMENT_PARAMETER = MeasureParameter.optional(DEPARTMENT, ParameterKind.DEPARTMENT,
            false);

    private final MeasureUnit unit;
    private final TrainingBilans bilans;
    private final Texts texts;

    TrainingBilanMeasure(String id, String labelKey, MeasureUnit unit, TrainingBilans bilans, Texts texts) {
        super(id, labelKey, List.of(DEPARTMENT_PARAMETER));
        this.unit = unit;
        this.bilans = bilans;
        this.texts = texts;
    }

    @Override
    public MeasureValue compute(int year, MeasureArguments arguments) {
        return compute(year, arguments, SharedWork.fresh());
    }

    /** Every training line of a bilan quotes the same training bilan: it is read once per year and department. */
    @Override
    public MeasureValue compute(int year, MeasureArguments arguments, SharedWork shared) {
        @Nullable Department department = TerritoryArguments.department(arguments, DEPARTMENT).orElse(null);
        TrainingBilan bilan = shared.once(new BilanOf(year, department), () -> bilans.bilan(year, department));
        return MeasureValue.later(value(bilan.total(), arguments), unit, () -> records(bilan, arguments));
    }

    /** The trainings behind the figure, built when first read (a drill-down, an export, a snapshot). */
    private List<MeasureRecord> records(TrainingBilan bilan, MeasureArguments arguments) {
        return bilan.rows().stream().filter(row -> value(row.counts(), arguments) > 0)
                .map(row -> MeasureRecord.of(row.title(), texts.get("measure.record.trainees", row.counts().employees(),
                        row.counts().volunteers(), row.counts().sessions()), "/formations/" + row.trainingId())
                        .counting(row.counts().employees() + row.counts().volunteers()))
                .toList();
    }

    abstract double value(TraineeCounts counts, MeasureArguments arguments);

    /** The key of a year's training bilan among the work a bilan's lines share. */
    private record BilanOf(int year, @Nullable Department department) {
    }

    /** Distinct people present at least one day: employees, volunteers, or both. */
    @Component
    static final class Trainees extends TrainingBilanMeasure {

        Trainees(TrainingBilans bilans, Texts texts) {
            super("trainings.trainees", "measure.trainings.trainees", MeasureUnit.COUNT, bilans, texts);
        }

        @Override
        public List<MeasureParameter> parameters() {
            return List.of(DEPARTMENT_PARAMETER,
                    MeasureParameter.optional(PARTICIPANT_KINDS, ParameterKind.PARTICIPANT_KINDS, true));
        }

        @Override
        double value(TraineeCounts counts, MeasureArguments arguments) {
            List<ParticipantKind> kinds = arguments.all(PARTICIPANT_KINDS).stream().map(ParticipantKind::ofArgument)
                    .toList();
            if (kinds.isEmpty()) {
                return counts.trainees();
            }
            return kinds.stream().mapToInt(kind -> switch (kind) {
                case EMPLOYEE -> counts.employees();
                case VOLUNTEER -> counts.volunteers();
                case INHABITANT, PARTNER -> 0;
            }).sum();
        }
    }

    /** Hours attended added up over every trainee (heures stagiaires). */
    @Component
    static final class Hours extends TrainingBilanMeasure {

        Hours(TrainingBilans bilans, Texts texts) {
            super("trainings.hours", "measure.trainings.hours", MeasureUnit.HOURS, bilans, texts);
        }

        @Override
        double value(TraineeCounts counts, MeasureArguments arguments) {
            return counts.attended().toMinutes() / 60.0;
        }
    }

    /** Sessions the department's trainees were in (a session counts in the year of its first day). */
    @Component
    static final class Sessions extends TrainingBilanMeasure {

        Sessions(TrainingBilans bilans, Texts texts) {
            super("trainings.sessions", "measure.trainings.sessions", MeasureUnit.COUNT, bilans, texts);
        }

        @Override
        double value(TraineeCounts counts, MeasureArguments arguments) {
            return counts.sessions();
        }
    }
}
