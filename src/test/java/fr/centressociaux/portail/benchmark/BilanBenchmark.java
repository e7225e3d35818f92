package fr.centressociaux.portail.benchmark;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.MembershipStatus;
import fr.centressociaux.portail.meetings.InvitedCentre;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.MeetingTerm;
import fr.centressociaux.portail.meetings.TermType;
import fr.centressociaux.portail.reporting.Bilan;
import fr.centressociaux.portail.reporting.BilanLine;
import fr.centressociaux.portail.reporting.BilanService;
import fr.centressociaux.portail.reporting.Convention;
import fr.centressociaux.portail.reporting.ConventionDraft;
import fr.centressociaux.portail.reporting.ConventionService;
import fr.centressociaux.portail.reporting.FicheAction;
import fr.centressociaux.portail.reporting.Indicator;
import fr.centressociaux.portail.reporting.Instalment;
import fr.centressociaux.portail.reporting.MeasureCall;
import fr.centressociaux.portail.reporting.MeasureCatalogue;
import fr.centressociaux.portail.reporting.Objective;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.support.PortalRuns;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import fr.centressociaux.portail.trainings.SessionDay;
import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingAudience;
import fr.centressociaux.portail.trainings.TrainingBulk;
import fr.centressociaux.portail.trainings.TrainingFamily;
import fr.centressociaux.portail.trainings.TrainingSession;
import fr.centressociaux.portail.benchmark.TimedInTurns.Call;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The whole bilan of a year ({@link BilanService#live}) of a convention shaped like the
 * federation's Pas-de-Calais one (DemoConventions, DD013), restricted to its meetings and trainings
 * indicators: per territory of the Pas-de-Calais, territorial assemblies, directors' and chairs'
 * meetings; the network's directors' meetings, partner bodies, thematic commissions; participants
 * (all, and the Pas-de-Calais' own), Pas-de-Calais centres represented and their rate, centres
 * represented at territorial assemblies; employees and volunteers trained, sessions and trainee
 * hours of the Pas-de-Calais. Timed against bare MongoDB
 * aggregations computing the same figures (the year and the year before, as the bilan shows them):
 * one aggregation of the scheduled meetings of both years projecting what the figures need, added up
 * by hand, and per year the training
 * bilan's pipeline written by hand (one {@code $match}, one {@code $group} collecting distinct
 * people, centres and sessions, summing minutes). The figures are compared equal before timing.
 *
 * <p>Then the history: the database first holds only the two years the bilan reads; older years of
 * the same density are added and the same bilan is timed again (the ratio is the cost of a longer
 * history). Prints figures; asserts nothing; never part of {@code verify}.
 *
 * <pre>
 * java ... fr.centressociaux.portail.benchmark.BilanBenchmark \
 *     &lt;centres&gt; &lt;meetings a year&gt; &lt;sessions a year&gt; &lt;enrolments a year&gt; &lt;older years&gt; &lt;iterations&gt;
 * # 10x, 5 years: 1800 1200 300 6000 3 15      small: 180 120 30 600 3 9
 * </pre>
 *
 * Results and how to read them: docs/benchmarks.md.
 */
public final class BilanBenchmark {

    private static final int YEAR = 2024;
    /**
     * Documents per {@code insertMany}: a few large batches rather than many small ones, so writing
     * 18 older years of the 10x network stays a few dozen round trips on a loaded machine.
     */
    private static final int BATCH = 5_000;
    /** Meetings weigh more (a territory's invited centres): 500 stay well under a wire message's 48 MB. */
    private static final int MEETING_BATCH = 500;
    private static final long SEED = 20_261_207L;
    private static final List<String> TERRITORIAL = List.of("TERRITORIAL_ASSEMBLY", "DIRECTORS", "CHAIRS");
    private static final List<String> WIDE = List.of("NETWORK_DIRECTORS", "PARTNER_BODY", "THEMATIC_COMMISSION");

    private BilanBenchmark() {
    }

    public static void main(String[] args) {
        int centres = args.length > 0 ? Integer.parseInt(args[0]) : 1_800;
        int meetings = args.length > 1 ? Integer.parseInt(args[1]) : 1_200;
        int sessions = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int enrolments = args.length > 3 ? Integer.parseInt(args[3]) : 6_000;
        int olderYears = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        int iterations = args.length > 5 ? Integer.parseInt(args[5]) : 15;
        try (ConfigurableApplicationContext portal = PortalRuns.start(PortalRuns.freshEmbeddedDatabase(),
                "logging.level.root=warn", "vaadin.devmode.devTools.enabled=false")) {
            new Run(portal, centres, meetings, sessions, enrolments, olderYears, iterations).measure();
        }
        System.exit(0);
    }

    private static final class Run {

        private final MongoOperations mongo;
        private final BilanService bilans;
        private final ConventionService conventions;
        private final MeasureCatalogue catalogue;
        private final TrainingBulk bulk;
        private final AccountFixtures accounts;
        private final List<Territory> territories;
        private final int centreCount;
        private final int meetingsPerYear;
        private final int sessionsPerYear;
        private final int enrolmentsPerYear;
        private final int olderYears;
        private final int iterations;
        private final Random random = new Random(SEED);
        private final Map<String, String> kindIds = new HashMap<>();
        private final List<Centre> centres = new ArrayList<>();
        private final Map<String, List<InvitedCentre>> byTerritory = new LinkedHashMap<>();
        /** Per indicator id, the figure the bare aggregations give for a year. */
        private final Map<String, Function<YearFigures, Double>> expected = new LinkedHashMap<>();

        Run(ConfigurableApplicationContext portal, int centres, int meetings, int sessions, int enrolments,
                int olderYears, int iterations) {
            this.mongo = portal.getBean(MongoOperations.class);
            this.bilans = portal.getBean(BilanService.class);
            this.conventions = portal.getBean(ConventionService.class);
            this.catalogue = portal.getBean(MeasureCatalogue.class);
            this.bulk = new TrainingBulk(mongo.getConverter());
            this.accounts = new AccountFixtures(portal.getBean(AccountRepository.class),
                    portal.getBean(PasswordEncoder.class));
            this.territories = portal.getBean(TerritoryService.class).validOn(LocalDate.of(YEAR, 6, 1));
            this.centreCount = centres;
            this.meetingsPerYear = meetings;
            this.sessionsPerYear = sessions;
            this.enrolmentsPerYear = enrolments;
            this.olderYears = olderYears;
            this.iterations = iterations;
        }

        void measure() {
            mongo.find(Query.query(Criteria.where("type").is(TermType.KIND)), MeetingTerm.class)
                    .forEach(term -> kindIds.put(term.getCode(), term.getId()));
            long start = System.nanoTime();
            insertCentres();
            for (int year = YEAR - 1; year <= YEAR; year++) {
                insertYear(year);
            }
            System.out.printf(Locale.ROOT, "%nInserted %d centres and years %d-%d (%d meetings, %d sessions, "
                    + "%d enrolments a year) in %.1f s%n", centreCount, YEAR - 1, YEAR, meetingsPerYear,
                    sessionsPerYear, enrolmentsPerYear, (System.nanoTime() - start) / 1e9);
            AccountFixtures.actAs(accounts.active(Role.ADMIN));
            String conventionId = convention();

            Bilan bilan = bilans.live(conventionId, YEAR);
            BareFigures bare = bare();
            System.out.printf(Locale.ROOT, "Bilan %d: %d indicators, each for %d and %d%n", YEAR,
                    bilan.lines().size(), YEAR, YEAR - 1);
            System.out.printf(Locale.ROOT, "Same figures, BilanService and bare aggregations: %s%n%n",
                    same(bilan, bare, true));
            System.out.printf(Locale.ROOT, "%-52s %10s %10s %8s   load average %s%n",
                    "per bilan (ms), 2 years in the database", "median", "p95", "ratio", loadAverage());
            double shortHistory = compare("whole", wholeBilan(conventionId));
            System.out.printf(Locale.ROOT, "%n%-52s %10s %10s %8s%n", "per part (ms), each for 2 years", "median",
                    "p95", "");
            Bilan sample = bilans.live(conventionId, YEAR);
            MeasureCall meetingLine = sample.lines().getFirst().indicator().measure();
            MeasureCall trainingLine = sample.lines().getLast().indicator().measure();
            // Fewer turns for the parts: they explain the whole, the ratios are the whole's.
            TimedInTurns.compare("part", List.of(
                    new Call("whole bilan, every record built (export)", () -> everyRecord(conventionId)),
                    new Call("one meetings.count line (catalogue)", () -> twice(meetingLine)),
                    new Call("one trainings.hours line (catalogue)", () -> twice(trainingLine)),
                    new Call("bare: all meeting counts, one $group", () -> {
                        bareMeetings(new HashMap<>());
                        return null;
                    }),
                    new Call("bare: training figures, two pipelines", () -> {
                        trainings(YEAR - 1, new YearFigures());
                        trainings(YEAR, new YearFigures());
                        return null;
                    })), Math.max(3, iterations / 3), 1, 52);

            AccountFixtures.actAsNobody();
            start = System.nanoTime();
            for (int year = YEAR - 1 - olderYears; year < YEAR - 1; year++) {
                insertYear(year);
            }
            System.out.printf(Locale.ROOT, "%nAdded years %d-%d in %.1f s: history %d years, %.1fx%n",
                    YEAR - 1 - olderYears, YEAR - 2, (System.nanoTime() - start) / 1e9, olderYears + 2,
                    (olderYears + 2) / 2.0);
            AccountFixtures.actAs(accounts.active(Role.ADMIN));
            System.out.printf(Locale.ROOT, "Same figures, BilanService and bare aggregations: %s%n%n",
                    same(bilans.live(conventionId, YEAR), bare(), false));
            System.out.printf(Locale.ROOT, "%-52s %10s %10s %8s   load average %s%n", "per bilan (ms), "
                    + (olderYears + 2) + " years in the database", "median", "p95", "ratio", loadAverage());
            double longHistory = compare("whole", wholeBilan(conventionId));
            AccountFixtures.actAsNobody();
            System.out.printf(Locale.ROOT, "%nBilan %d with %d years of history / with 2 years: %.2f%n", YEAR,
                    olderYears + 2, longHistory / shortHistory);
            System.out.println("ratio = BilanService.live's median / the bare aggregations' median");
        }

        /** The bilan as its page computes it (figures; records built when a drill-down asks), and the bare route. */
        private List<Call> wholeBilan(String conventionId) {
            return List.of(new Call("BilanService.live", () -> bilans.live(conventionId, YEAR)),
                    new Call("bare aggregations, same figures", this::bare));
        }

        /** The bilan with every line's records built, as an export or a submission reads them. */
        private int everyRecord(String conventionId) {
            Bilan bilan = bilans.live(conventionId, YEAR);
            return bilan.lines().stream().mapToInt(line -> line.current().records().size()
                    + line.previous().records().size()).sum();
        }

        /** The machine's load average over 1, 5 and 15 minutes: the ratios are fair, the times depend on it. */
        private static String loadAverage() {
            try {
                String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
                return load[0] + " " + load[1] + " " + load[2];
            } catch (IOException | RuntimeException unknown) {
                return "unknown";
            }
        }

        // The convention: the meetings and trainings indicators of the federation's demo one

        private String convention() {
            Convention convention = conventions.create(new ConventionDraft(Department.PAS_DE_CALAIS,
                    "Fédération (banc d’essai)", YEAR, YEAR, new BigDecimal("40000"),
                    List.of(new Instalment(70, Instalment.PaymentTrigger.SIGNATURE),
                            new Instalment(30, Instalment.PaymentTrigger.BILAN_VALIDATED)),
                    LocalDate.of(YEAR + 1, 6, 30)));
            List<Indicator> network = new ArrayList<>();
            for (Territory territory : territories) {
                if (territory.getDepartment() != Department.PAS_DE_CALAIS) {
                    continue;
                }
                for (String kind : TERRITORIAL) {
                    network.add(count(kind + " — " + territory.getCode(), kind, territory));
                }
            }
            for (String kind : WIDE) {
                network.add(count(kind, kind, null));
            }
            network.add(participants("Participants aux réunions des directions du réseau", "NETWORK_DIRECTORS", null));
            network.add(participants("… dont du Pas-de-Calais", "NETWORK_DIRECTORS", Department.PAS_DE_CALAIS));
            network.add(participants("Participants aux commissions (Pas-de-Calais)", "THEMATIC_COMMISSION",
                    Department.PAS_DE_CALAIS));
            network.add(indicator("Centres du Pas-de-Calais représentés au moins une fois",
                    MeasureCall.of("meetings.centres-represented", MeasureArguments.of("department", "62")),
                    figures -> (double) represented(figures, null, Department.PAS_DE_CALAIS).size()));
            network.add(indicator("Taux de centres du Pas-de-Calais représentés",
                    MeasureCall.of("meetings.centres-rate", MeasureArguments.of("department", "62")),
                    figures -> rate(figures, Department.PAS_DE_CALAIS)));
            network.add(indicator("Centres représentés aux assemblées territoriales",
                    MeasureCall.of("meetings.centres-represented", MeasureArguments.of("kinds", "TERRITORIAL_ASSEMBLY")),
                    figures -> (double) represented(figures, kindIds.get("TERRITORIAL_ASSEMBLY"), null).size()));
            MeasureArguments pasDeCalais = MeasureArguments.of("department", "62");
            List<Indicator> training = List.of(
                    indicator("Salariés formés", MeasureCall.of("trainings.trainees",
                            pasDeCalais.with("participantKinds", "EMPLOYEE")), figures -> (double) figures.employees),
                    indicator("Bénévoles formés", MeasureCall.of("trainings.trainees",
                            pasDeCalais.with("participantKinds", "VOLUNTEER")), figures -> (double) figures.volunteers),
                    indicator("Sessions de formation", MeasureCall.of("trainings.sessions", pasDeCalais),
                            figures -> (double) figures.sessions),
                    indicator("Heures stagiaires", MeasureCall.of("trainings.hours", pasDeCalais),
                            figures -> figures.minutes / 60.0));
            Convention saved = conventions.replaceFiches(convention.getId(), convention.getVersion(), List.of(
                    new FicheAction("Soutenir et animer le réseau départemental", List.of(
                            new Objective("Animer les instances départementales et territoriales", network),
                            new Objective("Former, qualifier et outiller les acteurs", training)))));
            // The indicators get their ids when saved: key the expectations by position.
            List<Indicator> savedIndicators = saved.getFiches().stream().flatMap(fiche -> fiche.objectives().stream())
                    .flatMap(objective -> objective.indicators().stream()).toList();
            List<Function<YearFigures, Double>> inOrder = new ArrayList<>(expected.values());
            expected.clear();
            for (int i = 0; i < savedIndicators.size(); i++) {
                expected.put(savedIndicators.get(i).id(), inOrder.get(i));
            }
            return saved.getId();
        }

        private Indicator count(String label, String kind, Territory territory) {
            MeasureArguments arguments = MeasureArguments.of("kinds", kind);
            String kindId = kindIds.get(kind);
            String territoryId = territory == null ? null : territory.getId();
            return indicator(label, MeasureCall.of("meetings.count", territory == null ? arguments
                    : arguments.with("territories", territory.getCode())), figures -> (double) figures.meetings
                            .stream().filter(meeting -> meeting.of(kindId, territoryId, null)).count());
        }

        /** People present at the meetings of a kind, of the department only when one is given. */
        private Indicator participants(String label, String kind, Department department) {
            MeasureArguments arguments = MeasureArguments.of("kinds", kind);
            String kindId = kindIds.get(kind);
            return indicator(label, MeasureCall.of("meetings.participants", department == null ? arguments
                    : arguments.with("department", department.code())), figures -> (double) figures.meetings.stream()
                            .filter(meeting -> meeting.of(kindId, null, department))
                            .mapToInt(meeting -> meeting.people(department)).sum());
        }

        /** Distinct centres represented at least once at the meetings selected (the department's own, when given). */
        private static Set<String> represented(YearFigures figures, String kindId, Department department) {
            Set<String> centres = new HashSet<>();
            figures.meetings.stream().filter(meeting -> meeting.of(kindId, null, department))
                    .forEach(meeting -> centres.addAll(meeting.came(department != null)));
            return centres;
        }

        /** The distinct centres of the department represented out of its distinct centres invited, whole percent. */
        private static double rate(YearFigures figures, Department department) {
            Set<String> invited = new HashSet<>();
            figures.meetings.stream().filter(meeting -> meeting.of(null, null, department))
                    .forEach(meeting -> invited.addAll(meeting.invitedOfPasDeCalais()));
            return invited.isEmpty() ? 0 : Math.round(100.0 * represented(figures, null, department).size() / invited.size());
        }

        private Indicator indicator(String label, MeasureCall measure, Function<YearFigures, Double> bare) {
            Indicator indicator = Indicator.of(label, measure);
            expected.put(label + "#" + expected.size(), bare);
            return indicator;
        }

        // Setup, in bulk

        private void insertCentres() {
            List<Centre> batch = new ArrayList<>();
            for (int i = 0; i < centreCount; i++) {
                Territory territory = territories.get(i % territories.size());
                boolean nord = territory.getDepartment() == Department.NORD;
                batch.add(CentreFixtures.unsaved("Centre social n° " + i, nord ? "59000" : "62000",
                        "Commune " + (i % 97), Objects.requireNonNull(territory.getId()), LocalDate.of(2000, 1, 1),
                        YEAR, List.of(MembershipStatus.MEMBER)));
                if (batch.size() == 500 || i == centreCount - 1) {
                    for (Centre centre : mongo.insert(batch, Centre.class)) {
                        centres.add(centre);
                        String territoryId = centre.getTerritoryHistory().getLast().territoryId();
                        byTerritory.computeIfAbsent(territoryId, id -> new ArrayList<>()).add(new InvitedCentre(
                                Objects.requireNonNull(centre.getId()), centre.getProfile().name(), territoryId,
                                centre.getDepartment()));
                    }
                    batch.clear();
                }
            }
        }

        private void insertYear(int year) {
            insertMeetings(year);
            List<Training> trainings = insertTrainings(year);
            insertEnrolments(insertSessions(year, trainings));
        }

        /**
         * 90 % territory meetings of the three territorial kinds, the rest network-wide; 2 % cancelled.
         * Each carries the counts the portal keeps on a meeting (DD006): people present by kind and
         * department (a territory meeting: one or two people from 20 to 60 % of its invited centres,
         * all represented; a network meeting: 10 to 60 people of both departments, no centre invited).
         */
        private void insertMeetings(int year) {
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < meetingsPerYear; i++) {
                LocalDate date = weekday(year);
                Meeting meeting;
                Map<String, Integer> present = new HashMap<>();
                List<String> represented = new ArrayList<>();
                if (random.nextInt(100) < 90) {
                    Territory territory = territories.get(random.nextInt(territories.size()));
                    String id = Objects.requireNonNull(territory.getId());
                    List<InvitedCentre> invited = byTerritory.getOrDefault(id, List.of());
                    meeting = MeetingFixtures.unsaved(kindIds.get(TERRITORIAL.get(random.nextInt(TERRITORIAL.size()))),
                            "Réunion " + year + "-" + i, MeetingScope.territory(id), date,
                            List.of(territory.getDepartment()), List.of(id), invited);
                    int share = 20 + random.nextInt(41);
                    for (InvitedCentre centre : invited) {
                        if (random.nextInt(100) < share) {
                            represented.add(centre.centreId());
                            present.merge(cell(random.nextInt(3) == 0 ? ParticipantKind.VOLUNTEER : ParticipantKind.EMPLOYEE,
                                    centre.department()), 1 + random.nextInt(2), Integer::sum);
                        }
                    }
                } else {
                    meeting = MeetingFixtures.unsaved(kindIds.get(WIDE.get(random.nextInt(WIDE.size()))),
                            "Réunion " + year + "-" + i, MeetingScope.network(), date,
                            List.of(Department.values()), territories.stream().map(Territory::getId).toList(),
                            List.of());
                    for (int person = 10 + random.nextInt(51); person > 0; person--) {
                        present.merge(cell(ParticipantKind.values()[random.nextInt(ParticipantKind.values().length)],
                                Department.values()[random.nextInt(Department.values().length)]), 1, Integer::sum);
                    }
                }
                if (random.nextInt(100) < 2) {
                    MeetingFixtures.cancel(meeting);
                }
                Document document = new Document();
                mongo.getConverter().write(meeting, document);
                document.put("namedPresent", new Document(new LinkedHashMap<>(present)));
                document.put("representedCentreIds", represented);
                batch.add(document);
                if (batch.size() == MEETING_BATCH || i == meetingsPerYear - 1) {
                    mongo.getCollection("meetings").insertMany(batch);
                    batch = new ArrayList<>();
                }
            }
        }

        /** A cell of a meeting's named counts, as the meetings module keys them ("EMPLOYEE:PAS_DE_CALAIS"). */
        private static String cell(ParticipantKind kind, Department department) {
            return kind.name() + ":" + department.name();
        }

        private List<Training> insertTrainings(int year) {
            List<Training> trainings = new ArrayList<>();
            for (int i = 0; i < Math.max(1, sessionsPerYear / 10); i++) {
                trainings.add(TrainingBulk.training(year, "Formation " + year + "-" + i,
                        TrainingFamily.values()[i % TrainingFamily.values().length], TrainingAudience.BOTH, null));
            }
            return new ArrayList<>(mongo.insert(trainings, Training.class));
        }

        private List<TrainingSession> insertSessions(int year, List<Training> trainings) {
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < sessionsPerYear; i++) {
                Training training = trainings.get(i % trainings.size());
                LocalDate first = LocalDate.of(year, 1, 8).plusDays(random.nextInt(330));
                List<SessionDay> days = new ArrayList<>();
                int dayCount = 1 + random.nextInt(3);
                for (int d = 0; d < dayCount; d++) {
                    days.add(new SessionDay(first.plusDays(7L * d), LocalTime.of(9, 0), LocalTime.of(16, 30),
                            "Lieu " + (i % 40)));
                }
                documents.add(bulk.session(training, days, 25, 18, null));
            }
            for (int from = 0; from < documents.size(); from += BATCH) {
                mongo.getCollection(TrainingBulk.SESSIONS).insertMany(documents.subList(from,
                        Math.min(documents.size(), from + BATCH)));
            }
            return documents.stream().map(bulk::read).toList();
        }

        private void insertEnrolments(List<TrainingSession> sessions) {
            new TrainingHistory(mongo, bulk, random, BATCH).insertEnrolments(centres, sessions, enrolmentsPerYear,
                    session -> null);
        }

        private LocalDate weekday(int year) {
            LocalDate date;
            do {
                date = LocalDate.of(year, 1, 1).plusDays(random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
            } while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY);
            return date;
        }

        // The bare aggregations: the same figures for the year and the year before

        private Object twice(MeasureCall call) {
            catalogue.compute(call, YEAR);
            return catalogue.compute(call, YEAR - 1);
        }

        private BareFigures bare() {
            Map<Integer, YearFigures> years = new HashMap<>();
            bareMeetings(years);
            years.forEach(this::trainings);
            return new BareFigures(years);
        }

        /**
         * The scheduled meetings of the year and the year before, in one aggregation projecting what
         * the figures need (kind, territory of the scope, departments, people present by cell,
         * centres represented, the Pas-de-Calais centres invited); the lines add them up by hand.
         */
        private void bareMeetings(Map<Integer, YearFigures> years) {
            for (int year = YEAR - 1; year <= YEAR; year++) {
                years.put(year, new YearFigures());
            }
            Document match = new Document("year", new Document("$in", List.of(YEAR - 1, YEAR)))
                    .append("status", "SCHEDULED");
            Document invited62 = new Document("$filter", new Document("input", "$invitedCentres").append("as", "c")
                    .append("cond", new Document("$eq", List.of("$$c.department", Department.PAS_DE_CALAIS.name()))));
            Document project = new Document("$project", new Document("year", 1).append("kindId", 1)
                    .append("t", "$scope.territoryId").append("departments", 1).append("namedPresent", 1)
                    .append("representedCentreIds", 1).append("invited62", invited62));
            mongo.getCollection("meetings").aggregate(List.of(new Document("$match", match), project)).forEach(row -> {
                Map<String, Integer> present = new HashMap<>();
                Document cells = row.get("namedPresent", Document.class);
                if (cells != null) {
                    cells.forEach((cell, n) -> present.put(cell, ((Number) n).intValue()));
                }
                Set<String> invited = new HashSet<>();
                row.getList("invited62", Document.class, List.of()).forEach(c -> invited.add(c.getString("centreId")));
                years.get(((Number) row.get("year")).intValue()).meetings.add(new MeetingRow(row.getString("kindId"),
                        row.getString("t"), row.getList("departments", String.class, List.of()), present,
                        row.getList("representedCentreIds", String.class, List.of()), invited));
            });
        }

        /** The training bilan's pipeline written out by hand, for the Pas-de-Calais. */
        private void trainings(int year, YearFigures figures) {
            Document match = new Document("year", year).append("status", "ENROLLED")
                    .append("attendedMinutes", new Document("$gt", 0)).append("department", "PAS_DE_CALAIS");
            Document total = mongo.getCollection(TrainingBulk.ENROLMENTS).aggregate(List.of(
                    new Document("$match", match), new Document("$group", new Document("_id", null)
                            .append("employees", new Document("$addToSet", kindOnly("EMPLOYEE")))
                            .append("volunteers", new Document("$addToSet", kindOnly("VOLUNTEER")))
                            .append("sessions", new Document("$addToSet", "$sessionId"))
                            .append("minutes", new Document("$sum", "$attendedMinutes"))))).first();
            if (total != null) {
                figures.employees = sizeWithoutNull(total, "employees");
                figures.volunteers = sizeWithoutNull(total, "volunteers");
                figures.sessions = sizeWithoutNull(total, "sessions");
                figures.minutes = ((Number) total.get("minutes")).longValue();
            }
        }

        private static Document kindOnly(String kind) {
            return new Document("$cond", Arrays.asList(new Document("$eq", List.of("$kind", kind)), "$personKey",
                    null));
        }

        private static int sizeWithoutNull(Document row, String field) {
            return (int) row.getList(field, Object.class).stream().filter(Objects::nonNull).count();
        }

        /** Every line's figure and the year before's against the bare ones; prints the lines once. */
        private boolean same(Bilan bilan, BareFigures bare, boolean print) {
            boolean same = true;
            for (BilanLine line : bilan.lines()) {
                Function<YearFigures, Double> figure = expected.get(line.indicator().id());
                double now = figure.apply(bare.of(YEAR));
                double before = figure.apply(bare.of(YEAR - 1));
                double serviceNow = line.current().number().orElse(Double.NaN);
                double serviceBefore = line.previous().number().orElse(Double.NaN);
                boolean equal = Math.abs(now - serviceNow) < 1e-6 && Math.abs(before - serviceBefore) < 1e-6;
                same &= equal;
                if (print || !equal) {
                    System.out.printf(Locale.ROOT, "  %-40s %10.1f %10.1f   bare %10.1f %10.1f%s%n",
                            line.indicator().label(), serviceNow, serviceBefore, now, before, equal ? "" : "  DIFFERENT");
                }
            }
            return same;
        }

        private double compare(String what, List<Call> calls) {
            return TimedInTurns.compare(what, calls, iterations, Math.max(2, iterations / 5), 52);
        }
    }

    /** One scheduled meeting as the bare aggregation gives it. */
    private record MeetingRow(String kindId, String territoryId, List<String> departments,
            Map<String, Integer> present, List<String> represented, Set<String> invitedOfPasDeCalais) {

        boolean of(String kind, String territory, Department department) {
            return (kind == null || kind.equals(kindId)) && (territory == null || territory.equals(territoryId))
                    && (department == null || departments.contains(department.name()));
        }

        /** People present, of the department only when one is given. */
        int people(Department department) {
            return present.entrySet().stream()
                    .filter(cell -> department == null || cell.getKey().endsWith(":" + department.name()))
                    .mapToInt(Map.Entry::getValue).sum();
        }

        /** Centres represented, of the Pas-de-Calais only when asked. */
        Set<String> came(boolean pasDeCalais) {
            Set<String> came = new HashSet<>(represented);
            if (pasDeCalais) {
                came.retainAll(invitedOfPasDeCalais);
            }
            return came;
        }
    }

    /** The bare figures of one year. */
    private static final class YearFigures {
        final List<MeetingRow> meetings = new ArrayList<>();
        int employees;
        int volunteers;
        int sessions;
        long minutes;
    }

    private record BareFigures(Map<Integer, YearFigures> years) {

        YearFigures of(int year) {
            return years.get(year);
        }
    }
}
