package fr.centressociaux.portail.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.benchmark.TimedInTurns.Call;
import fr.centressociaux.portail.promeneurs.PromeneursBulk;
import fr.centressociaux.portail.promeneurs.PromeneursFigure;
import fr.centressociaux.portail.promeneurs.PromeneursFigures;
import fr.centressociaux.portail.promeneurs.PromeneursYear;
import fr.centressociaux.portail.support.PortalRuns;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The Promeneurs du Net yearly figures at ten times the network (730 professionals, 5 years of
 * monthly reports, 500 events with their satisfaction answers, resources) through
 * {@link PromeneursFigures#year} against bare MongoDB queries giving the same numbers, in the same
 * run: one projection of the department's professionals known by the year's end (status figures
 * counted here from the raw status histories), one {@code $group} of the year's events by kind, one
 * {@code $group} of the year's reports, one count of the resources and one {@code $group} of the
 * answered questionnaires. Every figure is compared before timing. Then the history grows tenfold
 * (45 more years of reports, events and answers) and the same year is timed again.
 *
 * <pre>
 * ./mvnw -B -q -o test-compile
 * java -Xmx4g -Dvaadin.productionMode=true -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     fr.centressociaux.portail.benchmark.PromeneursBenchmark [professionals years-of-history events-a-year iterations]
 * </pre>
 *
 * Defaults: 730 5 100 15. Results and how to read them: docs/benchmarks.md. Asserts the goals of
 * issue 12 (≤ 1.5× the bare queries; ≤ 1.2× with a tenfold history) and that the figures agree.
 */
public final class PromeneursBenchmark {

    private static final long SEED = 20_261_207L;
    private static final Department DEPARTMENT = Department.PAS_DE_CALAIS;
    private static final int RESOURCES_A_YEAR = 12;

    private PromeneursBenchmark() {
    }

    public static void main(String[] args) {
        int professionals = args.length > 0 ? Integer.parseInt(args[0]) : 730;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int eventsAYear = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        boolean met;
        try (ConfigurableApplicationContext portal = PortalRuns.start(PortalRuns.freshEmbeddedDatabase(),
                "logging.level.root=warn", "vaadin.devmode.devTools.enabled=false")) {
            met = new Run(portal, professionals, years, eventsAYear, iterations).measure();
        }
        System.exit(met ? 0 : 1);
    }

    private static final class Run {

        private final MongoOperations mongo;
        private final ConversionService conversions;
        private final PromeneursFigures figures;
        private final AccountFixtures accounts;
        private final List<String> territoryIds;
        private final int lastYear;
        private final int lastMonth;
        private final int firstYear;
        private final int year;
        private final int professionalCount;
        private final int eventsAYear;
        private final int iterations;
        private final PromeneursBulk bulk;

        Run(ConfigurableApplicationContext portal, int professionals, int years, int eventsAYear, int iterations) {
            this.mongo = portal.getBean(MongoOperations.class);
            this.conversions = mongo.getConverter().getConversionService();
            this.figures = portal.getBean(PromeneursFigures.class);
            this.accounts = new AccountFixtures(portal.getBean(AccountRepository.class),
                    portal.getBean(PasswordEncoder.class));
            LocalDate today = LocalDate.now(portal.getBean(Clock.class));
            this.lastYear = today.getYear();
            this.lastMonth = Math.max(1, today.getMonthValue() - 1);
            this.firstYear = lastYear - years + 1;
            this.year = lastYear - 1;
            this.territoryIds = portal.getBean(TerritoryService.class).validOn(LocalDate.of(year, 12, 31)).stream()
                    .filter(territory -> territory.getDepartment() == DEPARTMENT).map(Territory::getId).toList();
            this.professionalCount = professionals;
            this.eventsAYear = eventsAYear;
            this.iterations = iterations;
            this.bulk = new PromeneursBulk(mongo, DEPARTMENT, territoryIds, SEED);
        }

        boolean measure() {
            long start = System.nanoTime();
            bulk.professionals(professionalCount, LocalDate.of(firstYear - 2, 1, 1), LocalDate.of(lastYear, 6, 30));
            int reports = history(firstYear, lastYear, true);
            System.out.printf(Locale.ROOT, "%nInserted %d professionals, %d monthly reports, %d events (%d-%d) in %.1f s%n",
                    professionalCount, reports, eventsAYear * (lastYear - firstYear + 1), firstYear, lastYear,
                    (System.nanoTime() - start) / 1e9);
            Account coordinator = accounts.active(Role.PDN_COORDINATOR);
            Account funder = accounts.active(Role.FUNDER, AccountScope.funderOf(DEPARTMENT.code()));

            boolean same = checkSame(coordinator, funder);
            double shortCoordinator = time(coordinator, funder, lastYear - firstYear + 1);

            start = System.nanoTime();
            int olderYears = 9 * (lastYear - firstYear + 1);
            int older = history(firstYear - olderYears, firstYear - 1, false);
            System.out.printf(Locale.ROOT, "%nAdded %d years (%d-%d, %d reports) in %.1f s: history %dx%n", olderYears,
                    firstYear - olderYears, firstYear - 1, older, (System.nanoTime() - start) / 1e9,
                    (olderYears + lastYear - firstYear + 1) / (lastYear - firstYear + 1));
            same &= checkSame(coordinator, funder);
            double longCoordinator = time(coordinator, funder, olderYears + lastYear - firstYear + 1);
            double growth = longCoordinator / shortCoordinator;
            System.out.printf(Locale.ROOT, "%nFigures %d with a tenfold history / with %d years: %.2f%n", year,
                    lastYear - firstYear + 1, growth);
            boolean met = same && ratio <= 1.5 && growth <= 1.2;
            System.out.printf(Locale.ROOT, "Goals: same figures %s, service / bare %.2f (≤ 1.5), history %.2f (≤ 1.2): %s%n",
                    same, ratio, growth, met ? "met" : "NOT MET");
            return met;
        }

        private double ratio;

        /** Times the service (coordinator with records, funder counts only) against the bare queries; keeps the first ratio. */
        private double time(Account coordinator, Account funder, int yearsInDatabase) {
            System.out.printf(Locale.ROOT, "%n%-58s %10s %10s %8s%n", "per call (ms), " + yearsInDatabase
                    + " years in the database", "median", "p95", "ratio");
            double[] medians = TimedInTurns.medians("figures", List.of(
                    new Call("PromeneursFigures.year, coordinator (records)",
                            () -> as(coordinator, () -> figures.year(year, DEPARTMENT))),
                    new Call("bare: projection + 4 aggregations", this::bare)), iterations,
                    Math.max(3, iterations / 5), 58);
            TimedInTurns.compare("figures", List.of(
                    new Call("PromeneursFigures.year, funder (counts)", () -> as(funder, () -> figures.year(year, DEPARTMENT))),
                    new Call("bare: projection + 4 aggregations", this::bare)), iterations, Math.max(3, iterations / 5), 58);
            if (ratio == 0) {
                ratio = medians[0] / medians[1];
            }
            AccountFixtures.actAsNobody();
            return medians[0];
        }

        /** Reports, events with answers and resources for the years; older years report for every professional. */
        private int history(int from, int to, boolean whileLabelled) {
            int reports = 0;
            for (int each = from; each <= to; each++) {
                reports += bulk.reports(each, each == lastYear ? lastMonth : 12, whileLabelled);
                bulk.events(each, eventsAYear);
                bulk.resources(each, RESOURCES_A_YEAR);
            }
            return reports;
        }

        private boolean checkSame(Account coordinator, Account funder) {
            Map<String, BigDecimal> bare = bare();
            Map<String, BigDecimal> asCoordinator = values(as(coordinator, () -> figures.year(year, DEPARTMENT)));
            Map<String, BigDecimal> asFunder = values(as(funder, () -> figures.year(year, DEPARTMENT)));
            AccountFixtures.actAsNobody();
            boolean same = asCoordinator.equals(bare) && asFunder.equals(bare);
            System.out.printf(Locale.ROOT, "Figures %d, %s: %d non-zero figures, e.g. labelled on 31 December %s, "
                    + "reports %s, hours online %s, satisfaction %s; same from service and bare queries: %s%n", year,
                    DEPARTMENT, bare.size(), bare.get("LABELLED_AT_YEAR_END"), bare.get("ACTIVITY_REPORTS"),
                    bare.get("HOURS_ONLINE"), bare.get("SATISFACTION_AVERAGE"), same);
            if (!same) {
                System.out.println("DIFFERENT: service " + asCoordinator + "\nbare    " + bare);
            }
            return same;
        }

        private static Map<String, BigDecimal> values(PromeneursYear figures) {
            Map<String, BigDecimal> values = new TreeMap<>();
            for (PromeneursFigure figure : figures.figures()) {
                put(values, figure.measure().name() + (figure.qualifier() == null ? "" : "." + figure.qualifier()),
                        figure.value());
            }
            return values;
        }

        // The bare route: raw documents, the numbers only.

        private Map<String, BigDecimal> bare() {
            Map<String, BigDecimal> values = new TreeMap<>();
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            Query known = new Query(Criteria.where("department").is(DEPARTMENT.name()).and("statusHistory.on")
                    .lte(date(last)));
            known.fields().include("statusHistory", "employer", "territoryHistory");
            new BareStatuses(first, last).count(mongo.find(known, Document.class, "pdn_professionals"), values);
            bareEvents(values);
            bareReports(values);
            put(values, "RESOURCES_MADE_AVAILABLE", BigDecimal.valueOf(mongo.count(new Query(Criteria
                    .where("department").is(DEPARTMENT.name()).and("publishedOn").gte(date(first)).lte(date(last))),
                    "pdn_resources")));
            bareSatisfaction(values);
            return values;
        }

        /**
         * The network's events are meetings of its kinds (DD015): the year's meetings of the
         * department by kind, and the present participant rows of the year from another module's
         * register, grouped by meeting.
         */
        private void bareEvents(Map<String, BigDecimal> values) {
            Map<String, String> kindCodes = new HashMap<>();
            mongo.find(new Query(Criteria.where("type").is("KIND").and("code").ne(null)), Document.class,
                    "meeting_terms").forEach(term -> kindCodes.put(term.getObjectId("_id").toHexString(),
                    term.getString("code")));
            Aggregation presentByMeeting = Aggregation.newAggregation(
                    Aggregation.match(Criteria.where("year").is(year).and("externalPersonId").ne(null)
                            .and("presence").is("PRESENT")),
                    Aggregation.group("meetingId").count().as("present"));
            Map<String, Long> present = new HashMap<>();
            for (Document meeting : mongo.aggregate(presentByMeeting, "meeting_participants", Document.class)) {
                present.put(meeting.getString("_id"), ((Number) meeting.get("present")).longValue());
            }
            Query yearMeetings = new Query(Criteria.where("promeneursDuNet").is(true).and("year").is(year)
                    .and("departments").is(DEPARTMENT.name()).and("status").ne("CANCELLED"));
            yearMeetings.fields().include("kindId");
            Map<String, long[]> byKind = new HashMap<>();
            for (Document meeting : mongo.find(yearMeetings, Document.class, "meetings")) {
                long[] counts = byKind.computeIfAbsent(kindCodes.get(meeting.getString("kindId")), kind -> new long[2]);
                counts[0]++;
                counts[1] += present.getOrDefault(meeting.getObjectId("_id").toHexString(), 0L);
            }
            long events = 0;
            long participants = 0;
            for (Map.Entry<String, long[]> kind : byKind.entrySet()) {
                put(values, "EVENTS." + kind.getKey(), BigDecimal.valueOf(kind.getValue()[0]));
                put(values, "PARTICIPANTS." + kind.getKey(), BigDecimal.valueOf(kind.getValue()[1]));
                events += kind.getValue()[0];
                participants += kind.getValue()[1];
            }
            put(values, "EVENTS", BigDecimal.valueOf(events));
            put(values, "PARTICIPANTS", BigDecimal.valueOf(participants));
        }

        private void bareReports(Map<String, BigDecimal> values) {
            Aggregation sums = Aggregation.newAggregation(
                    Aggregation.match(Criteria.where("department").is(DEPARTMENT.name()).and("year").is(year)),
                    Aggregation.project("individualFollowUps", "collectiveActions", "questionsAsked", "hoursOnline")
                            .and("localEvents").size().as("localEvents"),
                    Aggregation.group().count().as("reports").sum("individualFollowUps").as("followUps")
                            .sum("collectiveActions").as("collective").sum("questionsAsked").as("questions")
                            .sum("localEvents").as("localEvents").push("hoursOnline").as("hours"));
            Document totals = mongo.aggregate(sums, "pdn_activity_reports", Document.class).getUniqueMappedResult();
            if (totals == null) {
                return;
            }
            put(values, "ACTIVITY_REPORTS", number(totals, "reports"));
            put(values, "INDIVIDUAL_FOLLOW_UPS", number(totals, "followUps"));
            put(values, "COLLECTIVE_ACTIONS", number(totals, "collective"));
            put(values, "QUESTIONS_TO_THE_NETWORK", number(totals, "questions"));
            put(values, "LOCAL_EVENTS_SUPPORTED", number(totals, "localEvents"));
            put(values, "HOURS_ONLINE", totals.getList("hours", Object.class).stream()
                    .map(hours -> new BigDecimal(hours.toString())).reduce(BigDecimal.ZERO, BigDecimal::add));
        }

        private void bareSatisfaction(Map<String, BigDecimal> values) {
            Aggregation answered = Aggregation.newAggregation(
                    Aggregation.match(Criteria.where("department").is(DEPARTMENT.name()).and("year").is(year)
                            .and("score").exists(true)),
                    Aggregation.group().count().as("answers").sum("score").as("total"));
            Document totals = mongo.aggregate(answered, "pdn_satisfaction", Document.class).getUniqueMappedResult();
            if (totals != null) {
                BigDecimal answers = number(totals, "answers");
                put(values, "SATISFACTION_ANSWERS", answers);
                put(values, "SATISFACTION_AVERAGE", number(totals, "total").divide(answers, 1, RoundingMode.HALF_UP));
            }
        }

        private Date date(LocalDate day) {
            return conversions.convert(day, Date.class);
        }

        private LocalDate day(Object date) {
            return conversions.convert(date, LocalDate.class);
        }

        private static BigDecimal number(Document document, String key) {
            return new BigDecimal(document.get(key).toString());
        }

        /** Zero values are left out on both sides: a kind nobody had reads the same as one not listed. */
        private static void put(Map<String, BigDecimal> values, String key, BigDecimal value) {
            if (value.signum() != 0) {
                values.put(key, value.stripTrailingZeros());
            }
        }

        private static <T> T as(Account account, Supplier<T> work) {
            AccountFixtures.actAs(account);
            return work.get();
        }

        /** The status figures from the raw status histories, as the register's rules read them. */
        private final class BareStatuses {

            private final LocalDate first;
            private final LocalDate last;
            private final LocalDate dayBefore;

            BareStatuses(LocalDate first, LocalDate last) {
                this.first = first;
                this.last = last;
                this.dayBefore = first.minusDays(1);
            }

            void count(List<Document> professionals, Map<String, BigDecimal> values) {
                int atStart = 0;
                int atEnd = 0;
                int joined = 0;
                int left = 0;
                int inCentres = 0;
                Map<String, Integer> reasons = new HashMap<>();
                Map<String, Integer> territories = new HashMap<>();
                Map<String, Integer> kinds = new HashMap<>();
                Set<String> employers = new HashSet<>();
                for (Document professional : professionals) {
                    List<Document> history = professional.getList("statusHistory", Document.class);
                    Document employer = professional.get("employer", Document.class);
                    atStart += labelledOn(history, dayBefore) ? 1 : 0;
                    boolean joins = false;
                    String leaves = null;
                    boolean open = false;
                    for (Document change : history) {
                        LocalDate on = day(change.get("on"));
                        String status = change.getString("status");
                        if ("LABELLED".equals(status) && !open) {
                            open = true;
                            joins |= !on.isBefore(first) && !on.isAfter(last);
                        } else if ("LEFT".equals(status) && open) {
                            open = false;
                            if (leaves == null && !on.isBefore(first) && !on.isAfter(last)) {
                                leaves = change.getString("reason") == null ? "OTHER" : change.getString("reason");
                            }
                        }
                    }
                    joined += joins ? 1 : 0;
                    if (leaves != null) {
                        left++;
                        reasons.merge(leaves, 1, Integer::sum);
                    }
                    if (labelledOn(history, last)) {
                        atEnd++;
                        boolean centre = employer.getString("centreId") != null;
                        inCentres += centre ? 1 : 0;
                        territories.merge(territoryOn(professional.getList("territoryHistory", Document.class)), 1,
                                Integer::sum);
                        kinds.merge(employer.getString("kind"), 1, Integer::sum);
                        employers.add(centre ? "centre:" + employer.getString("centreId")
                                : "structure:" + employer.getString("structureId"));
                    }
                }
                put(values, "LABELLED_AT_YEAR_START", BigDecimal.valueOf(atStart));
                put(values, "LABELLED_AT_YEAR_END", BigDecimal.valueOf(atEnd));
                put(values, "NEWLY_LABELLED", BigDecimal.valueOf(joined));
                put(values, "LEFT", BigDecimal.valueOf(left));
                reasons.forEach((reason, count) -> put(values, "LEFT_BY_REASON." + reason, BigDecimal.valueOf(count)));
                put(values, "TURNOVER_RATE", percent(left, atStart));
                put(values, "SHARE_IN_MEMBER_CENTRES", percent(inCentres, atEnd));
                territories.forEach((id, count) -> put(values, "LABELLED_BY_TERRITORY." + id, BigDecimal.valueOf(count)));
                kinds.forEach((kind, count) -> put(values, "LABELLED_BY_STRUCTURE_KIND." + kind, BigDecimal.valueOf(count)));
                put(values, "EMPLOYERS", BigDecimal.valueOf(employers.size()));
                put(values, "TERRITORIES_COVERED", BigDecimal.valueOf(territories.keySet().stream()
                        .filter(territoryIds::contains).count()));
            }

            private boolean labelledOn(List<Document> history, LocalDate date) {
                String found = null;
                for (Document change : history) {
                    if (!day(change.get("on")).isAfter(date)) {
                        found = change.getString("status");
                    }
                }
                return "LABELLED".equals(found) || "SUSPENDED".equals(found);
            }

            private String territoryOn(List<Document> history) {
                for (Document period : history) {
                    LocalDate from = day(period.get("from"));
                    LocalDate to = period.get("to") == null ? null : day(period.get("to"));
                    if (!last.isBefore(from) && (to == null || !last.isAfter(to))) {
                        return period.getString("territoryId");
                    }
                }
                return "-";
            }

            private static BigDecimal percent(int part, int whole) {
                return whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
            }
        }
    }
}
