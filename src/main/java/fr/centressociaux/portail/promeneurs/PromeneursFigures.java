package fr.centressociaux.portail.promeneurs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import fr.centressociaux.portail.meetings.PdnMeeting;
import fr.centressociaux.portail.meetings.PdnMeetings;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.promeneurs.FigureRecord.Type;
import fr.centressociaux.portail.promeneurs.internal.NetworkQuestionRepository;
import fr.centressociaux.portail.promeneurs.internal.PdnResourceRepository;
import fr.centressociaux.portail.promeneurs.internal.ProfessionalRepository;
import fr.centressociaux.portail.promeneurs.internal.YearLedgers;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The yearly figures of fiche action 3, for a year and a department, each with the records it
 * counts, so the yearly bilan can publish them as measures and a reader can open what is behind a
 * number. Status figures come from the dated status histories (labelled on 31 December, labelled
 * periods starting or ending in the year), territories from the employer's territory on the day
 * counted, activity from the monthly reports, events from the network's events (DD015). The
 * funder reads its department's figures without the records.
 */
@Service
public class PromeneursFigures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final ProfessionalRepository professionals;
    private final YearLedgers ledgers;
    private final PdnMeetings events;
    private final PromeneurAccess access;
    private final TerritoryService territories;
    private final NetworkQuestionRepository questions;
    private final PdnResourceRepository resources;

    PromeneursFigures(ProfessionalRepository professionals, YearLedgers ledgers,
            PdnMeetings events, PromeneurAccess access, TerritoryService territories,
            NetworkQuestionRepository questions, PdnResourceRepository resources) {
        this.questions = questions;
        this.territories = territories;
        this.resources = resources;
        this.professionals = professionals;
        this.ledgers = ledgers;
        this.events = events;
        this.access = access;
    }

    @PreAuthorize("isAuthenticated()")
    public PromeneursYear year(int year, Department department) {
        access.checkFigures(department);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<Professional> known = professionals.findHistoriesKnownBy(department, last).stream()
                .sorted(Comparator.comparing(Professional::getLastName).thenComparing(Professional::getFirstName))
                .toList();
        Figures figures = new Figures(access.seesRecordsBehindFigures());

        List<Professional> atStart = filter(known, professional -> professional.isLabelledOn(first.minusDays(1)));
        List<Professional> atEnd = filter(known, professional -> professional.isLabelledOn(last));
        List<Professional> joined = filter(known, professional -> professional.labelledPeriods().stream()
                .anyMatch(period -> !period.from().isBefore(first) && !period.from().isAfter(last)));
        List<Professional> left = filter(known, professional -> professional.labelledPeriods().stream()
                .anyMatch(period -> period.to() != null && !period.to().isBefore(first) && !period.to().isAfter(last)));
        figures.people(PromeneursMeasure.LABELLED_AT_YEAR_START, null, atStart);
        figures.people(PromeneursMeasure.LABELLED_AT_YEAR_END, null, atEnd);
        figures.people(PromeneursMeasure.NEWLY_LABELLED, null, joined);
        figures.people(PromeneursMeasure.LEFT, null, left);
        groups(left, professional -> reasonForLeavingIn(professional, first, last))
                .forEach((reason, group) -> figures.people(PromeneursMeasure.LEFT_BY_REASON, reason, group));
        figures.add(PromeneursMeasure.TURNOVER_RATE, null, percent(left.size(), atStart.size()),
                () -> figures.peopleRecords(left));
        List<Professional> inCentres = filter(atEnd, professional -> professional.getEmployer().isMemberCentre());
        figures.add(PromeneursMeasure.SHARE_IN_MEMBER_CENTRES, null, percent(inCentres.size(), atEnd.size()),
                () -> figures.peopleRecords(inCentres));
        groups(atEnd, professional -> professional.territoryOn(last).orElse("-"))
                .forEach((territoryId, group) -> figures.people(PromeneursMeasure.LABELLED_BY_TERRITORY, territoryId, group));
        groups(atEnd, professional -> professional.getEmployer().kind().name())
                .forEach((kind, group) -> figures.people(PromeneursMeasure.LABELLED_BY_STRUCTURE_KIND, kind, group));
        List<FigureRecord> employers = groups(atEnd, professional -> Professional.employerKey(professional.getEmployer())).values().stream()
                .map(group -> group.getFirst().getEmployer())
                .map(employer -> new FigureRecord(Type.EMPLOYER, Professional.employerKey(employer), employer.name())).toList();
        figures.add(PromeneursMeasure.EMPLOYERS, null, BigDecimal.valueOf(employers.size()), () -> employers);
        Map<String, Territory> territoryNames = territories.byId();
        List<FigureRecord> covered = atEnd.stream().flatMap(professional -> professional.territoryOn(last).stream())
                .distinct().filter(territoryNames::containsKey)
                .map(id -> new FigureRecord(Type.TERRITORY, id, territoryNames.get(id).getName())).toList();
        figures.add(PromeneursMeasure.TERRITORIES_COVERED, null, BigDecimal.valueOf(covered.size()), () -> covered);

        // The network's events are meetings of its kinds (DD015), held in the department, not cancelled.
        List<PdnMeeting> yearEvents = events.ofYear(year).stream()
                .filter(event -> !event.cancelled() && event.departments().contains(department)).toList();
        YearLedger ledger = ledgers.read(department, year);
        eventFigures(figures, yearEvents);
        activityFigures(figures, ledger.months(), known);
        questionFigures(figures, questions.findAnsweredBetween(department, access.startOf(first),
                access.startOf(last.plusDays(1))));
        resourceFigures(figures, resources.findPublished(department, first, last));
        satisfactionFigures(figures, yearEvents, ledger.scoresByEvent());
        return new PromeneursYear(year, department, figures.list);
    }

    private static void eventFigures(Figures figures, List<PdnMeeting> all) {
        figures.add(PromeneursMeasure.EVENTS, null, BigDecimal.valueOf(all.size()), () -> records(all));
        figures.add(PromeneursMeasure.PARTICIPANTS, null, BigDecimal.valueOf(participants(all)), () -> records(all));
        for (StandardKind kind : PromeneursMeasure.EVENT_KINDS) {
            List<PdnMeeting> ofKind = all.stream().filter(event -> event.kind() == kind).toList();
            figures.add(PromeneursMeasure.EVENTS, kind.name(), BigDecimal.valueOf(ofKind.size()), () -> records(ofKind));
            figures.add(PromeneursMeasure.PARTICIPANTS, kind.name(), BigDecimal.valueOf(participants(ofKind)),
                    () -> records(ofKind));
        }
    }

    private static int participants(List<PdnMeeting> events) {
        return events.stream().mapToInt(event -> event.presentPersonIds().size()).sum();
    }

    /**
     * Sums of the year's reports; each report's record is made once (its professional's name and
     * its month in French, twelve of them) and shared by the figures that count it.
     */
    private static void activityFigures(Figures figures, List<MonthFigures> all, List<Professional> known) {
        Map<String, String> names = known.stream()
                .collect(Collectors.toMap(Professional::getId, Professional::fullName));
        Map<YearMonth, String> months = new HashMap<>();
        Map<String, FigureRecord> records = new HashMap<>();
        Function<MonthFigures, FigureRecord> record = report -> records.computeIfAbsent(report.reportId(),
                id -> new FigureRecord(Type.ACTIVITY_REPORT, id, names.getOrDefault(report.professionalId(), "?")
                        + " — " + months.computeIfAbsent(report.month(), FrenchDates::monthYear)));
        figures.add(PromeneursMeasure.ACTIVITY_REPORTS, null, BigDecimal.valueOf(all.size()),
                () -> all.stream().map(record).toList());
        figures.sum(PromeneursMeasure.INDIVIDUAL_FOLLOW_UPS, all,
                report -> BigDecimal.valueOf(report.individualFollowUps()), record);
        figures.sum(PromeneursMeasure.COLLECTIVE_ACTIONS, all,
                report -> BigDecimal.valueOf(report.collectiveActions()), record);
        figures.sum(PromeneursMeasure.HOURS_ONLINE, all, MonthFigures::hoursOnline, record);
        figures.sum(PromeneursMeasure.LOCAL_EVENTS_SUPPORTED, all,
                report -> BigDecimal.valueOf(report.localEvents()), record);
        figures.sum(PromeneursMeasure.QUESTIONS_TO_THE_NETWORK, all,
                report -> BigDecimal.valueOf(report.questionsAsked()), record);
    }

    /** Questions answered in the year and the median time to answer them, in hours (one decimal). */
    private static void questionFigures(Figures figures, List<NetworkQuestion> answered) {
        List<FigureRecord> records = answered.stream().map(question -> new FigureRecord(Type.QUESTION,
                question.getId(), question.getSubject() + " — " + question.getProfessionalName())).toList();
        figures.add(PromeneursMeasure.QUESTIONS_ANSWERED, null, BigDecimal.valueOf(answered.size()), () -> records);
        figures.add(PromeneursMeasure.ANSWER_TIME_MEDIAN_HOURS, null,
                median(answered.stream().mapToDouble(NetworkQuestion::hoursToAnswer).sorted().toArray()), () -> records);
    }

    /** The middle value (the mean of the two middle ones for an even count), one decimal; zero of nothing. */
    static BigDecimal median(double[] sorted) {
        if (sorted.length == 0) {
            return BigDecimal.ZERO;
        }
        int middle = sorted.length / 2;
        double value = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** Resources made available: those published in the year, withdrawn since or not. */
    private static void resourceFigures(Figures figures, List<PdnResource> published) {
        figures.add(PromeneursMeasure.RESOURCES_MADE_AVAILABLE, null, BigDecimal.valueOf(published.size()),
                () -> published.stream().map(resource -> new FigureRecord(Type.RESOURCE, resource.getId(),
                        resource.getTitle() + " — " + FrenchDates.format(resource.getPublishedOn()))).toList());
    }

    /** The answers to the year's events' questionnaires and their average, over every answer; records = the events answered. */
    private static void satisfactionFigures(Figures figures, List<PdnMeeting> yearEvents,
            Map<String, List<Integer>> scoresByEvent) {
        List<PdnMeeting> answered = yearEvents.stream().filter(event -> scoresByEvent.containsKey(event.id())).toList();
        List<Integer> scores = answered.stream().flatMap(event -> scoresByEvent.get(event.id()).stream()).toList();
        int answers = scores.size();
        int total = scores.stream().mapToInt(Integer::intValue).sum();
        figures.add(PromeneursMeasure.SATISFACTION_ANSWERS, null, BigDecimal.valueOf(answers), () -> records(answered));
        figures.add(PromeneursMeasure.SATISFACTION_AVERAGE, null, SatisfactionSurveys.average(total, answers),
                () -> records(answered));
    }

    /** The reason of the (first) labelled period of the professional ending in the year. */
    private static String reasonForLeavingIn(Professional professional, LocalDate first, LocalDate last) {
        return professional.labelledPeriods().stream().map(LabelledPeriod::to)
                .filter(to -> to != null && !to.isBefore(first) && !to.isAfter(last))
                .flatMap(to -> professional.reasonForLeavingOn(to).stream()).map(LeavingReason::name)
                .findFirst().orElse(LeavingReason.OTHER.name());
    }

    private static List<FigureRecord> records(List<PdnMeeting> events) {
        return events.stream().map(event -> new FigureRecord(Type.EVENT, event.id(),
                event.title() + " — " + FrenchDates.format(event.date()))).toList();
    }

    private static <T> List<T> filter(List<T> all, Predicate<T> keep) {
        return all.stream().filter(keep).toList();
    }

    private static Map<String, List<Professional>> groups(List<Professional> all, Function<Professional, String> key) {
        return all.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }

    /** {@code part} of {@code whole} in percent with one decimal; zero of nothing is zero. */
    static BigDecimal percent(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /**
     * The figures as they are computed, in order. The records are made only for those who may see
     * them (not for the funder), and a professional's record once, however many figures count them.
     */
    private static final class Figures {

        private final boolean withRecords;
        private final List<PromeneursFigure> list = new ArrayList<>();
        private final Map<String, FigureRecord> people = new HashMap<>();

        Figures(boolean withRecords) {
            this.withRecords = withRecords;
        }

        void add(PromeneursMeasure measure, @Nullable String qualifier, BigDecimal value,
                Supplier<List<FigureRecord>> records) {
            list.add(new PromeneursFigure(measure, qualifier, value, withRecords ? records.get() : List.of()));
        }

        void people(PromeneursMeasure measure, @Nullable String qualifier, List<Professional> professionals) {
            add(measure, qualifier, BigDecimal.valueOf(professionals.size()), () -> peopleRecords(professionals));
        }

        List<FigureRecord> peopleRecords(List<Professional> professionals) {
            return professionals.stream().map(professional -> people.computeIfAbsent(professional.getId(),
                    id -> new FigureRecord(Type.PROFESSIONAL, id, professional.fullName()))).toList();
        }

        /** The sum of a number over the reports; the records are the reports where it is not zero. */
        void sum(PromeneursMeasure measure, List<MonthFigures> reports, Function<MonthFigures, BigDecimal> value,
                Function<MonthFigures, FigureRecord> record) {
            BigDecimal total = reports.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
            add(measure, null, total, () -> reports.stream().filter(report -> value.apply(report).signum() > 0)
                    .map(record).toList());
        }
    }
}
