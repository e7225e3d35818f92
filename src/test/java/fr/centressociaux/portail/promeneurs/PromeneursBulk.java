package fr.centressociaux.portail.promeneurs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import fr.centressociaux.portail.centres.TerritoryPeriod;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.PdnMeeting;
import fr.centressociaux.portail.meetings.PdnMeetingsBulk;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.territories.Department;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Builds the module's documents in bulk for a benchmark, with the module's own constructors (so
 * they are stored exactly as the services store them) and inserted a batch at a time: professionals
 * with their status histories, monthly reports, network events with participants, satisfaction
 * answers and resources. Deterministic for a seed.
 */
public final class PromeneursBulk {

    /** Documents per insertMany: large batches, as the history of a tenfold network is 300,000 reports. */
    private static final int BATCH = 20_000;
    private static final StructureKind[] KINDS = StructureKind.values();
    private static final LeavingReason[] REASONS = LeavingReason.values();
    private static final List<StandardKind> EVENT_KINDS = PromeneursMeasure.EVENT_KINDS;

    private final MongoOperations mongo;
    private final Department department;
    private final List<String> territoryIds;
    private final Random random;
    private final List<Professional> professionals = new ArrayList<>();

    public PromeneursBulk(MongoOperations mongo, Department department, List<String> territoryIds, long seed) {
        this.mongo = mongo;
        this.department = department;
        this.territoryIds = List.copyOf(territoryIds);
        this.random = new Random(seed);
    }

    /**
     * {@code count} professionals labelled on a day between {@code firstLabel} and {@code lastLabel},
     * two in five in member centres; one in four leaves later (before {@code lastLabel}'s year ends).
     */
    public List<Professional> professionals(int count, LocalDate firstLabel, LocalDate lastLabel) {
        long span = lastLabel.toEpochDay() - firstLabel.toEpochDay();
        List<Professional> batch = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            LocalDate labelled = firstLabel.plusDays(Math.floorMod(random.nextLong(), span + 1));
            String territoryId = territoryIds.get(n % territoryIds.size());
            Employer employer = n % 5 < 2
                    ? new Employer(StructureKind.MEMBER_CENTRE, "bench-centre-" + n % 120, null, "Centre " + n % 120,
                            "Commune " + n % 120)
                    : new Employer(KINDS[1 + n % (KINDS.length - 1)], null, "bench-structure-" + n % 200,
                            "Structure " + n % 200, "Commune " + n % 200);
            ProfessionalDraft draft = new ProfessionalDraft("Prénom" + n, "Nom" + n, "bench." + n + "@example.org",
                    null, "Animateur jeunesse", employer.centreId(), employer.structureId(), null, null,
                    List.of(new NetworkPresence(SocialNetwork.INSTAGRAM, "@bench" + n)), 11, 25, "Numérique");
            Professional professional = new Professional(draft, employer, department,
                    List.of(new TerritoryPeriod(territoryId, LocalDate.of(1950, 1, 1), null)),
                    new StatusChange(ProfessionalStatus.LABELLED, labelled, null));
            if (random.nextInt(4) == 0) {
                long left = labelled.toEpochDay() + 30 + Math.floorMod(random.nextLong(),
                        Math.max(1, LocalDate.of(lastLabel.getYear(), 12, 31).toEpochDay() - labelled.toEpochDay() - 30));
                professional.changeStatus(new StatusChange(ProfessionalStatus.LEFT, LocalDate.ofEpochDay(left),
                        REASONS[random.nextInt(REASONS.length)]), LocalDate.of(lastLabel.getYear(), 12, 31));
            }
            batch.add(professional);
        }
        mongo.insert(batch, Professional.class);
        professionals.addAll(batch);
        return batch;
    }

    /**
     * A report for four months in five each professional was labelled at the end of, in the year (up
     * to {@code lastMonth}); for everyone when not {@code whileLabelled} (an older history as dense
     * as the recent one, without a register of its own).
     */
    public int reports(int year, int lastMonth, boolean whileLabelled) {
        List<ActivityReport> batch = new ArrayList<>();
        int inserted = 0;
        for (Professional professional : professionals) {
            for (int month = 1; month <= lastMonth; month++) {
                YearMonth yearMonth = YearMonth.of(year, month);
                if (whileLabelled && !professional.isLabelledOn(yearMonth.atEndOfMonth()) || random.nextInt(5) == 0) {
                    continue;
                }
                ActivityReport report = new ActivityReport(professional.getId(), department, yearMonth);
                List<LocalEvent> local = random.nextInt(4) == 0
                        ? List.of(new LocalEvent("Atelier", yearMonth.atDay(15))) : List.of();
                report.apply(new ActivityDraft(random.nextInt(13), random.nextInt(5),
                        BigDecimal.valueOf(random.nextInt(60)).divide(BigDecimal.TWO), local, "", random.nextInt(3), ""));
                batch.add(report);
                if (batch.size() == BATCH) {
                    inserted += insert(batch, ActivityReport.class);
                }
            }
        }
        return inserted + insert(batch, ActivityReport.class);
    }

    /**
     * {@code count} events of the year, each with 5 to 30 participants among those labelled that
     * day; three in five participants answer the questionnaire.
     */
    public int events(int year, int count) {
        PdnMeetingsBulk meetings = new PdnMeetingsBulk(mongo);
        List<StandardKind> kinds = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            LocalDate date = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            StandardKind kind = EVENT_KINDS.get(random.nextInt(EVENT_KINDS.size()));
            List<Professional> labelled = professionals.stream().filter(p -> p.isLabelledOn(date)).toList();
            int participants = Math.min(labelled.size(), 5 + random.nextInt(26));
            List<String> present = new ArrayList<>();
            for (int p = 0; p < participants; p++) {
                present.add(labelled.get(random.nextInt(labelled.size())).getId());
            }
            meetings.add(kind, "Temps " + year + "-" + n, date, department,
                    kind == StandardKind.EXCHANGE_HALF_DAY ? territoryIds.get(n % territoryIds.size()) : null, present);
            kinds.add(kind);
        }
        List<Meeting> events = meetings.insert();
        List<SatisfactionAnswer> answers = new ArrayList<>();
        for (int n = 0; n < events.size(); n++) {
            Meeting meeting = events.get(n);
            PdnMeeting event = new PdnMeeting(meeting.getId(), kinds.get(n), meeting.getTitle(), meeting.getDate(),
                    meeting.getDepartments(), meeting.getScope().territoryId(), false, meeting.getPresentExternalIds());
            for (String participant : event.presentPersonIds()) {
                SatisfactionAnswer answer = new SatisfactionAnswer(event, participant, department,
                        "bench-" + event.id() + participant, Instant.now());
                if (random.nextInt(5) < 3) {
                    answer.answer(1 + random.nextInt(5), "", Instant.now());
                }
                answers.add(answer);
            }
        }
        insert(answers, SatisfactionAnswer.class);
        return events.size();
    }

    /** {@code count} link resources published in the year. */
    public void resources(int year, int count) {
        List<PdnResource> resources = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            resources.add(new PdnResource(new ResourceDraft("Ressource " + year + "-" + n, "",
                    "https://example.org/" + n, department), null, LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)),
                    "bench"));
        }
        mongo.insert(resources, PdnResource.class);
    }

    private <T> int insert(List<T> batch, Class<T> type) {
        int size = batch.size();
        if (size > 0) {
            mongo.insert(batch, type);
            batch.clear();
        }
        return size;
    }
}
