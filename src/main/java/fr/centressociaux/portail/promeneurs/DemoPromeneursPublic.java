package fr.centressociaux.portail.promeneurs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import fr.centressociaux.portail.accounts.RunAs;
import fr.centressociaux.portail.meetings.PdnMeeting;
import fr.centressociaux.portail.meetings.PdnMeetings;
import fr.centressociaux.portail.promeneurs.internal.SatisfactionAnswerRepository;
import fr.centressociaux.portail.shared.DemoDataPolicy;
import fr.centressociaux.portail.shared.Tokens;
import fr.centressociaux.portail.territories.Department;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The public part of the demo network, after {@link DemoPromeneurs}: a dozen labelled professionals
 * in the public directory (most with every field, some without their name or employer, one who
 * withdrew), four resources, and satisfaction answers to the 2024 events. The answers are written
 * as if the mailed links had been used (their tokens were never mailed: no demo mail is sent).
 */
@Component
@Order(41)
class DemoPromeneursPublic implements ApplicationRunner {

    private final DemoDataPolicy policy;
    private final RunAs runAs;
    private final PromeneurRegister register;
    private final PublicDirectory directory;
    private final PromeneurResources resources;
    private final PdnMeetings events;
    private final SatisfactionAnswerRepository answers;

    DemoPromeneursPublic(DemoDataPolicy policy, RunAs runAs, PromeneurRegister register, PublicDirectory directory,
            PromeneurResources resources, PdnMeetings events, SatisfactionAnswerRepository answers) {
        this.policy = policy;
        this.runAs = runAs;
        this.register = register;
        this.directory = directory;
        this.resources = resources;
        this.events = events;
        this.answers = answers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.loadsDemoData()) {
            return;
        }
        runAs.account(DemoPromeneurs.DEMO_COORDINATOR, () -> {
            consents();
            publish();
            answers();
            return true;
        });
    }

    private void consents() {
        List<Professional> labelled = register.page(new ProfessionalFilter(null, ProfessionalStatus.LABELLED, null, null),
                PageRequest.of(0, 13));
        LocalDate given = register.today().minusMonths(2);
        for (int n = 0; n < labelled.size(); n++) {
            Set<PublicField> fields = n % 5 == 3 ? EnumSet.of(PublicField.COMMUNE, PublicField.NETWORKS)
                    : n % 5 == 4 ? EnumSet.of(PublicField.NAME, PublicField.COMMUNE, PublicField.NETWORKS)
                    : EnumSet.allOf(PublicField.class);
            directory.recordConsent(labelled.get(n).getId(), new ConsentDraft(fields, given.plusDays(n)));
        }
        if (!labelled.isEmpty()) {
            directory.withdrawConsent(labelled.getLast().getId());
        }
    }

    private void publish() {
        resources.publish(new ResourceDraft("Charte des Promeneurs du Net",
                "La charte nationale que chaque promeneur·e signe à sa labellisation.",
                "https://www.promeneursdunet.fr/", Department.PAS_DE_CALAIS), null, null);
        resources.publish(new ResourceDraft("Fiche réflexe : cyberharcèlement",
                "Les **premiers gestes** quand un jeune se confie :\n\n- écouter\n- garder les preuves\n- orienter vers le 3018",
                "https://www.e-enfance.org/", Department.PAS_DE_CALAIS), null, null);
        resources.publish(new ResourceDraft("Kit de présentation aux familles",
                "Un support pour présenter la présence éducative en ligne aux parents.",
                "https://example.org/kit-familles", Department.PAS_DE_CALAIS), null, null);
        resources.publish(new ResourceDraft("Tableau de bord mensuel",
                "Le modèle du bilan mensuel d’activité, à remplir sur le portail.",
                "https://example.org/bilan-mensuel", Department.PAS_DE_CALAIS), null, null);
    }

    /** Two participants in three answered each 2024 event, mostly satisfied. */
    private void answers() {
        Random random = new Random(2024);
        List<SatisfactionAnswer> written = new ArrayList<>();
        for (PdnMeeting event : events.ofYear(2024)) {
            Instant invited = event.date().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            for (String participant : event.presentPersonIds()) {
                SatisfactionAnswer answer = new SatisfactionAnswer(event, participant, Department.PAS_DE_CALAIS,
                        Tokens.hash(Tokens.random()), invited);
                if (random.nextInt(3) < 2) {
                    answer.answer(3 + random.nextInt(3), random.nextInt(4) == 0 ? "Des échanges très concrets." : "",
                            invited.plusSeconds(86_400L * (1 + random.nextInt(6))));
                }
                written.add(answer);
            }
        }
        answers.insert(written);
    }
}
