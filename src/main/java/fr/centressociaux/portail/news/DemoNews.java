package fr.centressociaux.portail.news;

import java.time.Clock;
import java.time.LocalDate;

import fr.centressociaux.portail.accounts.RunAs;
import fr.centressociaux.portail.shared.DemoDataPolicy;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few invented news items around today, written through the service as the demo admin: two from
 * the federation and one passed on from the Département, so the news page and the newsletter's
 * blocks have something to show.
 */
@Component
@Order(35)
class DemoNews implements ApplicationRunner {

    private static final String ADMIN = "admin@example.org";

    private final DemoDataPolicy policy;
    private final RunAs runAs;
    private final NewsItems news;
    private final Clock clock;

    DemoNews(DemoDataPolicy policy, RunAs runAs, NewsItems news, Clock clock) {
        this.policy = policy;
        this.runAs = runAs;
        this.news = news;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (policy.loadsDemoData()) {
            runAs.account(ADMIN, () -> {
                load(LocalDate.now(clock));
                return true;
            });
        }
    }

    private void load(LocalDate today) {
        news.publish(new NewsDraft("Bienvenue à Claire Vanhove, nouvelle déléguée du Littoral",
                today.minusDays(12), "Claire rejoint l’équipe fédérale et accompagnera les centres du **Littoral**. "
                        + "N’hésitez pas à la solliciter pour vos projets.", "", NewsSource.FEDERATION));
        news.publish(new NewsDraft("Journée des bénévoles : les inscriptions sont ouvertes", today.plusDays(2),
                "La journée réunira les bénévoles des centres autour d’ateliers et d’un temps convivial.\n\n"
                        + "- ateliers le matin\n- forum des initiatives l’après-midi",
                "https://www.example.org/journee-benevoles", NewsSource.FEDERATION));
        news.publish(new NewsDraft("Appel à projets jeunesse du Département", today.plusDays(3),
                "Le Département ouvre son appel à projets pour les actions jeunesse de l’année prochaine. "
                        + "Dossiers à déposer avant la fin du mois.", "https://www.example.org/appel-a-projets",
                NewsSource.DEPARTEMENT));
    }
}
