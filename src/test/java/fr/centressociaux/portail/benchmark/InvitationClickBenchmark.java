package fr.centressociaux.portail.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.centres.RoleHolder;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.meetings.TermType;
import fr.centressociaux.portail.support.PortalRuns;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How long the organiser's click "create the meeting and mail the invitations" takes for a
 * meeting of the whole network with 180 member centres, each with a director's address: the time
 * until {@link MeetingService#create} returns (what the person waits for), and the time until the
 * in-process SMTP server (GreenMail, on loopback: the fastest SMTP server there is) holds every
 * invitation; and, for reference, the same click with the invitation mail unticked. Each round
 * checks that the meeting invited every centre and that exactly one mail per director arrived.
 * Prints figures; it is not a test.
 *
 * <pre>
 * ./mvnw -B -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=fr.centressociaux.portail.benchmark.InvitationClickBenchmark [-Dexec.args="180 7"]
 * </pre>
 *
 * Arguments: centres, rounds (the first is reported apart as the cold round). Results:
 * docs/benchmarks.md.
 */
public final class InvitationClickBenchmark {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private InvitationClickBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        int centreCount = args.length > 0 ? Integer.parseInt(args[0]) : 180;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int status;
        try (ConfigurableApplicationContext portal = PortalRuns.start(PortalRuns.freshEmbeddedDatabase(),
                "logging.level.root=warn", "vaadin.devmode.devTools.enabled=false")) {
            status = measure(portal, centreCount, rounds) ? 0 : 1;
        }
        System.exit(status);
    }

    private static boolean measure(ConfigurableApplicationContext portal, int centreCount, int rounds)
            throws InterruptedException {
        MeetingService meetings = portal.getBean(MeetingService.class);
        GreenMail smtp = portal.getBean(GreenMail.class);
        AccountFixtures accounts = new AccountFixtures(portal.getBean(AccountRepository.class),
                portal.getBean(PasswordEncoder.class));
        CentreFixtures centres = new CentreFixtures(portal.getBean(CentreService.class),
                portal.getBean(TerritoryService.class));
        LocalDate day = LocalDate.now().plusDays(30);
        List<Territory> territories = portal.getBean(TerritoryService.class).validOn(day);
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
        String kind = portal.getBean(MeetingTerms.class).add(TermType.KIND, "Réunion de mesure").getId();
        long start = System.nanoTime();
        for (int i = 0; i < centreCount; i++) {
            centres.create(CentreFixtures.profile("Centre social n° " + i, "62100", "Calais"),
                    territories.get(i % territories.size()).getCode(),
                    new RoleHolder("Direction " + i, "direction-" + i + "@example.org", null),
                    CentreFixtures.member(day.getYear()));
        }
        System.out.printf(Locale.ROOT, "%nCreated %d member centres with a director's address in %.1f s%n%n",
                centreCount, (System.nanoTime() - start) / 1e9);

        List<Double> unticked = new ArrayList<>();
        List<Double> clicks = new ArrayList<>();
        List<Double> delivered = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long plain = System.nanoTime();
            meetings.create(MeetingFixtures.draft(kind, MeetingScope.network(), day), false);
            unticked.add((System.nanoTime() - plain) / 1e6);
            int before = smtp.getReceivedMessages().length;
            long click = System.nanoTime();
            Meeting meeting = meetings.create(MeetingFixtures.draft(kind, MeetingScope.network(), day), true);
            clicks.add((System.nanoTime() - click) / 1e6);
            if (meeting.getInvitedCount() != centreCount) {
                System.out.printf("Round %d invited %d centres, not %d%n", round, meeting.getInvitedCount(),
                        centreCount);
                return false;
            }
            long giveUp = System.nanoTime() + PATIENCE.toNanos();
            while (smtp.getReceivedMessages().length < before + centreCount && System.nanoTime() < giveUp) {
                Thread.sleep(5);
            }
            delivered.add((System.nanoTime() - click) / 1e6);
            int received = smtp.getReceivedMessages().length - before;
            if (received != centreCount) {
                System.out.printf("Round %d: %d mails received, not %d%n", round, received, centreCount);
                return false;
            }
        }
        AccountFixtures.actAsNobody();
        System.out.printf(Locale.ROOT, "%-52s %8s %8s %8s%n", "network meeting, " + centreCount
                + " invitations (ms)", "cold", "median", "max");
        print("MeetingService.create, invitation mail unticked", unticked);
        print("MeetingService.create returns (the click)", clicks);
        print("every invitation in the SMTP server", delivered);
        return true;
    }

    /** The first round apart (cold JVM), then median and maximum of the others. */
    private static void print(String label, List<Double> millis) {
        List<Double> warm = millis.subList(1, millis.size()).stream().sorted().toList();
        double median = warm.size() % 2 == 1 ? warm.get(warm.size() / 2)
                : (warm.get(warm.size() / 2 - 1) + warm.get(warm.size() / 2)) / 2;
        System.out.printf(Locale.ROOT, "%-52s %8.1f %8.1f %8.1f%n", label, millis.getFirst(), median, warm.getLast());
    }
}
