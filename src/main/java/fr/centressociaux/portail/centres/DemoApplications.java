package fr.centressociaux.portail.centres;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import fr.centressociaux.portail.centres.internal.ApplicationRepository;
import fr.centressociaux.portail.shared.DemoDataPolicy;
import fr.centressociaux.portail.shared.Tokens;
import fr.centressociaux.portail.territories.TerritoryService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Three applications to join waiting for a decision in the demo: two in the demo delegate's
 * territories (one of which looks like a member centre, spelt differently, so the portal flags
 * it) and one elsewhere. People and addresses are invented.
 */
@Component
@Order(11)
class DemoApplications implements ApplicationRunner {

    private record Demo(CentreProfile profile, String territoryCode, String directorName, String directorEmail,
            int daysAgo) {
    }

    private static final List<Demo> APPLICATIONS = List.of(
            new Demo(new CentreProfile("Centre Social Espace Maes", CentreKind.CS, Management.ASSOCIATIVE,
                    "89 bis rue du Général de Gaulle", "62200", "BOULOGNE SUR MER", "CA du Boulonnais",
                    "accueil@espace-maes.example.org", "03 21 20 79 12", null, "96030824628194"), "LIT62",
                    "Romane Lefebvre", "romane.lefebvre@example.org", 3),
            new Demo(new CentreProfile("Espace de vie sociale Les Dunes", CentreKind.EVS, Management.MUNICIPALE,
                    "12 rue des Oyats", "59123", "Zuydcoote", "Communauté urbaine de Dunkerque",
                    "evs.lesdunes@example.org", "03 28 29 40 12", null, null), "FLM",
                    "Yanis Verbeke", "yanis.verbeke@example.org", 6),
            new Demo(new CentreProfile("Centre social du Faubourg des Postes", CentreKind.CS, Management.ASSOCIATIVE,
                    "40 rue du Faubourg des Postes", "59000", "Lille", "Métropole Européenne de Lille",
                    "contact@cs-faubourg-postes.example.org", "03 20 53 11 40", null, "57551313735379"), "MELS",
                    "Clémence Dufour", "clemence.dufour@example.org", 10));

    private final DemoDataPolicy policy;
    private final ApplicationRepository applications;
    private final CentreService centres;
    private final TerritoryService territories;
    private final Clock clock;

    DemoApplications(DemoDataPolicy policy, ApplicationRepository applications, CentreService centres,
            TerritoryService territories, Clock clock) {
        this.policy = policy;
        this.applications = applications;
        this.centres = centres;
        this.territories = territories;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.loadsDemoData()) {
            return;
        }
        for (Demo demo : APPLICATIONS) {
            CentreProfile profile = CentreProfiles.tidy(demo.profile());
            Instant submitted = clock.instant().minus(Duration.ofDays(demo.daysAgo()));
            MembershipApplication application = new MembershipApplication(profile,
                    territories.byCode(demo.territoryCode()).orElseThrow().getId(), demo.directorName(),
                    demo.directorEmail(), Tokens.hash(Tokens.random()), submitted,
                    submitted.plus(RegistrationService.CONFIRMATION_VALIDITY), null,
                    centres.lookalikes(profile).stream().map(Centre::getId).toList());
            application.emailConfirmed(submitted.plus(Duration.ofHours(2)));
            applications.insert(application);
        }
    }
}
