package fr.centressociaux.portail.trainings;

import java.util.List;

import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.measure.Measure;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureParameter;
import fr.centressociaux.portail.shared.measure.MeasureRecord;
import fr.centressociaux.portail.shared.measure.MeasureValue;
import fr.centressociaux.portail.shared.measure.ParameterKind;
import fr.centressociaux.portail.territories.TerritoryArguments;
import org.springframework.stereotype.Component;

/**
 * The measures quoting the training bilan of a year (DD013), for one department's trainees or both:
 * each reads {@link TrainingBilans#bilan} (the page and spreadsheet staff already send), so the
 * convention's figures and the training bilan never disagree; the records are its trainings.
 */
abstract sealed class TrainingBilanMeasure implements Measure
        permits TrainingBilanMeasure.Trainees, TrainingBilanMeasure.Hours, TrainingBilanMeasure.Sessions {

    static final String DEPARTMENT = "department";
    static final String PARTICIPANT_KINDS = "participantKinds";

    private final TrainingBilans bilans;
    private final Texts texts;

    TrainingBilanMeasure(TrainingBilans bilans, Texts texts) {
        this.bilans = bilans;
        this.texts = texts;
    }

    @Override
    public List<MeasureParameter> parameters() {
        return List.of(MeasureParameter.optional(DEPARTMENT, ParameterKind.DEPARTMENT, false));
    }

    @Override
    public MeasureValue compute(int year, MeasureArguments arguments) {
        TrainingBilan bilan = bilans.bilan(year, TerritoryArguments.department(arguments, DEPARTMENT).orElse(null));
        List<MeasureRecord> records = bilan.rows().stream().filter(row -> value(row.counts(), arguments) > 0)
                .map(row -> MeasureRecord.of(row.title(), texts.get("measure.record.trainees", row.counts().employees(),
                        row.counts().volunteers(), row.counts().sessions()), "/formations/" + row.trainingId()))
                .toList();
        return value(bilan.total(), arguments, records);
    }

    abstract double value(TraineeCounts counts, MeasureArguments arguments);

    abstract MeasureValue value(TraineeCounts total, MeasureArguments arguments, List<MeasureRecord> records);

    /** Distinct people present at least one day: employees, volunteers, or both. */
    @Component
    static final class Trainees extends TrainingBilanMeasure {

        Trainees(TrainingBilans bilans, Texts texts) {
            super(bilans, texts);
        }

        @Override
        public String id() {
            return "trainings.trainees";
        }

        @Override
        public String labelKey() {
            return "measure.trainings.trainees";
        }

        @Override
        public List<MeasureParameter> parameters() {
            return List.of(MeasureParameter.optional(DEPARTMENT, ParameterKind.DEPARTMENT, false),
                    MeasureParameter.optional(PARTICIPANT_KINDS, ParameterKind.PARTICIPANT_KINDS, true));
        }

        @Override
        double value(TraineeCounts counts, MeasureArguments arguments) {
            List<fr.centressociaux.portail.attendance.ParticipantKind> kinds = arguments.all(PARTICIPANT_KINDS).stream()
                    .map(fr.centressociaux.portail.attendance.ParticipantKind::ofArgument).toList();
            if (kinds.isEmpty()) {
                return counts.trainees();
            }
            return kinds.stream().mapToInt(kind -> switch (kind) {
                case EMPLOYEE -> counts.employees();
                case VOLUNTEER -> counts.volunteers();
                case INHABITANT, PARTNER -> 0;
            }).sum();
        }

        @Override
        MeasureValue value(TraineeCounts total, MeasureArguments arguments, List<MeasureRecord> records) {
            return MeasureValue.count((long) value(total, arguments), records);
        }
    }

    /** Hours attended added up over every trainee (heures stagiaires). */
    @Component
    static final class Hours extends TrainingBilanMeasure {

        Hours(TrainingBilans bilans, Texts texts) {
            super(bilans, texts);
        }

        @Override
        public String id() {
            return "trainings.hours";
        }

        @Override
        public String labelKey() {
            return "measure.trainings.hours";
        }

        @Override
        double value(TraineeCounts counts, MeasureArguments arguments) {
            return counts.attended().toMinutes() / 60.0;
        }

        @Override
        MeasureValue value(TraineeCounts total, MeasureArguments arguments, List<MeasureRecord> records) {
            return new MeasureValue(value(total, arguments), fr.centressociaux.portail.shared.measure.MeasureUnit.HOURS,
                    records);
        }
    }

    /** Sessions the department's trainees were in (a session counts in the year of its first day). */
    @Component
    static final class Sessions extends TrainingBilanMeasure {

        Sessions(TrainingBilans bilans, Texts texts) {
            super(bilans, texts);
        }

        @Override
        public String id() {
            return "trainings.sessions";
        }

        @Override
        public String labelKey() {
            return "measure.trainings.sessions";
        }

        @Override
        double value(TraineeCounts counts, MeasureArguments arguments) {
            return counts.sessions();
        }

        @Override
        MeasureValue value(TraineeCounts total, MeasureArguments arguments, List<MeasureRecord> records) {
            return MeasureValue.count(total.sessions(), records);
        }
    }
}
