package fr.centressociaux.portail.benchmark;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.MembershipStatus;
import fr.centressociaux.portail.meetings.CountedLine;
import fr.centressociaux.portail.meetings.InvitedCentre;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingCounts;
import fr.centressociaux.portail.meetings.MeetingFilter;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.meetings.MeetingRow;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingStatus;
import fr.centressociaux.portail.meetings.MeetingTerm;
import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.Presence;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.meetings.TermType;
import fr.centressociaux.portail.meetings.YearFigures;
import fr.centressociaux.portail.support.PortalRuns;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;

/**
 * How long the year's meeting list with its counts takes for the whole network at ten times
 * today's size, read the way the list screen reads it ({@link MeetingService#list} page after page,
 * then {@link MeetingService#figures}), against the least the database must do to compute the same
 * numbers from the participant rows: one query of the year's meetings (status, invited count,
 * counted lines), one {@code $group} pipeline over the present participants, joined in memory, and
 * a pipeline grouping the year's invited centres.
 * A third of the meetings also have counted lines (a centre × a kind × a number). Both must give
 * the same numbers, distinct centres of the year included; the harness checks it and prints it.
 * Prints figures; it is not a test and never runs in {@code verify}.
 *
 * <pre>
 * ./mvnw -B -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=fr.centressociaux.portail.benchmark.MeetingListBenchmark [-Dexec.args="1800 6000 150000 2 3"]
 * </pre>
 *
 * Arguments: centres, meetings, participant rows, timed rounds of the whole list after the first
 * pass (which checks the numbers and counts as one), timed rounds of its parts (one page, the
 * totals) after a warm-up. Results: docs/benchmarks.md.
 */
public final class MeetingListBenchmark {

    private static final int PAGE_SIZE = 50;
    private static final long SEED = 20_250_705L;

    private MeetingListBenchmark() {
    }

    public static void main(String[] args) {
        int centreCount = args.length > 0 ? Integer.parseInt(args[0]) : 1_800;
        int meetingCount = args.length > 1 ? Integer.parseInt(args[1]) : 6_000;
        int participantCount = args.length > 2 ? Integer.parseInt(args[2]) : 150_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        int probeRounds = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        int status = 0;
        try (ConfigurableApplicationContext portal = PortalRuns.start(PortalRuns.freshEmbeddedDatabase(),
                "logging.level.root=warn", "vaadin.devmode.devTools.enabled=false")) {
            status = new Run(portal, centreCount, meetingCount, participantCount, rounds, probeRounds).measure() ? 0 : 1;
        }
        System.exit(status);
    }

    /** What the list screen shows for a year: each meeting's counts, and the figures of the list. */
    record Result(Map<String, MeetingCounts> byMeeting, YearFigures totals) {
    }

    private static final class Run {

        private final MongoOperations mongo;
        private final MeetingService meetings;
        private final List<Territory> territories;
        private final AccountFixtures accounts;
        private final int centreCount;
        private final int meetingCount;
        private final int participantCount;
        private final int rounds;
        private final int probeRounds;
        private final int year = LocalDate.now().getYear() - 1;
        private final Random random = new Random(SEED);

        Run(ConfigurableApplicationContext portal, int centreCount, int meetingCount, int participantCount,
                int rounds, int probeRounds) {
            this.mongo = portal.getBean(MongoOperations.class);
            this.meetings = portal.getBean(MeetingService.class);
            this.territories = portal.getBean(TerritoryService.class).validOn(LocalDate.of(year, 6, 1));
            this.accounts = new AccountFixtures(portal.getBean(AccountRepository.class),
                    portal.getBean(PasswordEncoder.class));
            this.centreCount = centreCount;
            this.meetingCount = meetingCount;
            this.participantCount = participantCount;
            this.rounds = rounds;
            this.probeRounds = probeRounds;
        }

        boolean measure() {
            long start = System.nanoTime();
            Map<String, List<InvitedCentre>> byTerritory = insertCentres();
            System.out.printf(Locale.ROOT, "%nInserted %d centres over %d territories in %.1f s%n", centreCount,
                    territories.size(), seconds(start));
            start = System.nanoTime();
            List<Meeting> inserted = insertMeetings(byTerritory);
            System.out.printf(Locale.ROOT, "Inserted %d meetings of %d in %.1f s%n", inserted.size(), year,
                    seconds(start));
            start = System.nanoTime();
            int[] presence = insertParticipants(inserted);
            System.out.printf(Locale.ROOT, "Inserted %d participant rows (%d present) in %.1f s%n",
                    participantCount, presence[0], seconds(start));
            AccountFixtures.actAs(accounts.active(Role.ADMIN));
            start = System.nanoTime();
            meetings.recount(year);
            System.out.printf(Locale.ROOT, "Counts of the %d meetings worked out from the rows in %.1f s%n%n",
                    inserted.size(), seconds(start));

            MeetingFilter filter = MeetingFilter.year(year);
            int pages = (int) Math.ceil(meetings.count(filter) / (double) PAGE_SIZE);
            Supplier<Result> service = () -> throughService(filter, pages);
            Supplier<Result> aggregation = this::throughOneAggregation;

            long pass = System.nanoTime();
            Result expected = service.get();
            double firstA = (System.nanoTime() - pass) / 1e6;
            pass = System.nanoTime();
            Result actual = aggregation.get();
            double firstB = (System.nanoTime() - pass) / 1e6;
            System.out.printf(Locale.ROOT, "First pass: (a) %.1f s, (b) %.1f s%n", firstA / 1000, firstB / 1000);
            boolean same = expected.equals(actual);
            MeetingCounts sum = expected.totals().counts();
            System.out.printf(Locale.ROOT, "Same numbers from both: %s (%d meetings, %d present of whom %d named, "
                    + "%d centres represented out of %d invited summed over meetings; distinct centres %d out of %d; "
                    + "average rate %s %%)%n", same ? "yes" : "NO", expected.byMeeting().size(), sum.participants(),
                    sum.named(), sum.centresRepresented(), sum.centresInScope(),
                    expected.totals().distinctCentresRepresented(), expected.totals().distinctCentresInvited(),
                    expected.totals().averageRate().stream().mapToObj(String::valueOf).findFirst().orElse("-"));
            System.out.printf(Locale.ROOT, "  totals by kind %s, by department %s%n%n", sum.byKind(),
                    sum.byDepartment());
            if (!same) {
                differences(expected, actual);
                return false;
            }

            System.out.printf(Locale.ROOT, "%-58s %10s %10s %8s%n", "whole year's list (ms), " + (rounds + 1)
                    + " pass(es)", "median", "max", "ratio");
            compare(List.of(
                    new Timed("a) MeetingService.list x" + pages + " pages + totals", service::get),
                    new Timed("b) one meetings query + one $group pipeline", aggregation::get)), false, rounds,
                    firstA, firstB);
            System.out.printf(Locale.ROOT, "%nwhere (a) spends its time (ms), %d rounds%n", probeRounds);
            compare(List.of(
                    new Timed("a) MeetingService.list, first page of " + PAGE_SIZE,
                            () -> meetings.list(filter, PageRequest.of(0, PAGE_SIZE))),
                    new Timed("   the first page's meetings query alone", () -> mongo.find(pageQuery(0), Meeting.class)),
                    new Timed("a) MeetingService.list, last page",
                            () -> meetings.list(filter, PageRequest.of(pages - 1, PAGE_SIZE))),
                    new Timed("   the last page's meetings query alone",
                            () -> mongo.find(pageQuery(pages - 1), Meeting.class)),
                    new Timed("a) MeetingService.figures (the year's totals)", () -> meetings.figures(filter))),
                    true, probeRounds);
            AccountFixtures.actAsNobody();
            System.out.println();
            System.out.println("ratio = the first row's median / this row's median (pages: a row of the service / "
                    + "the query alone below it is the page's ratio)");
            return true;
        }

        /** The first page's query as the service sends it (for an admin), heavy fields left out. */
        private Query pageQuery(int page) {
            Query query = Query.query(Criteria.where("year").is(year))
                    .with(org.springframework.data.domain.Sort.by("date", "startTime", "title"))
                    .with(PageRequest.of(page, PAGE_SIZE));
            query.fields().exclude("invitedCentres", "invitedCentreIds", "minutes", "agenda", "namedByCentre");
            return query;
        }

        /** The list screen: every page of the year, each with its rows' counts, then the totals. */
        private Result throughService(MeetingFilter filter, int pages) {
            Map<String, MeetingCounts> byMeeting = new LinkedHashMap<>();
            for (int page = 0; page < pages; page++) {
                for (MeetingRow row : meetings.list(filter, PageRequest.of(page, PAGE_SIZE))) {
                    byMeeting.put(row.meeting().getId(), row.counts());
                }
            }
            return new Result(byMeeting, meetings.figures(filter));
        }

        /**
         * The same numbers with the least work from the rows: the year's meetings (status, invited
         * count, counted lines) and one pipeline grouping the present participants by meeting,
         * kind, department and centre; joined here. Someone without a department counts under the
         * meeting's when it has one; a centre is represented when invited and present or counted.
         */
        private Result throughOneAggregation() {
            Query ofYear = Query.query(Criteria.where("year").is(year));
            ofYear.fields().include("_id", "status", "departments", "countedLines", "invitedCount");
            Map<String, Document> countable = new LinkedHashMap<>();
            List<String> all = new ArrayList<>();
            for (Document meeting : mongo.find(ofYear, Document.class, "meetings")) {
                String id = meeting.getObjectId("_id").toHexString();
                all.add(id);
                if (!MeetingStatus.CANCELLED.name().equals(meeting.getString("status"))) {
                    countable.put(id, meeting);
                }
            }
            Aggregation pipeline = Aggregation.newAggregation(
                    match(Criteria.where("year").is(year).and("presence").is(Presence.PRESENT)),
                    group("meetingId", "kind", "department", "centreId", "invitedCentre").count().as("n"));
            Map<String, Tally> tallies = new HashMap<>();
            for (Document row : mongo.aggregate(pipeline, "meeting_participants", Document.class)
                    .getMappedResults()) {
                Document key = row.get("_id", Document.class);
                Document meeting = countable.get(key.getString("meetingId"));
                if (meeting != null) {
                    tallies.computeIfAbsent(key.getString("meetingId"), id -> new Tally(meeting)).add(
                            key.getString("kind"), key.getString("department"), row.getInteger("n"), false,
                            key.getBoolean("invitedCentre", false) ? key.getString("centreId") : null);
                }
            }
            // The year's distinct invited centres, flattened by the database: a year of the network's
            // invited lists would not fit in one reply.
            Set<String> invited = new HashSet<>(mongo.findDistinct(Query.query(Criteria.where("year").is(year)
                    .and("status").is(MeetingStatus.SCHEDULED)), "invitedCentres.centreId", "meetings", String.class));
            Map<String, MeetingCounts> byMeeting = new LinkedHashMap<>();
            Set<String> represented = new HashSet<>();
            MeetingCounts totals = MeetingCounts.NONE;
            double rates = 0;
            int rated = 0;
            for (String id : all) {
                Document meeting = countable.get(id);
                if (meeting == null) {
                    byMeeting.put(id, MeetingCounts.NONE);
                    continue;
                }
                Tally tally = tallies.computeIfAbsent(id, key -> new Tally(meeting));
                for (Document line : meeting.getList("countedLines", Document.class, List.of())) {
                    tally.add(line.getString("kind"), line.getString("department"), line.getInteger("count"), true,
                            line.getBoolean("invitedCentre", false) ? line.getString("centreId") : null);
                }
                int ofMeeting = meeting.getInteger("invitedCount", 0);
                MeetingCounts counts = tally.counts(ofMeeting);
                byMeeting.put(id, counts);
                totals = totals.plus(counts);
                represented.addAll(tally.centres);
                if (ofMeeting > 0) {
                    rates += (double) tally.centres.size() / ofMeeting;
                    rated++;
                }
            }
            return new Result(byMeeting, new YearFigures(countable.size(), totals, represented.size(),
                    invited.size(), rated == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(100 * rates / rated))));
        }

        private void differences(Result expected, Result actual) {
            System.out.println("Totals: " + expected.totals() + " vs " + actual.totals());
            System.out.println("Meetings: " + expected.byMeeting().size() + " vs " + actual.byMeeting().size());
            expected.byMeeting().entrySet().stream()
                    .filter(entry -> !entry.getValue().equals(actual.byMeeting().get(entry.getKey()))).limit(5)
                    .forEach(entry -> System.out.println(entry.getKey() + ": " + entry.getValue() + " vs "
                            + actual.byMeeting().get(entry.getKey())));
        }

        /** Member centres spread over the territories of the year, 62 ones with a 62 postal code. */
        private Map<String, List<InvitedCentre>> insertCentres() {
            Map<String, List<InvitedCentre>> byTerritory = new LinkedHashMap<>();
            List<Centre> batch = new ArrayList<>();
            for (int i = 0; i < centreCount; i++) {
                Territory territory = territories.get(i % territories.size());
                boolean nord = territory.getDepartment() == Department.NORD;
                batch.add(CentreFixtures.unsaved("Centre social n° " + i, nord ? "59000" : "62000",
                        "Commune " + (i % 97), Objects.requireNonNull(territory.getId()), territory.getValidFrom(),
                        year, List.of(MembershipStatus.MEMBER)));
                if (batch.size() == 500 || i == centreCount - 1) {
                    for (Centre centre : mongo.insert(batch, Centre.class)) {
                        String territoryId = centre.territoryOn(LocalDate.of(year, 6, 1)).orElseThrow();
                        byTerritory.computeIfAbsent(territoryId, id -> new ArrayList<>()).add(new InvitedCentre(
                                Objects.requireNonNull(centre.getId()), centre.getProfile().name(), territoryId,
                                centre.getDepartment()));
                    }
                    batch.clear();
                }
            }
            return byTerritory;
        }

        /**
         * Mostly territory meetings (assemblies, directors', chairs', commissions, peer groups), some
         * for a department, a few for the whole network; 2 % cancelled. Weekdays of the year.
         */
        private List<Meeting> insertMeetings(Map<String, List<InvitedCentre>> byTerritory) {
            Map<String, String> kinds = new HashMap<>();
            mongo.find(Query.query(Criteria.where("type").is(TermType.KIND)), MeetingTerm.class)
                    .forEach(term -> kinds.put(term.getCode(), term.getId()));
            List<StandardKind> territorial = List.of(StandardKind.TERRITORIAL_ASSEMBLY, StandardKind.DIRECTORS,
                    StandardKind.CHAIRS, StandardKind.THEMATIC_COMMISSION, StandardKind.PEER_GROUP);
            List<StandardKind> wide = List.of(StandardKind.NETWORK_DIRECTORS, StandardKind.UNIVERSITY,
                    StandardKind.NEW_BOARD_MEMBERS_DAY, StandardKind.LAB, StandardKind.PARTNER_BODY);
            List<Meeting> all = new ArrayList<>();
            List<Meeting> batch = new ArrayList<>();
            for (int i = 0; i < meetingCount; i++) {
                int draw = random.nextInt(100);
                LocalDate date = weekday();
                Meeting meeting;
                if (draw < 90) {
                    Territory territory = territories.get(random.nextInt(territories.size()));
                    String id = Objects.requireNonNull(territory.getId());
                    meeting = MeetingFixtures.unsaved(kinds.get(pick(territorial).name()), "Réunion n° " + i,
                            MeetingScope.territory(id), date, List.of(territory.getDepartment()), List.of(id),
                            byTerritory.getOrDefault(id, List.of()));
                } else {
                    Department department = draw < 97 ? pick(List.of(Department.values())) : null;
                    List<Territory> covered = territories.stream()
                            .filter(t -> department == null || t.getDepartment() == department).toList();
                    List<String> ids = covered.stream().map(t -> Objects.requireNonNull(t.getId())).toList();
                    List<InvitedCentre> invited = ids.stream()
                            .flatMap(id -> byTerritory.getOrDefault(id, List.of()).stream()).toList();
                    meeting = MeetingFixtures.unsaved(kinds.get(pick(wide).name()), "Réunion n° " + i,
                            department == null ? MeetingScope.network() : MeetingScope.department(department),
                            date, covered.stream().map(Territory::getDepartment).distinct().sorted().toList(), ids,
                            invited);
                }
                if (random.nextInt(3) == 0) {
                    MeetingFixtures.count(meeting, countedLines(meeting.getInvitedCentres(),
                            meeting.getDepartments().size() == 1 ? meeting.getDepartments().getFirst() : null));
                }
                if (random.nextInt(100) < 2) {
                    MeetingFixtures.cancel(meeting);
                }
                batch.add(meeting);
                if (batch.size() == 200 || i == meetingCount - 1) {
                    all.addAll(mongo.insert(batch, Meeting.class));
                    batch.clear();
                }
            }
            return all;
        }

        /** A few invited centres' people counted by kind, and sometimes a partner structure's. */
        private List<CountedLine> countedLines(List<InvitedCentre> invited, Department own) {
            List<CountedLine> lines = new ArrayList<>();
            ParticipantKind[] kinds = ParticipantKind.values();
            Set<String> taken = new HashSet<>();
            for (int i = 0; i < 1 + random.nextInt(6) && !invited.isEmpty(); i++) {
                InvitedCentre centre = invited.get(random.nextInt(invited.size()));
                ParticipantKind kind = kinds[random.nextInt(kinds.length)];
                if (taken.add(centre.centreId() + kind)) {
                    lines.add(new CountedLine(centre.centreId(), centre.name(), centre.territoryId(),
                            centre.department(), true, kind, 1 + random.nextInt(12)));
                }
            }
            if (random.nextInt(4) == 0) {
                lines.add(new CountedLine(null, "Mission locale", null, own, false, ParticipantKind.PARTNER,
                        1 + random.nextInt(5)));
            }
            return lines;
        }

        /**
         * People of the invited centres (and some from outside the network), about as many per
         * meeting as its scope suggests, scaled to the requested total; 85 % present, 10 % absent.
         * Returns the number present.
         */
        private int[] insertParticipants(List<Meeting> inserted) {
            int[] sizes = new int[inserted.size()];
            long wanted = 0;
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = switch (inserted.get(i).getScope().level()) {
                    case TERRITORY -> 8 + random.nextInt(30);
                    case DEPARTMENT -> 30 + random.nextInt(60);
                    case NETWORK -> 70 + random.nextInt(150);
                };
                wanted += sizes[i];
            }
            long total = 0;
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = (int) Math.max(1, Math.round(sizes[i] * (double) participantCount / wanted));
                total += sizes[i];
            }
            for (int i = 0; total != participantCount; i = (i + 1) % sizes.length) {
                int step = total < participantCount ? 1 : -1;
                if (sizes[i] + step >= 1) {
                    sizes[i] += step;
                    total += step;
                }
            }
            ParticipantKind[] kinds = ParticipantKind.values();
            int[] kindWeights = {40, 45, 10, 5};
            int present = 0;
            int number = 0;
            List<Participant> batch = new ArrayList<>();
            for (int m = 0; m < inserted.size(); m++) {
                Meeting meeting = inserted.get(m);
                List<InvitedCentre> invited = meeting.getInvitedCentres();
                Instant at = meeting.startsAt().toInstant(ZoneOffset.UTC);
                for (int p = 0; p < sizes[m]; p++) {
                    InvitedCentre centre = invited.isEmpty() || random.nextInt(100) < 5 ? null
                            : invited.get(random.nextInt(invited.size()));
                    int presenceDraw = random.nextInt(100);
                    Presence presence = presenceDraw < 85 ? Presence.PRESENT
                            : presenceDraw < 95 ? Presence.ABSENT : Presence.UNKNOWN;
                    present += presence == Presence.PRESENT ? 1 : 0;
                    batch.add(MeetingFixtures.unsavedParticipant(meeting, ++number, weighted(kinds, kindWeights),
                            centre, "Mission locale " + random.nextInt(20), presence, at));
                    if (batch.size() == 5_000) {
                        mongo.insert(batch, Participant.class);
                        batch.clear();
                    }
                }
            }
            mongo.insert(batch, Participant.class);
            return new int[] {present};
        }

        private LocalDate weekday() {
            LocalDate date;
            do {
                date = LocalDate.of(year, 1, 1).plusDays(random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
            } while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY);
            return date;
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private <T> T weighted(T[] values, int[] weights) {
            int draw = random.nextInt(Arrays.stream(weights).sum());
            for (int i = 0; i < values.length; i++) {
                draw -= weights[i];
                if (draw < 0) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }

        /**
         * A warm-up round if asked, then {@code rounds} timed rounds, each running every task in turn
         * starting with a different one, so a pause of the JVM falls on all of them alike. Times
         * already measured (the first pass, which also checked the numbers) count as one more round.
         * Prints median and maximum per task and the ratio of the first task's median to each.
         */
        private void compare(List<Timed> tasks, boolean warmUp, int rounds, double... measured) {
            if (warmUp) {
                tasks.forEach(Timed::run);
            }
            List<List<Double>> millis = new ArrayList<>();
            for (int t = 0; t < tasks.size(); t++) {
                millis.add(new ArrayList<>());
                if (measured.length == tasks.size()) {
                    millis.get(t).add(measured[t]);
                }
            }
            for (int round = 0; round < rounds; round++) {
                for (int turn = 0; turn < tasks.size(); turn++) {
                    int t = (round + turn) % tasks.size();
                    long start = System.nanoTime();
                    tasks.get(t).run();
                    millis.get(t).add((System.nanoTime() - start) / 1e6);
                }
            }
            double first = 0;
            for (int t = 0; t < tasks.size(); t++) {
                List<Double> sorted = millis.get(t).stream().sorted().toList();
                double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                        : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
                if (t == 0) {
                    first = median;
                }
                String ratio = t == 0 ? "" : String.format(Locale.ROOT, "%.2f", first / median);
                System.out.printf(Locale.ROOT, "%-58s %10.1f %10.1f %8s%n", tasks.get(t).label(), median,
                        sorted.getLast(), ratio);
            }
        }

        private static double seconds(long start) {
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** The present people of one meeting, added up from the pipeline's rows and its counted lines. */
    private static final class Tally {

        private final Department own;
        private int participants;
        private int named;
        private final Map<ParticipantKind, Integer> byKind = new EnumMap<>(ParticipantKind.class);
        private final Map<Department, Integer> byDepartment = new EnumMap<>(Department.class);
        private final Set<String> centres = new HashSet<>();

        Tally(Document meeting) {
            List<String> departments = meeting.getList("departments", String.class, List.of());
            this.own = departments.size() == 1 ? Department.valueOf(departments.getFirst()) : null;
        }

        void add(String kind, String department, int n, boolean counted, String invitedCentre) {
            participants += n;
            named += counted ? 0 : n;
            byKind.merge(ParticipantKind.valueOf(kind), n, Integer::sum);
            Department from = department != null ? Department.valueOf(department) : own;
            if (from != null) {
                byDepartment.merge(from, n, Integer::sum);
            }
            if (invitedCentre != null) {
                centres.add(invitedCentre);
            }
        }

        MeetingCounts counts(int invited) {
            return new MeetingCounts(participants, byKind, byDepartment, centres.size(), invited, named);
        }
    }

    private record Timed(String label, Supplier<?> task) {

        void run() {
            task.get();
        }
    }
}
