package fr.centressociaux.portail.benchmark;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.MembershipStatus;
import fr.centressociaux.portail.support.PortalRuns;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import fr.centressociaux.portail.trainings.Fosfora;
import fr.centressociaux.portail.trainings.FosforaFigures;
import fr.centressociaux.portail.trainings.FosforaLine;
import fr.centressociaux.portail.trainings.FosforaTable;
import fr.centressociaux.portail.trainings.SessionDay;
import fr.centressociaux.portail.trainings.TraineeCounts;
import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingAudience;
import fr.centressociaux.portail.trainings.TrainingBilan;
import fr.centressociaux.portail.trainings.TrainingBilans;
import fr.centressociaux.portail.trainings.TrainingBulk;
import fr.centressociaux.portail.trainings.TrainingFamily;
import fr.centressociaux.portail.trainings.TrainingSession;
import fr.centressociaux.portail.benchmark.TimedInTurns.Call;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The yearly training bilan and FOSFORA table at ten times the network (1,800 centres, 3,000
 * sessions over two years, 60,000 enrolments) through the services ({@link TrainingBilans#bilan},
 * {@link Fosfora#table}: method security, the aggregation, the titles and session amounts joined,
 * the records built) against bare aggregations computing the same numbers, in the same run: the
 * service's own pipelines written out by hand (the ratio is the service's cost), and the way a first
 * version counted (a {@code $facet} of two-stage counting groups, the sessions summed by the
 * database), which also checks the figures by another route. Prints figures and whether all give the
 * same figures; asserts nothing; never part of {@code verify}.
 *
 * <pre>
 * ./mvnw -B -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=fr.centressociaux.portail.benchmark.TrainingBilanBenchmark [-Dexec.args="1800 3000 60000 15"]
 * </pre>
 *
 * Arguments: centres, sessions, enrolments, iterations. Results and how to read them:
 * docs/benchmarks.md.
 */
public final class TrainingBilanBenchmark {

    private static final int YEAR = 2024;
    private static final int BATCH = 2_000;
    private static final long SEED = 20_241_123L;

    private TrainingBilanBenchmark() {
    }

    public static void main(String[] args) {
        int centres = args.length > 0 ? Integer.parseInt(args[0]) : 1_800;
        int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        int enrolments = args.length > 2 ? Integer.parseInt(args[2]) : 60_000;
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        try (ConfigurableApplicationContext portal = PortalRuns.start(PortalRuns.freshEmbeddedDatabase(),
                "logging.level.root=warn", "vaadin.devmode.devTools.enabled=false")) {
            new Run(portal, centres, sessions, enrolments, iterations).measure();
        }
        System.exit(0);
    }

    private static final class Run {

        private final MongoOperations mongo;
        private final TrainingBilans bilans;
        private final Fosfora fosfora;
        private final TrainingBulk bulk;
        private final AccountFixtures accounts;
        private final List<Territory> territories;
        private final int centreCount;
        private final int sessionCount;
        private final int enrolmentCount;
        private final int iterations;
        private final Random random = new Random(SEED);

        Run(ConfigurableApplicationContext portal, int centres, int sessions, int enrolments, int iterations) {
            this.mongo = portal.getBean(MongoOperations.class);
            this.bilans = portal.getBean(TrainingBilans.class);
            this.fosfora = portal.getBean(Fosfora.class);
            this.bulk = new TrainingBulk(mongo.getConverter());
            this.accounts = new AccountFixtures(portal.getBean(AccountRepository.class),
                    portal.getBean(PasswordEncoder.class));
            this.territories = portal.getBean(TerritoryService.class).validOn(LocalDate.of(YEAR, 6, 1));
            this.centreCount = centres;
            this.sessionCount = sessions;
            this.enrolmentCount = enrolments;
            this.iterations = iterations;
        }

        void measure() {
            long start = System.nanoTime();
            List<Centre> centres = insertCentres();
            List<Training> trainings = insertTrainings();
            List<TrainingSession> sessions = insertSessions(trainings);
            insertEnrolments(centres, trainings, sessions);
            System.out.printf(Locale.ROOT, "%nInserted %d centres, %d trainings, %d sessions, %d enrolments in %.1f s%n",
                    centres.size(), trainings.size(), sessions.size(), enrolmentCount,
                    (System.nanoTime() - start) / 1e9);
            System.out.printf(Locale.ROOT, "Counted in %d: %d enrolments%n%n", YEAR, mongo.getCollection(
                    TrainingBulk.ENROLMENTS).countDocuments(new Document("year", YEAR)));

            AccountFixtures.actAs(accounts.active(Role.ADMIN));
            boolean same62 = sameBilan(bilans.bilan(YEAR, Department.PAS_DE_CALAIS),
                    bareBilan(Department.PAS_DE_CALAIS)) && sameBilan(bilans.bilan(YEAR, Department.PAS_DE_CALAIS),
                    countingBilan(Department.PAS_DE_CALAIS));
            boolean sameBoth = sameBilan(bilans.bilan(YEAR, null), bareBilan(null))
                    && sameBilan(bilans.bilan(YEAR, null), countingBilan(null));
            boolean sameFosfora = sameFosfora(fosfora.table(YEAR, null), bareFosfora())
                    && sameFosfora(fosfora.table(YEAR, null), countingFosfora());
            TrainingBilan sample = bilans.bilan(YEAR, Department.PAS_DE_CALAIS);
            FosforaTable table = fosfora.table(YEAR, null);
            System.out.printf(Locale.ROOT, "Bilan %d, Pas-de-Calais: %d trainings, %d employees, %d volunteers, "
                    + "%d centres, %d sessions%n", YEAR, sample.rows().size(), sample.total().employees(),
                    sample.total().volunteers(), sample.total().centres(), sample.total().sessions());
            System.out.printf(Locale.ROOT, "FOSFORA %d: %d volunteers (summed over lines), %d sessions, %s €%n",
                    YEAR, table.total().volunteers(), table.total().sessions(), table.total().amount());
            System.out.printf(Locale.ROOT, "Same figures, service and both bare formulations: bilan 62 %s, "
                    + "bilan 59+62 %s, FOSFORA %s%n%n", same62, sameBoth, sameFosfora);

            System.out.printf(Locale.ROOT, "%-48s %10s %10s %8s%n", "per call (ms)", "median", "p95", "ratio");
            compare("bilan 62", List.of(
                    new Call("TrainingBilans.bilan", () -> bilans.bilan(YEAR, Department.PAS_DE_CALAIS)),
                    new Call("bare, the same pipeline", () -> bareBilan(Department.PAS_DE_CALAIS)),
                    new Call("bare, $facet of counting groups", () -> countingBilan(Department.PAS_DE_CALAIS))));
            compare("bilan 59+62", List.of(
                    new Call("TrainingBilans.bilan", () -> bilans.bilan(YEAR, null)),
                    new Call("bare, the same pipeline", () -> bareBilan(null)),
                    new Call("bare, $facet of counting groups", () -> countingBilan(null))));
            compare("FOSFORA", List.of(
                    new Call("Fosfora.table", () -> fosfora.table(YEAR, null)),
                    new Call("bare, the same pipeline + sessions", this::bareFosfora),
                    new Call("bare, counting groups + sums", this::countingFosfora)));
            AccountFixtures.actAsNobody();
            System.out.println();
            System.out.println("ratio = the service's median / the bare aggregation's median");
        }

        // Setup, in bulk

        private List<Centre> insertCentres() {
            List<Centre> all = new ArrayList<>();
            List<Centre> batch = new ArrayList<>();
            for (int i = 0; i < centreCount; i++) {
                Territory territory = territories.get(i % territories.size());
                String postalCode = territory.getDepartment() == Department.NORD ? "59000" : "62000";
                batch.add(CentreFixtures.unsaved("Centre social n° " + i, postalCode, "Commune " + (i % 97),
                        territory.getId(), territory.getValidFrom(), YEAR - 1,
                        List.of(MembershipStatus.MEMBER, MembershipStatus.MEMBER, MembershipStatus.MEMBER)));
                if (batch.size() == BATCH) {
                    all.addAll(mongo.insert(batch, Centre.class));
                    batch.clear();
                }
            }
            all.addAll(mongo.insert(batch, Centre.class));
            return all;
        }

        /** A tenth of the sessions' number per year, a third of them eligible to the fund. */
        private List<Training> insertTrainings() {
            List<Training> trainings = new ArrayList<>();
            int perYear = Math.max(1, sessionCount / 20);
            for (int year = YEAR; year <= YEAR + 1; year++) {
                for (int i = 0; i < perYear; i++) {
                    FosforaLine line = i % 3 == 0 ? FosforaLine.values()[i / 3 % FosforaLine.values().length] : null;
                    trainings.add(TrainingBulk.training(year, "Formation " + year + "-" + i,
                            TrainingFamily.values()[i % TrainingFamily.values().length], TrainingAudience.BOTH, line));
                }
            }
            return new ArrayList<>(mongo.insert(trainings, Training.class));
        }

        /** Half the sessions each year, one to three days, on the trainings of their year in turn. */
        private List<TrainingSession> insertSessions(List<Training> trainings) {
            int perYear = trainings.size() / 2;
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < sessionCount; i++) {
                int year = YEAR + i % 2;
                Training training = trainings.get((i % 2) * perYear + (i / 2) % perYear);
                LocalDate first = LocalDate.of(year, 1, 8).plusDays(random.nextInt(330));
                List<SessionDay> days = new ArrayList<>();
                int dayCount = 1 + random.nextInt(3);
                for (int d = 0; d < dayCount; d++) {
                    days.add(new SessionDay(first.plusDays(7L * d), LocalTime.of(9, 0), LocalTime.of(16, 30),
                            "Lieu " + (i % 40)));
                }
                int capacity = 18 + random.nextInt(8);
                Long amount = training.getFosforaLine() == null ? null : 45_000L * dayCount;
                documents.add(bulk.session(training, days, capacity, Math.min(capacity, 18), amount));
            }
            for (int from = 0; from < documents.size(); from += BATCH) {
                mongo.getCollection(TrainingBulk.SESSIONS).insertMany(documents.subList(from,
                        Math.min(documents.size(), from + BATCH)));
            }
            return documents.stream().map(bulk::read).toList();
        }

        /** The enrolments ({@link TrainingHistory}), each with its training's FOSFORA line. */
        private void insertEnrolments(List<Centre> centres, List<Training> trainings, List<TrainingSession> sessions) {
            Map<String, Training> byId = new HashMap<>();
            trainings.forEach(training -> byId.put(training.getId(), training));
            new TrainingHistory(mongo, bulk, random, BATCH).insertEnrolments(centres, sessions, enrolmentCount,
                    session -> byId.get(session.getTrainingId()).getFosforaLine());
        }

        // The service's pipelines written out by hand: one $match, then one $group per result collecting
        // distinct keys with $addToSet, counted here; no method security, no records, no titles.

        private BareBilan bareBilan(Department department) {
            Document match = new Document("year", YEAR).append("status", "ENROLLED")
                    .append("attendedMinutes", new Document("$gt", 0));
            if (department != null) {
                match.append("department", department.name());
            }
            Document result = mongo.getCollection(TrainingBulk.ENROLMENTS).aggregate(List.of(
                    new Document("$match", match), new Document("$facet", new Document("rows",
                            List.of(group("$trainingId"))).append("total", List.of(group(null)))))).first();
            Map<String, TraineeCounts> rows = new LinkedHashMap<>();
            for (Document row : result.getList("rows", Document.class)) {
                rows.put(row.getString("_id"), counts(row));
            }
            List<Document> total = result.getList("total", Document.class);
            return new BareBilan(rows, total.isEmpty() ? TraineeCounts.NONE : counts(total.getFirst()));
        }

        private static Document group(Object id) {
            return new Document("$group", new Document("_id", id)
                    .append("employees", new Document("$addToSet", kindOnly("EMPLOYEE")))
                    .append("volunteers", new Document("$addToSet", kindOnly("VOLUNTEER")))
                    .append("centres", new Document("$addToSet", "$centreId"))
                    .append("sessions", new Document("$addToSet", "$sessionId"))
                    .append("minutes", new Document("$sum", "$attendedMinutes")));
        }

        private static Document kindOnly(String kind) {
            return new Document("$cond", Arrays.asList(new Document("$eq", List.of("$kind", kind)), "$personKey",
                    null));
        }

        private static TraineeCounts counts(Document row) {
            return new TraineeCounts(sizeWithoutNull(row, "employees"), sizeWithoutNull(row, "volunteers"),
                    sizeWithoutNull(row, "centres"), sizeWithoutNull(row, "sessions"),
                    Duration.ofMinutes(((Number) row.get("minutes")).longValue()));
        }

        private static int sizeWithoutNull(Document row, String field) {
            return (int) row.getList(field, Object.class).stream().filter(Objects::nonNull).count();
        }

        /** The service's way: one $group per line, then the sessions read by id and added up here. */
        private Map<FosforaLine, FosforaFigures> bareFosfora() {
            Document match = new Document("year", YEAR).append("status", "ENROLLED")
                    .append("attendedMinutes", new Document("$gt", 0)).append("kind", "VOLUNTEER")
                    .append("fosforaLine", new Document("$ne", null));
            Document group = new Document("_id", "$fosforaLine")
                    .append("people", new Document("$addToSet", "$personKey"))
                    .append("centres", new Document("$addToSet", "$centreId"))
                    .append("sessions", new Document("$addToSet", "$sessionId"));
            List<Document> rows = mongo.getCollection(TrainingBulk.ENROLMENTS).aggregate(List.of(
                    new Document("$match", match), new Document("$group", group))).into(new ArrayList<>());
            List<ObjectId> ids = rows.stream().flatMap(row -> row.getList("sessions", String.class).stream())
                    .distinct().map(ObjectId::new).toList();
            Map<String, Document> sessions = new HashMap<>();
            mongo.getCollection(TrainingBulk.SESSIONS).find(new Document("_id", new Document("$in", ids)))
                    .forEach(session -> sessions.put(session.getObjectId("_id").toHexString(), session));
            Map<FosforaLine, FosforaFigures> lines = new LinkedHashMap<>();
            for (Document row : rows) {
                int count = 0;
                int days = 0;
                long cents = 0;
                for (String id : row.getList("sessions", String.class)) {
                    Document session = sessions.get(id);
                    if (session != null && !session.getBoolean("cancelled", false)) {
                        count++;
                        days += session.getList("days", Document.class).size();
                        Number amount = (Number) session.get("fosforaAmountCents");
                        cents += amount == null ? 0 : amount.longValue();
                    }
                }
                lines.put(FosforaLine.valueOf(row.getString("_id")), new FosforaFigures(
                        row.getList("centres", String.class).size(), row.getList("people", String.class).size(),
                        count, days, BigDecimal.valueOf(cents, 2)));
            }
            return lines;
        }

        /** A line's figures: its counts, and the sessions' number, days and amounts summed by the database. */
        private FosforaFigures sessionSums(int centres, int volunteers, List<String> sessionIds) {
            List<ObjectId> ids = sessionIds.stream().map(ObjectId::new).toList();
            Document sums = mongo.getCollection(TrainingBulk.SESSIONS).aggregate(List.of(
                    new Document("$match", new Document("_id", new Document("$in", ids)).append("cancelled", false)),
                    new Document("$group", new Document("_id", null).append("n", new Document("$sum", 1))
                            .append("days", new Document("$sum", new Document("$size", "$days")))
                            .append("cents", new Document("$sum", new Document("$ifNull",
                                    Arrays.asList("$fosforaAmountCents", 0L))))))).first();
            return new FosforaFigures(centres, volunteers, sums == null ? 0 : (int) n(sums, "n"),
                    sums == null ? 0 : (int) n(sums, "days"),
                    BigDecimal.valueOf(sums == null ? 0 : n(sums, "cents"), 2));
        }

        // The same numbers again, the way a first version of the service counted: per figure, a
        // $group on (training, person) then a count per training, all in one $facet.

        private BareBilan countingBilan(Department department) {
            Document match = new Document("year", YEAR).append("status", "ENROLLED")
                    .append("attendedMinutes", new Document("$gt", 0));
            if (department != null) {
                match.append("department", department.name());
            }
            Document facets = new Document()
                    .append("people", List.of(distinct(new Document("t", "$trainingId").append("k", "$kind")
                            .append("p", "$personKey")), countBy(new Document("t", "$_id.t").append("k", "$_id.k"))))
                    .append("centres", List.of(distinct(new Document("t", "$trainingId").append("c", "$centreId")),
                            countBy("$_id.t")))
                    .append("sessions", List.of(distinct(new Document("t", "$trainingId").append("s", "$sessionId")),
                            countBy("$_id.t")))
                    .append("minutes", List.of(new Document("$group", new Document("_id", "$trainingId")
                            .append("m", new Document("$sum", "$attendedMinutes")))))
                    .append("allPeople", List.of(distinct(new Document("k", "$kind").append("p", "$personKey")),
                            countBy("$_id.k")))
                    .append("allCentres", List.of(distinct("$centreId"), countBy(null)))
                    .append("allSessions", List.of(distinct("$sessionId"), countBy(null)))
                    .append("allMinutes", List.of(new Document("$group", new Document("_id", null)
                            .append("m", new Document("$sum", "$attendedMinutes")))));
            Document result = mongo.getCollection(TrainingBulk.ENROLMENTS).aggregate(List.of(
                    new Document("$match", match), new Document("$facet", facets))).first();
            Map<String, long[]> byTraining = new HashMap<>();
            for (Document row : result.getList("people", Document.class)) {
                Document id = row.get("_id", Document.class);
                byTraining.computeIfAbsent(id.getString("t"), t -> new long[5])[
                        "VOLUNTEER".equals(id.getString("k")) ? 1 : 0] += n(row, "n");
            }
            result.getList("centres", Document.class).forEach(row ->
                    byTraining.computeIfAbsent(row.getString("_id"), t -> new long[5])[2] = n(row, "n"));
            result.getList("sessions", Document.class).forEach(row ->
                    byTraining.computeIfAbsent(row.getString("_id"), t -> new long[5])[3] = n(row, "n"));
            result.getList("minutes", Document.class).forEach(row ->
                    byTraining.computeIfAbsent(row.getString("_id"), t -> new long[5])[4] = n(row, "m"));
            long[] total = new long[5];
            result.getList("allPeople", Document.class).forEach(row ->
                    total["VOLUNTEER".equals(row.getString("_id")) ? 1 : 0] += n(row, "n"));
            result.getList("allCentres", Document.class).forEach(row -> total[2] = n(row, "n"));
            result.getList("allSessions", Document.class).forEach(row -> total[3] = n(row, "n"));
            result.getList("allMinutes", Document.class).forEach(row -> total[4] = n(row, "m"));
            Map<String, TraineeCounts> rows = new HashMap<>();
            byTraining.forEach((training, c) -> rows.put(training, counts(c)));
            return new BareBilan(rows, total[0] + total[1] == 0 ? TraineeCounts.NONE : counts(total));
        }

        private Map<FosforaLine, FosforaFigures> countingFosfora() {
            Document match = new Document("year", YEAR).append("status", "ENROLLED")
                    .append("attendedMinutes", new Document("$gt", 0)).append("kind", "VOLUNTEER")
                    .append("fosforaLine", new Document("$ne", null));
            Document facets = new Document()
                    .append("people", List.of(distinct(new Document("l", "$fosforaLine").append("p", "$personKey")),
                            countBy("$_id.l")))
                    .append("centres", List.of(distinct(new Document("l", "$fosforaLine").append("c", "$centreId")),
                            countBy("$_id.l")))
                    .append("sessions", List.of(distinct(new Document("l", "$fosforaLine").append("s", "$sessionId"))));
            Document result = mongo.getCollection(TrainingBulk.ENROLMENTS).aggregate(List.of(
                    new Document("$match", match), new Document("$facet", facets))).first();
            Map<String, Integer> people = new HashMap<>();
            Map<String, Integer> centres = new HashMap<>();
            Map<String, List<String>> sessions = new HashMap<>();
            result.getList("people", Document.class).forEach(row -> people.put(row.getString("_id"), (int) n(row, "n")));
            result.getList("centres", Document.class).forEach(row -> centres.put(row.getString("_id"), (int) n(row, "n")));
            result.getList("sessions", Document.class).forEach(row -> {
                Document id = row.get("_id", Document.class);
                sessions.computeIfAbsent(id.getString("l"), l -> new ArrayList<>()).add(id.getString("s"));
            });
            Map<FosforaLine, FosforaFigures> lines = new LinkedHashMap<>();
            people.forEach((line, volunteers) -> lines.put(FosforaLine.valueOf(line), sessionSums(centres.get(line),
                    volunteers, sessions.get(line))));
            return lines;
        }

        private static Document distinct(Object id) {
            return new Document("$group", new Document("_id", id));
        }

        private static Document countBy(Object id) {
            return new Document("$group", new Document("_id", id).append("n", new Document("$sum", 1)));
        }

        private static long n(Document row, String field) {
            return ((Number) row.get(field)).longValue();
        }

        private static TraineeCounts counts(long[] c) {
            return new TraineeCounts((int) c[0], (int) c[1], (int) c[2], (int) c[3], Duration.ofMinutes(c[4]));
        }

        private static boolean sameBilan(TrainingBilan service, BareBilan bare) {
            Map<String, TraineeCounts> rows = new HashMap<>();
            service.rows().forEach(row -> rows.put(row.trainingId(), row.counts()));
            return rows.equals(bare.rows()) && service.total().equals(bare.total());
        }

        private static boolean sameFosfora(FosforaTable service, Map<FosforaLine, FosforaFigures> bare) {
            return service.sections().stream().flatMap(section -> section.rows().stream())
                    .filter(row -> row.line() != null)
                    .allMatch(row -> row.figures().equals(bare.getOrDefault(row.line(), FosforaFigures.NONE)));
        }

        private void compare(String what, List<Call> calls) {
            TimedInTurns.compare(what, calls, iterations, Math.max(3, iterations / 5), 48);
        }
    }

    private record BareBilan(Map<String, TraineeCounts> rows, TraineeCounts total) {
    }
}
