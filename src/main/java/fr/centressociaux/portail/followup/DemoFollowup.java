package fr.centressociaux.portail.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.centressociaux.portail.accounts.RunAs;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.MembershipMovements;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.shared.DemoDataPolicy;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.TerritoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo follow-up: the Pas-de-Calais 2024 of the bilan (docs/demo-data-sources.md) — 4 centres
 * supported in projet-social renewal with their MDS, 3 centres in difficulty, 13 centres on health
 * projects (6 cancer prevention, 7 nutrition, 2 addictions), no préfiguration, SENACS answered by
 * every member, the partner bodies the federation sat in, the MDS present at three territorial
 * assemblies ({@link DemoMeetingPartners}) — and, this year, the file of the demo
 * director's centre with one confidential action its director does not see. Written through the
 * services as the demo admin; invented people only.
 */
@Component
@Order(40)
class DemoFollowup implements ApplicationRunner {

    static final String DEMO_ADMIN = "admin@example.org";
    static final int BILAN_YEAR = 2024;
    static final List<String> RENEWALS = List.of("Centre social Nautilus", "Centre social de Fruges",
            "Centre social Intergénérations", "Centre social des Brebis");
    /** Six cancer-prevention projects, then seven nutrition ones; the first two also ran an addictions project. */
    static final List<String> HEALTH = List.of("Centre social Henri Matisse", "Centre social Vachala", "Espace Fort",
            "Centre social de Marck", "Centre socioculturel de Saint-Omer", "Centre social des 3 Cités",
            "Centre social Jacques Brel", "Centre social Cousteau", "Community – Centre social Jean Ferrat",
            "Centre social Intergénérations", "Espace socioculturel de la Lys", "Centre social Dumas Flament",
            "Centre social des Brebis");
    private static final Logger LOG = LoggerFactory.getLogger(DemoFollowup.class);

    private final DemoDataPolicy policy;
    private final RunAs runAs;
    private final FollowupService followup;
    private final Senacs senacs;
    private final PartnerBodies bodies;
    private final PartnerOrganisations organisations;
    private final MembershipMovements memberships;
    private final MeetingService meetings;
    private final TerritoryService territories;
    private final Clock clock;

    DemoFollowup(DemoDataPolicy policy, RunAs runAs, FollowupService followup, Senacs senacs, PartnerBodies bodies,
            PartnerOrganisations organisations, MembershipMovements memberships, MeetingService meetings,
            TerritoryService territories, Clock clock) {
        this.meetings = meetings;
        this.territories = territories;
        this.organisations = organisations;
        this.policy = policy;
        this.runAs = runAs;
        this.followup = followup;
        this.senacs = senacs;
        this.bodies = bodies;
        this.memberships = memberships;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.loadsDemoData()) {
            return;
        }
        int written = runAs.account(DEMO_ADMIN, this::write).orElse(0);
        LOG.info("Demo follow-up: {} support actions", written);
    }

    private int write() {
        Map<String, Centre> byName = memberships.membersDuring(BILAN_YEAR, Department.PAS_DE_CALAIS).stream()
                .collect(Collectors.toMap(centre -> centre.getProfile().name(), Function.identity(), (a, b) -> a));
        DemoSupports supports = new DemoSupports(followup, byName);
        // The register first: this year's renewal in Calais names its MDS from it.
        new DemoPartnerBodies(bodies, organisations).write();
        new DemoMeetingPartners(meetings, territories, organisations).write();
        year2024(supports);
        thisYear(supports, LocalDate.now(clock));
        byName.values().forEach(centre -> senacs.setStatus(centre.getId(), BILAN_YEAR,
                centre.getProfile().name().hashCode() % 3 == 0 ? SenacsStatus.VALIDATED : SenacsStatus.SUBMITTED));
        return supports.written();
    }

    private void year2024(DemoSupports supports) {
        for (int i = 0; i < RENEWALS.size(); i++) {
            supports.renewal(RENEWALS.get(i), LocalDate.of(BILAN_YEAR, 2 + 2 * i, 6));
        }
        supports.difficulty("Centre social de Lillers", LocalDate.of(BILAN_YEAR, 3, 4), Difficulty.HUMAN_RESOURCES,
                "Départ de l’équipe de direction : appui du délégué pendant la transition.",
                "Nouvelle direction arrivée, dynamique partenariale relancée au dernier trimestre.");
        supports.difficulty("Espace socioculturel de la Lys", LocalDate.of(BILAN_YEAR, 4, 15), Difficulty.FINANCIAL,
                "Restructuration liée à des difficultés financières ; dossier de Fonds d’aide exceptionnel de la CAF.",
                "Aide exceptionnelle de la CAF obtenue, plan de retour à l’équilibre suivi.");
        supports.watchCell("Espace socioculturel de la Lys", LocalDate.of(BILAN_YEAR, 5, 21));
        supports.difficulty("Centre social du Beau-Marais", LocalDate.of(BILAN_YEAR, 2, 12), Difficulty.FINANCIAL,
                "Grande difficulté économique : réorganisation interne et soutien de la CAF.",
                "Structure maintenue en 2024.");
        for (int i = 0; i < HEALTH.size(); i++) {
            String theme = i < 6 ? SupportThemeCatalogue.CANCER : SupportThemeCatalogue.NUTRITION;
            supports.thematic(HEALTH.get(i), LocalDate.of(BILAN_YEAR, 1 + i % 10, 10), theme);
        }
        supports.thematic(HEALTH.get(0), LocalDate.of(BILAN_YEAR, 9, 17), SupportThemeCatalogue.ADDICTIONS);
        supports.thematic(HEALTH.get(1), LocalDate.of(BILAN_YEAR, 10, 8), SupportThemeCatalogue.ADDICTIONS);
    }

    /** The demo director's centre, Henri Matisse in Calais: an open renewal and a confidential difficulty. */
    private void thisYear(DemoSupports supports, LocalDate today) {
        String matisse = "Centre social Henri Matisse";
        supports.current(matisse, new SupportDraft(SupportKind.PROJECT_RENEWAL, null, null, CooperationTheme.PARENTING,
                today.minusMonths(2), null, "Sandrine Delplace (déléguée territoriale)", "La directrice, deux administratrices",
                Set.of(PartnerKind.MDS, PartnerKind.CAF), "CAF du Pas-de-Calais",
                "Diagnostic partagé lancé avec les habitants.\n\n- questionnaire aux familles\n- deux réunions publiques",
                "Préparer le COPAR", today.plusWeeks(3), SupportStatus.IN_PROGRESS, "", false)
                .withOrganisations(organisations.choices().stream()
                        .filter(organisation -> organisation.getName().equals("MDS du Calaisis"))
                        .map(PartnerOrganisation::getId).collect(Collectors.toSet())));
        supports.current(matisse, new SupportDraft(SupportKind.DIFFICULTY, Difficulty.GOVERNANCE, null, null,
                today.minusMonths(1), null, "Sandrine Delplace (déléguée territoriale)", "Le président",
                Set.of(PartnerKind.TOWN), "Ville de Calais", "Tensions au sein du bureau : médiation proposée.",
                "Rencontre avec le bureau", today.plusDays(10), SupportStatus.OPEN, "", true));
        supports.current("Espace Fort", new SupportDraft(SupportKind.INDIVIDUAL, null, null, null,
                today.minusMonths(4), today.minusMonths(3), "Sandrine Delplace (déléguée territoriale)",
                "La direction", Set.of(), "", "Point annuel sur le projet et l’équipe.", "", null,
                SupportStatus.CLOSED, "Point fait ; pas de besoin d’accompagnement particulier.", false));
    }
}
