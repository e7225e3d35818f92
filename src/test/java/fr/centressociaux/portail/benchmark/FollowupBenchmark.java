package fr.centressociaux.portail.benchmark;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.centres.Approval;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.MembershipStatus;
import fr.centressociaux.portail.centres.MembershipMovements;
import fr.centressociaux.portail.centres.MembershipYear;
import fr.centressociaux.portail.followup.Alert;
import fr.centressociaux.portail.followup.CooperationTheme;
import fr.centressociaux.portail.followup.Figure;
import fr.centressociaux.portail.followup.FollowupAlerts;
import fr.centressociaux.portail.followup.FollowupBulk;
import fr.centressociaux.portail.followup.FollowupFigures;
import fr.centressociaux.portail.followup.FollowupService;
import fr.centressociaux.portail.followup.FollowupYear;
import fr.centressociaux.portail.followup.PartnerKind;
import fr.centressociaux.portail.followup.Senacs;
import fr.centressociaux.portail.followup.SenacsAnswer;
import fr.centressociaux.portail.followup.SenacsStatus;
import fr.centressociaux.portail.followup.SupportAction;
import fr.centressociaux.portail.followup.SupportKind;
import fr.centressociaux.portail.followup.SupportStatus;
import fr.centressociaux.portail.followup.SupportTheme;
import fr.centressociaux.portail.followup.internal.SupportActionRepository;
import fr.centressociaux.portail.support.PortalRuns;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import fr.centressociaux.portail.trainings.TrainingBulk;
import fr.centressociaux.portail.benchmark.TimedInTurns.Call;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The follow-up at ten times the network (1,800 centres, 20,000 support actions over five years
 * ending this year) through the services against bare MongoDB queries computing the same numbers,
 * in the same run:
 * <ul>
 * <li>the yearly figures of the Pas-de-Calais ({@link FollowupFigures#of}: method security, the
 * year's actions mapped to objects and counted in memory, the SENACS answers, the members and their
 * moves, the partner bodies; as an admin, with the records behind each figure, and as the funder,
 * counts only) against one {@code $facet} aggregation over the year's actions of the department,
 * one query of the year's complete SENACS answers, one projection of the centres with a membership
 * that year or the year before (members, joined and left counted here from the raw documents) and
 * one aggregation of the sittings;</li>
 * <li>the worklist of a delegate of one territory ({@link FollowupAlerts#worklist}) against the same
 * queries written by hand on raw documents (the territory's centres with their memberships and
 * agrément, their open actions, the meeting and training attendance of the last six months) and the
 * same rules applied to them.</li>
 * </ul>
 * Both sides are compared figure by figure and alert by alert before timing. Prints figures and
 * whether they agree; asserts nothing; never part of {@code verify}.
 *
 * <pre>
 * ./mvnw -B -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=fr.centressociaux.portail.benchmark.FollowupBenchmark [-Dexec.args="1800 20000 5 15"]
 * </pre>
 *
 * Arguments: centres, support actions, years (ending this year; the figures are those of the year
 * two years back, or the first), iterations. Results and how to read them: docs/benchmarks.md.
 */
public final class FollowupBenchmark {

    private static final int BATCH = 2_000;
    private static final long SEED = 20_261_207L;
    private static final String ACTIONS = "followup_actions";
    private static final String SENACS = "followup_senacs";
    private static final String BODIES = "followup_partner_bodies";
    private static final String ORGANISATIONS = "followup_partner_organisations";
    private static final String CENTRES = "centres";
    private static final Department DEPARTMENT = Department.PAS_DE_CALAIS;
    /** The fields of an action the figures read (CountedActions). */
    private static final Document COUNTED = Document.parse("{ 'centreId': 1, 'centreName': 1, 'territoryId': 1, "
            + "'kind': 1, 'theme': 1, 'cooperation': 1, 'partners': 1, 'ameppSessionId': 1, 'startedOn': 1, "
            + "'confidential': 1 }");

    private FollowupBenchmark() {
    }

    public static void main(String[] args) {
        int centres = args.length > 0 ? Integer.parseInt(args[0]) : 1_800;
        int actions = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int years = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        try (ConfigurableApplicationContext portal = PortalRuns.start(PortalRuns.freshEmbeddedDatabase(),
                "logging.level.root=warn", "vaadin.devmode.devTools.enabled=false")) {
            new Run(portal, centres, actions, years, iterations).measure();
        }
        System.exit(0);
    }

    private static final class Run {

        private final MongoOperations mongo;
        private final FollowupFigures figures;
        private final FollowupAlerts alerts;
        private final FollowupService followup;
        private final AccountFixtures accounts;
        private final LocalDate today;
        private final int lastYear;
        private final int firstYear;
        private final int year;
        private final List<Territory> territories;
        private final List<Territory> current;
        private final MembershipMovements memberships;
        private final Senacs senacs;
        private final SupportActionRepository actions;
        private final int centreCount;
        private final int actionCount;
        private final int iterations;
        private final Random random = new Random(SEED);

        Run(ConfigurableApplicationContext portal, int centres, int actions, int years, int iterations) {
            this.mongo = portal.getBean(MongoOperations.class);
            this.figures = portal.getBean(FollowupFigures.class);
            this.alerts = portal.getBean(FollowupAlerts.class);
            this.followup = portal.getBean(FollowupService.class);
            this.accounts = new AccountFixtures(portal.getBean(AccountRepository.class),
                    portal.getBean(PasswordEncoder.class));
            this.today = LocalDate.now(portal.getBean(Clock.class));
            this.lastYear = today.getYear();
            this.firstYear = lastYear - years + 1;
            this.year = Math.max(firstYear, lastYear - 2);
            TerritoryService territoryService = portal.getBean(TerritoryService.class);
            this.territories = territoryService.validOn(LocalDate.of(firstYear, 1, 1));
            this.current = territoryService.validOn(today);
            this.memberships = portal.getBean(MembershipMovements.class);
            this.senacs = portal.getBean(Senacs.class);
            this.actions = portal.getBean(SupportActionRepository.class);
            this.centreCount = centres;
            this.actionCount = actions;
            this.iterations = iterations;
        }

        void measure() {
            long start = System.nanoTime();
            Account admin = accounts.active(Role.ADMIN);
            AccountFixtures.actAs(admin);
            List<String> themes = followup.themes().stream().map(SupportTheme::getId).toList();
            AccountFixtures.actAsNobody();
            List<Centre> centres = insertCentres();
            insertActions(centres, themes);
            insertSenacs(centres);
            System.out.printf(Locale.ROOT, "%nInserted %d centres, %d support actions (%d-%d), SENACS answers "
                    + "in %.1f s; today %s%n", centres.size(), actionCount, firstYear, lastYear,
                    (System.nanoTime() - start) / 1e9, today);

            Territory territory = busiestTerritory(centres);
            Account delegate = accounts.active(Role.DELEGATE, new AccountScope(Set.of(territory.getId()), null));
            Account funder = accounts.active(Role.FUNDER, AccountScope.funderOf(DEPARTMENT.code()));

            AccountFixtures.actAs(admin);
            FollowupYear adminYear = figures.of(year, DEPARTMENT);
            Map<String, Long> bare = bareFigures();
            boolean sameAdmin = same(adminYear, bare);
            AccountFixtures.actAs(funder);
            boolean sameFunder = same(figures.of(year, DEPARTMENT), bare);
            AccountFixtures.actAs(delegate);
            List<Alert> worklist = alerts.worklist();
            List<String> bareWorklist = bareWorklist(territory.getId());
            boolean sameWorklist = keys(worklist).equals(bareWorklist);
            AccountFixtures.actAsNobody();
            System.out.printf(Locale.ROOT, "Figures %d, %s: %d figures, %d records (admin); %s%n", year, DEPARTMENT,
                    adminYear.figures().size(), adminYear.figures().stream().mapToInt(f -> f.records().size()).sum(),
                    summary(adminYear));
            System.out.printf(Locale.ROOT, "Worklist of the delegate of %s (%d member centres today): %d alerts %s%n",
                    territory.getName(), centres.stream().filter(centre -> centre.territoryOn(today)
                            .filter(territory.getId()::equals).isPresent() && centre.isInvitableOn(today)).count(),
                    worklist.size(), countsByKind(worklist));
            System.out.printf(Locale.ROOT, "Same figures, service and bare: admin %s, funder %s; same worklist %s%n%n",
                    sameAdmin, sameFunder, sameWorklist);
            if (!sameAdmin || !sameFunder || !sameWorklist) {
                System.out.println("DIFFERENT RESULTS: service " + values(adminYear) + "\nbare    " + new TreeMap<>(bare));
                System.out.println("worklist service " + keys(worklist).size() + ", bare " + bareWorklist.size());
            }

            System.out.printf(Locale.ROOT, "%-52s %10s %10s %8s%n", "per call (ms)", "median", "p95", "ratio");
            compare("figures", List.of(
                    new Call("FollowupFigures.of, admin (records)", () -> as(admin, () -> figures.of(year, DEPARTMENT))),
                    new Call("bare: $facet+SENACS+centres+sittings+MDS", this::bareFigures)));
            compare("figures", List.of(
                    new Call("FollowupFigures.of, funder (counts)", () -> as(funder, () -> figures.of(year, DEPARTMENT))),
                    new Call("bare: $facet+SENACS+centres+sittings+MDS", this::bareFigures)));
            compare("worklist", List.of(
                    new Call("FollowupAlerts.worklist, delegate", () -> as(delegate, alerts::worklist)),
                    new Call("bare: centres + open actions + attendance", () -> bareWorklist(territory.getId()))));
            System.out.println();
            System.out.println("Where the figures' time goes: the reads of FollowupFigures.of, each alone, as an admin");
            LocalDate from = LocalDate.of(year, 1, 1);
            LocalDate to = LocalDate.of(year, 12, 31);
            AccountFixtures.actAs(admin);
            compare("part", List.of(
                    new Call("the year's actions of 62, counted fields", () -> actions.findCountedStartedWithin(
                            DEPARTMENT, from, to)),
                    new Call("bare: the year's actions of 62, raw, same fields", () -> mongo.getCollection(ACTIONS).find(
                            new Document("department", DEPARTMENT.name()).append("startedOn", new Document("$gte",
                                    date(from)).append("$lte", date(to)))).projection(COUNTED).into(new ArrayList<>()))));
            compare("part", List.of(
                    new Call("SENACS: complete answers of 62, status only", () -> FollowupBulk.complete(senacs,
                            year, DEPARTMENT)),
                    new Call("bare: complete SENACS answers, centre ids", () -> mongo.getCollection(SENACS).find(
                            new Document("year", year).append("status", new Document("$in",
                                    List.of("SUBMITTED", "VALIDATED")))).projection(new Document("centreId", 1))
                            .into(new ArrayList<>()))));
            compare("part", List.of(
                    new Call("MembershipMovements.yearOf (centres once, projected)",
                            () -> memberships.yearOf(year, DEPARTMENT)),
                    new Call("bare: centres' memberships, one projection", () -> mongo.getCollection(CENTRES).find(
                            new Document("memberships.year", new Document("$in", List.of(year - 1, year)))
                                    .append("department", DEPARTMENT.name())).projection(new Document("memberships", 1))
                            .into(new ArrayList<>()))));
            AccountFixtures.actAsNobody();
            System.out.println();
            System.out.println("ratio = the service's median / the bare queries' median");
        }

        private static <T> T as(Account account, Supplier<T> work) {
            AccountFixtures.actAs(account);
            return work.get();
        }

        // Setup, in bulk

        /**
         * Centres spread over the territories valid the whole period. Most are members every year;
         * one in twenty-five joins in a later year, one in twenty-five leaves during a year (a
         * departure date, no row after), one in fifty is not renewed for a year and stays out. Each
         * has an agrément of four years started in the last four, so about a quarter end within a year.
         */
        private List<Centre> insertCentres() {
            List<Centre> all = new ArrayList<>();
            List<Centre> batch = new ArrayList<>();
            for (int i = 0; i < centreCount; i++) {
                Territory territory = territories.get(i % territories.size());
                String postalCode = territory.getDepartment() == Department.NORD ? "59000" : "62000";
                LocalDate from = territory.getValidFrom();
                Centre centre = CentreFixtures.unsaved("Centre social suivi n° " + i, postalCode, "Commune " + (i % 97),
                        territory.getId(), from, firstYear, List.of());
                if (territory.getValidTo() != null && territory.getValidTo().isBefore(today)) {
                    // A territory split or merged since: the centre goes to one of those that followed it.
                    List<Territory> next = current.stream().filter(t -> t.getDepartment() == territory.getDepartment()
                            && t.getValidFrom().isAfter(territory.getValidFrom())).toList();
                    if (!next.isEmpty()) {
                        CentreFixtures.movedTo(centre, next.get(i / territories.size() % next.size()).getId(),
                                territory.getValidTo().plusDays(1));
                    }
                }
                int draw = random.nextInt(100);
                int joins = draw < 4 ? firstYear + 1 + random.nextInt(lastYear - firstYear + 1 - 1 + 1) : firstYear;
                int leaves = draw >= 4 && draw < 8 ? firstYear + 1 + random.nextInt(Math.max(1, lastYear - firstYear))
                        : draw >= 8 && draw < 10 ? -(firstYear + 1 + random.nextInt(Math.max(1, lastYear - firstYear)))
                        : Integer.MAX_VALUE;
                for (int y = Math.min(joins, lastYear); y <= lastYear; y++) {
                    LocalDate since = y == joins && joins > firstYear ? LocalDate.of(y, 3, 1).plusDays(random.nextInt(200))
                            : LocalDate.of(y, 1, 1);
                    if (leaves == y) {
                        CentreFixtures.withMembership(centre, new MembershipYear(y, MembershipStatus.MEMBER, since,
                                LocalDate.of(y, 6, 1).plusDays(random.nextInt(150)), "Fermeture"));
                        break;
                    }
                    if (-leaves == y) {
                        CentreFixtures.withMembership(centre, new MembershipYear(y, MembershipStatus.NOT_RENEWED, null,
                                null, "Non renouvelée"));
                        break;
                    }
                    MembershipStatus status = y == lastYear && random.nextInt(20) == 0 ? MembershipStatus.TO_RENEW
                            : MembershipStatus.MEMBER;
                    CentreFixtures.withMembership(centre, new MembershipYear(y, status, since, null, null));
                }
                LocalDate approvalStart = today.minusMonths(random.nextInt(48)).withDayOfMonth(1);
                CentreFixtures.withApproval(centre, Approval.dated(approvalStart, approvalStart.plusYears(4).minusDays(1)));
                batch.add(centre);
                if (batch.size() == BATCH) {
                    all.addAll(mongo.insert(batch, Centre.class));
                    batch.clear();
                }
            }
            all.addAll(mongo.insert(batch, Centre.class));
            return all;
        }

        /**
         * The same number of actions each year, on centres drawn at random, on a day of the year (up to
         * today). Kinds: a third individual, then difficulty, renewal, thematic (themes in turn), the
         * MDS cooperation kinds and the rarer ones. An action of the last twelve months is open or in
         * progress two times in three, some with a next step due; older ones are closed. A quarter had
         * an MDS present, a third name a cooperation theme, one in ten is confidential; a renewal in three is
         * linked to an AMEPP session.
         */
        private void insertActions(List<Centre> centres, List<String> themes) {
            SupportKind[] kinds = {SupportKind.INDIVIDUAL, SupportKind.INDIVIDUAL, SupportKind.INDIVIDUAL,
                SupportKind.INDIVIDUAL, SupportKind.DIFFICULTY, SupportKind.DIFFICULTY, SupportKind.WATCH_CELL,
                SupportKind.PROJECT_RENEWAL, SupportKind.PROJECT_RENEWAL, SupportKind.THEMATIC, SupportKind.THEMATIC,
                SupportKind.JOINT_MDS_MEETING, SupportKind.PARENTING_MDS, SupportKind.DIRECTOR_RECRUITMENT,
                SupportKind.PREFIGURATION};
            int years = lastYear - firstYear + 1;
            List<SupportAction> batch = new ArrayList<>();
            for (int i = 0; i < actionCount; i++) {
                int y = firstYear + i % years;
                int daysInYear = y == lastYear ? today.getDayOfYear() : LocalDate.of(y, 12, 31).getDayOfYear();
                LocalDate on = LocalDate.ofYearDay(y, 1 + random.nextInt(daysInYear));
                Centre centre = centres.get(random.nextInt(centres.size()));
                SupportKind kind = kinds[random.nextInt(kinds.length)];
                boolean recent = on.isAfter(today.minusMonths(12));
                SupportStatus status = recent && random.nextInt(3) > 0
                        ? (random.nextBoolean() ? SupportStatus.OPEN : SupportStatus.IN_PROGRESS)
                        : SupportStatus.CLOSED;
                LocalDate due = status != SupportStatus.CLOSED && random.nextInt(3) == 0
                        ? on.plusDays(15 + random.nextInt(120)) : null;
                LocalDate lastActivity = on.plusDays(random.nextInt(120));
                if (lastActivity.isAfter(today)) {
                    lastActivity = today;
                }
                Set<PartnerKind> partners = random.nextInt(4) == 0 ? Set.of(PartnerKind.MDS, PartnerKind.CAF)
                        : random.nextInt(3) == 0 ? Set.of(PartnerKind.TOWN) : Set.of();
                CooperationTheme cooperation = random.nextInt(3) == 0
                        ? CooperationTheme.values()[random.nextInt(CooperationTheme.values().length)] : null;
                String theme = kind == SupportKind.THEMATIC && !themes.isEmpty() ? themes.get(i % themes.size()) : null;
                batch.add(FollowupBulk.action(centre.getId(), centre.getProfile().name(), centre.getDepartment(),
                        centre.territoryOn(on).orElse(null), kind, theme, cooperation, on, partners, due, status,
                        random.nextInt(10) == 0, lastActivity,
                        kind == SupportKind.PROJECT_RENEWAL && random.nextInt(3) == 0 ? "amepp-session-" + i : null));
                if (batch.size() == BATCH) {
                    mongo.insert(batch, SupportAction.class);
                    batch.clear();
                }
            }
            mongo.insert(batch, SupportAction.class);
        }

        /** Each member of each year but the current one answered: nine in ten submitted or validated. */
        private void insertSenacs(List<Centre> centres) {
            List<SenacsAnswer> batch = new ArrayList<>();
            for (int y = firstYear; y < lastYear; y++) {
                for (Centre centre : centres) {
                    if (!centre.wasMemberDuring(y)) {
                        continue;
                    }
                    int draw = random.nextInt(10);
                    SenacsStatus status = draw < 6 ? SenacsStatus.VALIDATED : draw < 9 ? SenacsStatus.SUBMITTED
                            : SenacsStatus.IN_PROGRESS;
                    batch.add(FollowupBulk.senacs(y, centre.getId(), centre.getDepartment(),
                            centre.territoryOn(LocalDate.of(y, 6, 30)).orElse(null), status));
                    if (batch.size() == BATCH) {
                        mongo.insert(batch, SenacsAnswer.class);
                        batch.clear();
                    }
                }
            }
            mongo.insert(batch, SenacsAnswer.class);
        }

        private Territory busiestTerritory(List<Centre> centres) {
            Map<String, Long> count = new HashMap<>();
            centres.forEach(centre -> centre.territoryOn(today).ifPresent(id -> count.merge(id, 1L, Long::sum)));
            return current.stream().filter(t -> t.getDepartment() == DEPARTMENT)
                    .max(Comparator.comparing(t -> count.getOrDefault(t.getId(), 0L))).orElseThrow();
        }

        // The figures by hand: an aggregation for the actions, queries for the rest, the membership rules
        // applied to raw documents. No method security, no objects mapped, no labels, no records.

        private Map<String, Long> bareFigures() {
            Object from = date(LocalDate.of(year, 1, 1));
            Object to = date(LocalDate.of(year, 12, 31));
            Document mds = new Document("$or", List.of(new Document("partners", "MDS"),
                    new Document("kind", new Document("$in", List.of("JOINT_MDS_MEETING", "PARENTING_MDS")))));
            Document facets = new Document()
                    .append("all", List.of(groupCentres(null)))
                    .append("kinds", List.of(groupCentres("$kind")))
                    .append("difficulty", List.of(new Document("$match", new Document("kind",
                            new Document("$in", List.of("DIFFICULTY", "WATCH_CELL")))), groupCentres(null)))
                    .append("themes", List.of(new Document("$match", new Document("kind", "THEMATIC")),
                            groupCentres("$theme")))
                    .append("ameppRenewals", List.of(new Document("$match", new Document("kind", "PROJECT_RENEWAL")
                            .append("ameppSessionId", new Document("$ne", null))), groupCentres(null)))
                    .append("mdsRenewals", List.of(new Document("$match", new Document("kind", "PROJECT_RENEWAL")
                            .append("partners", "MDS")), groupCentres(null)))
                    .append("cooperation", List.of(new Document("$match", new Document("cooperation",
                            new Document("$ne", null)).append("$and", List.of(mds))), groupCentres("$cooperation")));
            Document result = mongo.getCollection(ACTIONS).aggregate(List.of(
                    new Document("$match", new Document("department", DEPARTMENT.name())
                            .append("startedOn", new Document("$gte", from).append("$lte", to))),
                    new Document("$facet", facets))).first();
            Map<String, Long> values = new HashMap<>();
            for (Document row : result.getList("all", Document.class)) {
                values.put("supports.all-centres", centres(row));
                values.put("supports.all-actions", n(row));
            }
            for (Document row : result.getList("kinds", Document.class)) {
                String kind = row.getString("_id");
                values.put("supports.centres." + kind, centres(row));
                values.put("supports.actions." + kind, n(row));
                switch (SupportKind.valueOf(kind)) {
                    case PROJECT_RENEWAL -> values.put("renewal.centres", centres(row));
                    case PREFIGURATION -> values.put("prefiguration.actions", n(row));
                    case THEMATIC -> values.put("thematic.centres", centres(row));
                    case JOINT_MDS_MEETING -> values.put("mds.joint-meetings", n(row));
                    case PARENTING_MDS -> values.put("mds.parenting", n(row));
                    default -> { }
                }
            }
            result.getList("difficulty", Document.class).forEach(row -> values.put("difficulty.centres", centres(row)));
            result.getList("themes", Document.class).forEach(row ->
                    values.put("thematic.actions." + row.getString("_id"), n(row)));
            result.getList("ameppRenewals", Document.class).forEach(row -> values.put("renewal.amepp", centres(row)));
            result.getList("mdsRenewals", Document.class).forEach(row -> values.put("mds.in-renewals", centres(row)));
            result.getList("cooperation", Document.class).forEach(row ->
                    values.put("mds.theme." + row.getString("_id"), n(row)));

            Set<String> complete = new HashSet<>();
            mongo.getCollection(SENACS).find(new Document("year", year).append("status",
                    new Document("$in", List.of("SUBMITTED", "VALIDATED"))))
                    .projection(new Document("centreId", 1)).forEach(row -> complete.add(row.getString("centreId")));
            long members = 0;
            long completed = 0;
            long joined = 0;
            long left = 0;
            for (Document centre : mongo.getCollection(CENTRES).find(new Document("memberships.year",
                    new Document("$in", List.of(year - 1, year))).append("department", DEPARTMENT.name()))
                    .projection(new Document("memberships", 1))) {
                Document now = null;
                Document before = null;
                for (Document row : centre.getList("memberships", Document.class)) {
                    int y = row.getInteger("year");
                    if (y == year) {
                        now = row;
                    } else if (y == year - 1) {
                        before = row;
                    }
                }
                if (now == null) {
                    continue;
                }
                boolean memberNow = "MEMBER".equals(now.getString("status"));
                boolean memberBefore = before != null && "MEMBER".equals(before.getString("status"));
                if (memberNow || now.get("leftOn") != null) {
                    members++;
                    if (complete.contains(centre.getObjectId("_id").toHexString())) {
                        completed++;
                    }
                }
                if (memberNow && !memberBefore) {
                    joined++;
                }
                Date leftOn = now.getDate("leftOn");
                if (leftOn != null && day(leftOn).getYear() == year
                        || "NOT_RENEWED".equals(now.getString("status")) && memberBefore) {
                    left++;
                }
            }
            values.put("senacs.complete", completed);
            values.put("senacs.complete/outOf", members);
            values.put("coverage.joined", joined);
            values.put("coverage.left", left);
            values.put("coverage.change", joined - left);

            Document sittingWithin = new Document("sittings.on", new Document("$gte", from).append("$lte", to));
            Document sittings = mongo.getCollection(BODIES).aggregate(List.of(new Document("$match", sittingWithin),
                    new Document("$match", new Document("department", new Document("$in",
                            Arrays.asList(null, DEPARTMENT.name())))),
                    new Document("$unwind", "$sittings"), new Document("$match", sittingWithin),
                    new Document("$group", new Document("_id", null).append("n", new Document("$sum", 1))
                            .append("bodies", new Document("$addToSet", "$name"))))).first();
            values.put("bodies.sittings", sittings == null ? 0L : n(sittings));
            values.put("bodies.attended", sittings == null ? 0L : sittings.getList("bodies", Object.class).size());

            // The joint centre–MDS meetings: the MDS of the register, then the year's meetings one attended
            // where a member centre of the department was represented (none are inserted here).
            List<String> mdsIds = new ArrayList<>();
            mongo.getCollection(ORGANISATIONS).find(new Document("kind", "MDS")).projection(new Document("_id", 1))
                    .forEach(row -> mdsIds.add(row.getObjectId("_id").toHexString()));
            long mdsMeetings = 0;
            if (!mdsIds.isEmpty()) {
                for (Document meeting : mongo.getCollection("meetings").find(new Document("year", year)
                        .append("partnerIds", new Document("$in", mdsIds)).append("status", "SCHEDULED"))
                        .projection(new Document("invitedCentres", 1).append("representedCentreIds", 1))) {
                    List<String> represented = meeting.getList("representedCentreIds", String.class, List.of());
                    if (meeting.getList("invitedCentres", Document.class, List.of()).stream().anyMatch(centre ->
                            represented.contains(centre.getString("centreId"))
                                    && DEPARTMENT.name().equals(centre.getString("department")))) {
                        mdsMeetings++;
                    }
                }
            }
            values.put("mds.meetings", mdsMeetings);
            return values;
        }

        private static Document groupCentres(Object id) {
            return new Document("$group", new Document("_id", id).append("n", new Document("$sum", 1))
                    .append("centres", new Document("$addToSet", "$centreId")));
        }

        private static long n(Document row) {
            return ((Number) row.get("n")).longValue();
        }

        private static long centres(Document row) {
            return row.getList("centres", Object.class).size();
        }

        /** Every figure of the service equal to the bare one (zero when the bare side found nothing), and no other. */
        private static boolean same(FollowupYear service, Map<String, Long> bare) {
            Set<String> seen = new HashSet<>();
            for (Figure figure : service.figures()) {
                seen.add(figure.key());
                if (figure.value() != bare.getOrDefault(figure.key(), 0L)) {
                    return false;
                }
                if (figure.outOf() != null) {
                    seen.add(figure.key() + "/outOf");
                    if (!figure.outOf().equals(bare.getOrDefault(figure.key() + "/outOf", 0L))) {
                        return false;
                    }
                }
            }
            return seen.containsAll(bare.keySet());
        }

        private static Map<String, Long> values(FollowupYear year) {
            Map<String, Long> values = new TreeMap<>();
            year.figures().forEach(figure -> values.put(figure.key(), figure.value()));
            return values;
        }

        private static String summary(FollowupYear year) {
            Map<String, Long> values = values(year);
            return String.format(Locale.ROOT, "%d actions on %d centres, %d centres in difficulty, %d renewals, "
                    + "SENACS %d/%s, joined %d, left %d", values.get("supports.all-actions"),
                    values.get("supports.all-centres"), values.get("difficulty.centres"),
                    values.get("renewal.centres"), values.get("senacs.complete"),
                    year.figures().stream().filter(f -> f.outOf() != null).findFirst().map(Figure::outOf).orElse(0L),
                    values.get("coverage.joined"), values.get("coverage.left"));
        }

        // The worklist by hand: the same four queries on raw documents and the same rules.

        private List<String> bareWorklist(String territoryId) {
            Object todayValue = date(today);
            Document inTerritory = new Document("territoryHistory", new Document("$elemMatch",
                    new Document("territoryId", territoryId).append("from", new Document("$lte", todayValue))
                            .append("$or", Arrays.asList(new Document("to", null),
                                    new Document("to", new Document("$gte", todayValue))))));
            Map<String, Document> followed = new HashMap<>();
            for (Document centre : mongo.getCollection(CENTRES).find(inTerritory).projection(
                    new Document("profile.name", 1).append("approval", 1).append("memberships", 1))) {
                if (invitable(centre, today)) {
                    followed.put(centre.getObjectId("_id").toHexString(), centre);
                }
            }
            List<Document> open = mongo.getCollection(ACTIONS).find(new Document("centreId",
                    new Document("$in", List.copyOf(followed.keySet()))).append("status", new Document("$ne", "CLOSED")))
                    .projection(new Document("centreId", 1).append("kind", 1).append("lastActivityOn", 1)
                            .append("nextStepDue", 1)).into(new ArrayList<>());
            Set<String> renewing = new HashSet<>();
            open.stream().filter(action -> "PROJECT_RENEWAL".equals(action.getString("kind")))
                    .forEach(action -> renewing.add(action.getString("centreId")));
            List<String> keys = new ArrayList<>();
            followed.forEach((id, centre) -> {
                Document approval = centre.get("approval", Document.class);
                if (approval != null && !renewing.contains(id)) {
                    LocalDate end = day(approval.getDate("end"));
                    if (!end.isBefore(today) && !end.isAfter(today.plusMonths(12))) {
                        keys.add(key(Alert.Kind.APPROVAL_ENDING, id, end, null));
                    }
                }
            });
            LocalDate since = today.minusMonths(6);
            List<String> longMembers = followed.entrySet().stream().filter(e -> memberOn(e.getValue(), since))
                    .map(Map.Entry::getKey).toList();
            if (!longMembers.isEmpty()) {
                Set<String> active = new HashSet<>();
                Map<String, List<String>> byMeeting = new HashMap<>();
                mongo.getCollection("meeting_participants").aggregate(List.of(new Document("$match",
                        new Document("centreId", new Document("$in", longMembers)).append("presence", "PRESENT")
                                .append("year", new Document("$gte", since.getYear()).append("$lte", today.getYear()))),
                        new Document("$group", new Document("_id", new Document("meetingId", "$meetingId")
                                .append("centreId", "$centreId"))))).forEach(row -> {
                                    Document key = row.get("_id", Document.class);
                                    byMeeting.computeIfAbsent(key.getString("meetingId"), m -> new ArrayList<>())
                                            .add(key.getString("centreId"));
                                });
                if (!byMeeting.isEmpty()) {
                    mongo.getCollection("meetings").find(new Document("_id", new Document("$in",
                            byMeeting.keySet().stream().map(org.bson.types.ObjectId::new).toList())))
                            .projection(new Document("status", 1).append("date", 1)).forEach(meeting -> {
                                LocalDate on = day(meeting.getDate("date"));
                                if (!"CANCELLED".equals(meeting.getString("status")) && !on.isBefore(since)
                                        && !on.isAfter(today)) {
                                    active.addAll(byMeeting.get(meeting.getObjectId("_id").toHexString()));
                                }
                            });
                }
                mongo.getCollection(TrainingBulk.ENROLMENTS).find(new Document("centreId",
                        new Document("$in", longMembers)).append("year", new Document("$gte", since.getYear()))
                        .append("attendedDays", new Document("$gte", date(since))))
                        .projection(new Document("centreId", 1)).forEach(row -> active.add(row.getString("centreId")));
                longMembers.stream().filter(id -> !active.contains(id))
                        .forEach(id -> keys.add(key(Alert.Kind.NO_PARTICIPATION, id, since, null)));
            }
            for (Document action : open) {
                String id = action.getObjectId("_id").toHexString();
                String kind = action.getString("kind");
                LocalDate last = day(action.getDate("lastActivityOn"));
                if (("DIFFICULTY".equals(kind) || "WATCH_CELL".equals(kind)) && last.plusDays(60).isBefore(today)) {
                    keys.add(key(Alert.Kind.DIFFICULTY_IDLE, action.getString("centreId"), last, id));
                }
                Date due = action.getDate("nextStepDue");
                if (due != null && day(due).isBefore(today)) {
                    keys.add(key(Alert.Kind.NEXT_STEP_OVERDUE, action.getString("centreId"), day(due), id));
                }
            }
            keys.sort(null);
            return keys;
        }

        private static List<String> keys(List<Alert> alerts) {
            List<String> keys = new ArrayList<>(alerts.stream()
                    .map(alert -> key(alert.kind(), alert.centreId(), alert.date(), alert.actionId())).toList());
            keys.sort(null);
            return keys;
        }

        private static String key(Alert.Kind kind, String centreId, LocalDate date, String actionId) {
            return date + " " + kind + " " + centreId + " " + actionId;
        }

        private static Map<Alert.Kind, Long> countsByKind(List<Alert> alerts) {
            Map<Alert.Kind, Long> counts = new TreeMap<>();
            alerts.forEach(alert -> counts.merge(alert.kind(), 1L, Long::sum));
            return counts;
        }

        /** Centre.isInvitableOn on the raw document: a member that day, or "à renouveler" for its year. */
        private boolean invitable(Document centre, LocalDate date) {
            Document row = membership(centre, date.getYear());
            return memberOn(centre, date) || row != null && "TO_RENEW".equals(row.getString("status"));
        }

        /** Centre.isMemberOn on the raw document. */
        private boolean memberOn(Document centre, LocalDate date) {
            Document row = membership(centre, date.getYear());
            if (row == null) {
                return false;
            }
            LocalDate leftOn = row.getDate("leftOn") == null ? null : day(row.getDate("leftOn"));
            LocalDate since = row.getDate("since") == null ? null : day(row.getDate("since"));
            return ("MEMBER".equals(row.getString("status")) || leftOn != null && !leftOn.isBefore(date))
                    && (since == null || !since.isAfter(date)) && (leftOn == null || !leftOn.isBefore(date));
        }

        private static Document membership(Document centre, int year) {
            for (Document row : centre.getList("memberships", Document.class, List.of())) {
                if (row.getInteger("year") == year) {
                    return row;
                }
            }
            return null;
        }

        /** A day as the portal's converter stores it (so the queries match what the repositories write). */
        private Object date(LocalDate day) {
            return mongo.getConverter().convertToMongoType(day);
        }

        private LocalDate day(Date date) {
            return mongo.getConverter().getConversionService().convert(date, LocalDate.class);
        }

        private void compare(String what, List<Call> calls) {
            TimedInTurns.compare(what, calls, iterations, Math.max(3, iterations / 5), 52);
        }
    }
}
