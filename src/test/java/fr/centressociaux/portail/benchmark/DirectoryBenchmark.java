package fr.centressociaux.portail.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFilter;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.centres.MembershipStatus;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.support.PortalRuns;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How long one page of the centres directory takes through {@link CentreService#page} (rights,
 * scope, mapping) compared with the bare MongoDB query with the same criteria, in the same run.
 * Prints figures; it is not a test and asserts nothing, so it never runs in {@code verify}.
 *
 * <pre>
 * ./mvnw -B -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=fr.centressociaux.portail.benchmark.DirectoryBenchmark [-Dexec.args="2500 20 300"]
 * </pre>
 *
 * Starts the whole portal on a fresh embedded database (a temporary directory under
 * {@code target/test-data}), inserts the centres in bulk, then for each caller warms up and times
 * {@code iterations} fetches of the same page. Arguments: centres, years of membership, iterations.
 * Results and how to read them: docs/benchmarks.md.
 */
public final class DirectoryBenchmark {

    private static final int PAGE_SIZE = 50;
    private static final int BATCH = 500;
    private static final String TEXT = "social";
    private static final long SEED = 20_241_231L;

    private DirectoryBenchmark() {
    }

    public static void main(String[] args) {
        int centreCount = args.length > 0 ? Integer.parseInt(args[0]) : 2_500;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        try (ConfigurableApplicationContext portal = PortalRuns.start(PortalRuns.freshEmbeddedDatabase(),
                "logging.level.root=warn", "vaadin.devmode.devTools.enabled=false")) {
            new Run(portal, centreCount, years, iterations).measure();
        }
        System.exit(0);
    }

    private static final class Run {

        private final MongoOperations mongo;
        private final CentreService centres;
        private final List<Territory> territories;
        private final AccountFixtures accounts;
        private final int centreCount;
        private final int years;
        private final int iterations;
        private final int lastYear = LocalDate.now().getYear();

        Run(ConfigurableApplicationContext portal, int centreCount, int years, int iterations) {
            this.mongo = portal.getBean(MongoOperations.class);
            this.centres = portal.getBean(CentreService.class);
            this.territories = portal.getBean(TerritoryService.class).validOn(LocalDate.now());
            this.accounts = new AccountFixtures(portal.getBean(AccountRepository.class),
                    portal.getBean(PasswordEncoder.class));
            this.centreCount = centreCount;
            this.years = years;
            this.iterations = iterations;
        }

        void measure() {
            long start = System.nanoTime();
            insertCentres();
            System.out.printf(Locale.ROOT, "%nInserted %d centres with %d membership years each in %.1f s%n",
                    centreCount, years, (System.nanoTime() - start) / 1e9);

            int year = lastYear - 2;
            CentreFilter filter = new CentreFilter(null, Department.PAS_DE_CALAIS, null, null, year,
                    MembershipStatus.MEMBER, TEXT);
            Territory littoral = territories.stream().filter(t -> t.getCode().equals("LIT62")).findFirst()
                    .orElseThrow();
            Account admin = accounts.active(Role.ADMIN);
            Account delegate = accounts.active(Role.DELEGATE, new AccountScope(Set.of(littoral.getId()), null));
            PageRequest page = PageRequest.of(0, PAGE_SIZE);

            System.out.printf(Locale.ROOT, "Filter: department 62, member in %d, text \"%s\"; page of %d%n", year,
                    TEXT, PAGE_SIZE);
            System.out.printf(Locale.ROOT, "Matching: %d centres (admin), %d (delegate of Littoral 62)%n%n",
                    mongo.count(Query.query(criteria(year, null)), Centre.class),
                    mongo.count(Query.query(criteria(year, littoral.getId())), Centre.class));
            System.out.printf(Locale.ROOT, "%-44s %10s %10s %8s%n", "per page fetch (ms)", "median", "p95", "ratio");

            AccountFixtures.actAs(admin);
            compare("admin", List.of(
                    new Fetch("CentreService.page", () -> centres.page(filter, page)),
                    new Fetch("bare MongoOperations.find (mapped)", () -> mongo.find(bare(year, null), Centre.class)),
                    new Fetch("bare find, raw documents", () -> mongo.find(bare(year, null), Document.class,
                            "centres"))));
            AccountFixtures.actAs(delegate);
            compare("delegate", List.of(
                    new Fetch("CentreService.page", () -> centres.page(filter, page)),
                    new Fetch("bare MongoOperations.find (mapped)",
                            () -> mongo.find(bare(year, littoral.getId()), Centre.class))));
            AccountFixtures.actAsNobody();
            System.out.println();
            System.out.println("ratio = CentreService.page median / this row's median");
        }

        /** Centres spread over today's territories, each with one membership row per year, mostly MEMBER. */
        private void insertCentres() {
            Random random = new Random(SEED);
            List<Centre> batch = new ArrayList<>();
            for (int i = 0; i < centreCount; i++) {
                Territory territory = territories.get(i % territories.size());
                String postalCode = territory.getDepartment() == Department.NORD ? "59000" : "62000";
                List<MembershipStatus> statuses = new ArrayList<>();
                for (int y = 0; y < years; y++) {
                    int draw = random.nextInt(10);
                    statuses.add(draw < 8 ? MembershipStatus.MEMBER
                            : draw < 9 ? MembershipStatus.PENDING : MembershipStatus.NOT_RENEWED);
                }
                String name = (i % 3 == 0 ? "Espace de vie " : "Centre social ") + "n° " + i;
                batch.add(CentreFixtures.unsaved(name, postalCode, "Commune " + (i % 97), territory.getId(),
                        territory.getValidFrom(), lastYear - years + 1, statuses));
                if (batch.size() == BATCH) {
                    mongo.insert(batch, Centre.class);
                    batch.clear();
                }
            }
            mongo.insert(batch, Centre.class);
        }

        /**
         * The directory's criteria written out by hand, in the service's order (the caller's scope
         * first): the embedded server evaluates an {@code $and} in order, without indexes.
         */
        private Criteria criteria(int year, String delegateTerritory) {
            List<Criteria> all = new ArrayList<>();
            if (delegateTerritory != null) {
                LocalDate today = LocalDate.now();
                all.add(Criteria.where("territoryHistory").elemMatch(Criteria.where("territoryId")
                        .is(delegateTerritory).and("from").lte(today)
                        .orOperator(Criteria.where("to").is(null), Criteria.where("to").gte(today))));
            }
            all.add(Criteria.where("department").is(Department.PAS_DE_CALAIS));
            all.add(Criteria.where("memberships").elemMatch(Criteria.where("year").is(year)
                    .and("status").is(MembershipStatus.MEMBER)));
            all.add(new Criteria().orOperator(Criteria.where("nameKey").regex(SearchKeys.containing(TEXT)),
                    Criteria.where("communeKey").regex(SearchKeys.containing(TEXT))));
            return new Criteria().andOperator(all);
        }

        private Query bare(int year, String delegateTerritory) {
            Query query = Query.query(criteria(year, delegateTerritory)).with(PageRequest.of(0, PAGE_SIZE))
                    .with(Sort.by("nameKey", "communeKey"));
            query.fields().exclude("changes");
            return query;
        }

        /**
         * Warms up, then times the fetches in turns (each iteration runs every fetch, starting with a
         * different one), so a pause of the JVM or the embedded server falls on all of them alike.
         * Prints median and 95th percentile per fetch and the ratio of the first one to each.
         */
        private void compare(String caller, List<Fetch> fetches) {
            int[] rows = new int[fetches.size()];
            for (int i = 0; i < Math.max(50, iterations / 2); i++) {
                for (int f = 0; f < fetches.size(); f++) {
                    rows[f] = fetches.get(f).run().size();
                }
            }
            double[][] millis = new double[fetches.size()][iterations];
            for (int i = 0; i < iterations; i++) {
                for (int turn = 0; turn < fetches.size(); turn++) {
                    int f = (i + turn) % fetches.size();
                    long start = System.nanoTime();
                    fetches.get(f).run();
                    millis[f][i] = (System.nanoTime() - start) / 1e6;
                }
            }
            double serviceMedian = 0;
            for (int f = 0; f < fetches.size(); f++) {
                Arrays.sort(millis[f]);
                double median = millis[f][iterations / 2];
                double p95 = millis[f][(int) Math.ceil(iterations * 0.95) - 1];
                if (f == 0) {
                    serviceMedian = median;
                }
                String ratio = f == 0 ? "" : String.format(Locale.ROOT, "%.2f", serviceMedian / median);
                System.out.printf(Locale.ROOT, "%-44s %10.2f %10.2f %8s   (%d rows)%n",
                        caller + ": " + fetches.get(f).label(), median, p95, ratio, rows[f]);
            }
        }
    }

    private record Fetch(String label, Supplier<List<?>> fetch) {

        List<?> run() {
            return fetch.get();
        }
    }
}
