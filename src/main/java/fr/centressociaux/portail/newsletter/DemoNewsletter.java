package fr.centressociaux.portail.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.centressociaux.portail.accounts.RunAs;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFilter;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.newsletter.internal.IssueStore;
import fr.centressociaux.portail.shared.DemoDataPolicy;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo newsletter, through the services as the demo admin and without writing any mail: three
 * lists, the portal's accounts on the weekly one, board members and staff of four real centres and
 * two partners (invented names, example.org), last week's issue as sent and this week's as a draft.
 */
@Component
@Order(40)
class DemoNewsletter implements ApplicationRunner {

    private static final String ADMIN = "admin@example.org";

    private final DemoDataPolicy policy;
    private final RunAs runAs;
    private final NewsletterSubscribers subscribers;
    private final NewsletterIssues issues;
    private final IssueStore issueStore;
    private final CentreService centres;
    private final Clock clock;

    DemoNewsletter(DemoDataPolicy policy, RunAs runAs, NewsletterSubscribers subscribers, NewsletterIssues issues,
            IssueStore issueStore, CentreService centres, Clock clock) {
        this.policy = policy;
        this.runAs = runAs;
        this.subscribers = subscribers;
        this.issues = issues;
        this.issueStore = issueStore;
        this.centres = centres;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (policy.loadsDemoData()) {
            runAs.account(ADMIN, () -> Outbox.quietly(() -> {
                load();
                return true;
            }));
        }
    }

    private void load() {
        MailingList weekly = subscribers.createList("La lettre hebdomadaire",
                "Chaque jeudi, les informations du réseau et du Département.", true);
        MailingList boards = subscribers.createList("Administrateurs et administratrices",
                "Pour les membres des conseils d’administration des centres.", false);
        MailingList partners = subscribers.createList("Partenaires", "Les partenaires de la fédération.", false);
        subscribers.addPortalAccounts(weekly.getId());
        List<Centre> some = centres.page(CentreFilter.forYear(LocalDate.now(clock).getYear()), PageRequest.of(0, 4));
        String[][] people = {{"Hélène Marchal", "Présidente", "helene.marchal"},
            {"Karim Benali", "Trésorier", "karim.benali"}, {"Sylvie Dumont", "Animatrice", "sylvie.dumont"},
            {"Mathis Leroy", "Secrétaire", "mathis.leroy"}};
        for (int i = 0; i < some.size(); i++) {
            subscribers.addContact(new ContactDraft(people[i][0], people[i][2] + "@example.org", people[i][1],
                    some.get(i).getId(), Set.of(weekly.getId(), boards.getId())));
        }
        subscribers.addContact(new ContactDraft("Odile Fontaine", "odile.fontaine@example.org",
                "Chargée de mission", null, Set.of(weekly.getId(), partners.getId())));
        subscribers.addContact(new ContactDraft("Bastien Carpentier", "bastien.carpentier@example.org",
                "Coordinateur jeunesse", null, Set.of(partners.getId())));

        NewsletterIssue lastWeek = issues.create(new IssueDraft("La lettre du réseau — semaine passée",
                "Assemblées territoriales, formations, actualités",
                List.of("## Assemblées territoriales\n\nLes assemblées de l’automne ont réuni les centres "
                        + "de chaque territoire. Merci à toutes et tous !",
                        "## Formations\n\nDes places restent à la formation **Accueil des publics**.")));
        Segment everyone = Segment.wholeList(weekly.getId());
        lastWeek.sentBefore(everyone, clock.instant().minus(Duration.ofDays(7)), subscribers.count(everyone));
        issueStore.save(lastWeek);
        issues.create(new IssueDraft("La lettre du réseau — cette semaine", "Ce qui se passe dans le réseau",
                List.of("## À la une\n\nÉcrivez ici les nouvelles de la semaine.")));
    }
}
