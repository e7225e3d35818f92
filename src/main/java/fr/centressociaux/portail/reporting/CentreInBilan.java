package fr.centressociaux.portail.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.meetings.CentreParticipation;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.measure.MeasureRecord;
import fr.centressociaux.portail.shared.measure.SharedWork;
import fr.centressociaux.portail.trainings.CentreEnrolment;
import fr.centressociaux.portail.trainings.TrainingEnrolments;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "My centre in the bilan": what a director's centre contributed to each indicator of a year's
 * bilan, from its own records only. The indicator's records (meetings, trainings, centres
 * represented) are joined by their page with what the centre's modules give the director about
 * their own centre: its people present at each meeting ({@link MeetingService#participationOf}),
 * its enrolments in each training ({@link TrainingEnrolments#ofCentre}), and the centre itself
 * among the centres represented. A record of another centre never appears: only the centre's own
 * counts replace the records' totals. Figures a module keeps from directors (broken for them) show
 * as not available.
 */
@Service
public class CentreInBilan {

    private static final String MEETING_PAGE = "/reunions/";
    private static final String TRAINING_PAGE = "/formations/";
    private static final String CENTRE_PAGE = "/centres/";

    private final ConventionService conventions;
    private final MeasureCatalogue catalogue;
    private final MeetingService meetings;
    private final TrainingEnrolments enrolments;
    private final CurrentUser currentUser;
    private final Texts texts;

    CentreInBilan(ConventionService conventions, MeasureCatalogue catalogue, MeetingService meetings,
            TrainingEnrolments enrolments, CurrentUser currentUser, Texts texts) {
        this.conventions = conventions;
        this.catalogue = catalogue;
        this.meetings = meetings;
        this.enrolments = enrolments;
        this.currentUser = currentUser;
        this.texts = texts;
    }

    /** One indicator and the centre's own records behind it (none: the centre did not contribute). */
    public record Contribution(String fiche, String objective, Indicator indicator, List<MeasureRecord> records,
            boolean available) {
    }

    /** The director's centre's contribution to each indicator of the convention's bilan of the year. */
    @PreAuthorize("hasRole('DIRECTOR')")
    public List<Contribution> mine(String conventionId, int year) {
        String centreId = currentUser.get().orElseThrow().scope().centreId();
        Convention convention = conventions.get(conventionId);
        if (centreId == null || !convention.covers(year)) {
            return List.of();
        }
        Map<String, MeasureRecord> own = ownRecords(centreId, year);
        List<Contribution> contributions = new ArrayList<>();
        SharedWork shared = SharedWork.forYears(year, year);
        for (FicheAction fiche : convention.getFiches()) {
            for (Objective objective : fiche.objectives()) {
                for (Indicator indicator : objective.indicators()) {
                    contributions.add(contribution(fiche, objective, indicator, year, own, shared));
                }
            }
        }
        return contributions;
    }

    private Contribution contribution(FicheAction fiche, Objective objective, Indicator indicator, int year,
            Map<String, MeasureRecord> own, SharedWork shared) {
        Figure figure = catalogue.compute(indicator.measure(), year, shared);
        List<MeasureRecord> mine = figure.records().stream().map(record -> own.get(record.path()))
                .filter(java.util.Objects::nonNull).distinct().toList();
        return new Contribution(fiche.title(), objective.title(), indicator, mine, !figure.isBroken());
    }

    /** The centre's own records by the page they point at, with the centre's own counts. */
    private Map<String, MeasureRecord> ownRecords(String centreId, int year) {
        Map<String, MeasureRecord> own = new java.util.HashMap<>();
        for (CentreParticipation participation : meetings.participationOf(centreId)) {
            if (participation.meeting().getDate().getYear() == year && participation.present() > 0) {
                own.put(MEETING_PAGE + participation.meeting().getId(), MeasureRecord.of(
                        texts.get("measure.record.meeting", participation.meeting().getTitle(), participation.kindName(),
                                fr.centressociaux.portail.shared.FrenchDates.format(participation.meeting().getDate())),
                        texts.get("centre-bilan.present", participation.present()),
                        MEETING_PAGE + participation.meeting().getId()));
            }
        }
        Map<String, List<CentreEnrolment>> byTraining = enrolments.ofCentre(centreId, year).stream()
                .collect(Collectors.groupingBy(enrolment -> enrolment.training().getId()));
        byTraining.forEach((trainingId, ofTraining) -> own.put(TRAINING_PAGE + trainingId, MeasureRecord.of(
                ofTraining.getFirst().training().getTitle(), texts.get("centre-bilan.enrolments", ofTraining.size()),
                TRAINING_PAGE + trainingId)));
        own.put(CENTRE_PAGE + centreId, MeasureRecord.of(texts.get("centre-bilan.own-centre"),
                texts.get("centre-bilan.represented"), CENTRE_PAGE + centreId));
        return own;
    }
}
