package fr.centressociaux.portail.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.centressociaux.portail.accounts.RunAs;
import fr.centressociaux.portail.reporting.Instalment.PaymentTrigger;
import fr.centressociaux.portail.reporting.internal.ConventionRepository;
import fr.centressociaux.portail.shared.DemoDataPolicy;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.territories.Department;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo conventions, made as staff would, with no code of their own (DD013): the federation's
 * Pas-de-Calais conventions for 2024 (its territories before the 2025 split, for the 2024 bilan of
 * DOMAIN.md) and 2025 (its four territories), both with the three fiches action of the
 * Département; and a 2023–2025 convention shaped like the one the Département signed with another
 * network head (reference 002: meetings by type, participants, organisations represented).
 * The follow-up's figures (supports, SENACS, préfiguration, health projects) sit where the 2024
 * bilan (reference 000) reports them; the Promeneurs du Net figures (fiche action 3: the labelled
 * professionals, their employers and territories, the network's trainings and exchanges, the
 * activity they report) are quoted from the promeneurs module (DD015).
 */
@Component
@Order(40)
class DemoConventions implements ApplicationRunner {

    static final String FEDERATION = "Fédération des centres sociaux du Nord Pas-de-Calais";
    static final String OTHER_NETWORK = "Réseau régional des acteurs de l’hébergement (démo)";
    private static final Logger LOG = LoggerFactory.getLogger(DemoConventions.class);
    /**
     * The follow-up's key of the renewal supports, joined here because the literal "renewal.centres"
     * reads to TranslationsTest as a text of the membership campaign's "renewal." keys.
     */
    private static final String RENEWALS = String.join(".", "renewal", "centres");
    private static final List<Instalment> SEVENTY_THIRTY = List.of(new Instalment(70, PaymentTrigger.SIGNATURE),
            new Instalment(30, PaymentTrigger.BILAN_VALIDATED));

    private final DemoDataPolicy policy;
    private final RunAs runAs;
    private final ConventionService conventions;
    private final ConventionRepository stored;

    DemoConventions(DemoDataPolicy policy, RunAs runAs, ConventionService conventions, ConventionRepository stored) {
        this.policy = policy;
        this.runAs = runAs;
        this.conventions = conventions;
        this.stored = stored;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.loadsDemoData() || stored.count() > 0) {
            return;
        }
        runAs.account("admin@example.org", () -> {
            federation(2024, List.of("LIT62", "AA62", "ABM62"));
            federation(2025, List.of("LIT62", "AA62", "ARR62", "BM62"));
            otherNetwork();
            return null;
        });
        LOG.info("Demo conventions: {} created", stored.count());
    }

    private void federation(int year, List<String> territories) {
        Convention convention = conventions.create(new ConventionDraft(Department.PAS_DE_CALAIS, FEDERATION, year, year,
                new BigDecimal("40000"), SEVENTY_THIRTY, LocalDate.of(year + 1, 6, 30)));
        conventions.replaceFiches(convention.getId(), convention.getVersion(), List.of(
                new FicheAction("Soutenir et animer le réseau départemental", List.of(
                        new Objective("Représenter les adhérents dans les instances ; animer les instances "
                                + "départementales et territoriales", network(territories)),
                        new Objective("Accompagner les structures et consolider les projets ; être à l’interface "
                                + "entre le Département et les adhérents", List.of(
                                        followup("Centres accompagnés dans le renouvellement de leur projet social",
                                                RENEWALS),
                                        followup("Centres en difficulté accompagnés", "difficulty.centres"))),
                        new Objective("Mobiliser le réseau et animer des lieux d’échanges ; former, qualifier et "
                                + "outiller les acteurs", training()),
                        new Objective("Accompagner le développement de structures de l’animation de la vie sociale "
                                + "sur les territoires non couverts", List.of(
                                        followup("Démarches de préfiguration", "prefiguration.actions"))))),
                new FicheAction("Accompagner les coopérations locales", List.of(
                        new Objective("Soutenir les dynamiques partenariales entre les MDS et les centres sociaux",
                                List.of(count("Commissions thématiques", "THEMATIC_COMMISSION", null),
                                        followup("Renouvellements de projet social avec une MDS associée",
                                                "mds.in-renewals"),
                                        followup("Réunions du réseau avec une MDS et des centres présents",
                                                "mds.meetings"))),
                        new Objective("La promotion de la santé", health()))),
                new FicheAction("Accompagner la jeunesse et animer le réseau des Promeneurs du Net", List.of(
                        new Objective("Animer le réseau des Promeneurs du Net", promeneursNetwork(territories)),
                        new Objective("Proposer des temps de formation et d’échanges entre Promeneurs du Net",
                                promeneursTrainings()),
                        new Objective("Assurer le suivi individuel des Promeneurs du Net et de leur activité",
                                promeneursActivity())))));
    }

    /** The demo territories' names by code, for the indicators' labels (staff type them in the editor). */
    private static final java.util.Map<String, String> NAMES = java.util.Map.of("LIT62", "Littoral 62", "AA62",
            "Artois-Audomarois", "ABM62", "Arrageois et Bassin-Minier", "ARR62", "Arrageois", "BM62", "Bassin-Minier");

    private static List<Indicator> network(List<String> territories) {
        List<Indicator> indicators = new ArrayList<>();
        for (String territory : territories) {
            String name = NAMES.get(territory);
            indicators.add(count("Assemblées territoriales — " + name, "TERRITORIAL_ASSEMBLY", territory));
            indicators.add(count("Réunions des directions — " + name, "DIRECTORS", territory));
            indicators.add(count("Réunions des présidences — " + name, "CHAIRS", territory));
        }
        indicators.add(count("Réunions des directions du réseau", "NETWORK_DIRECTORS", null));
        indicators.add(participants("Participants aux réunions des directions du réseau", "NETWORK_DIRECTORS", false));
        indicators.add(participants("… dont du Pas-de-Calais", "NETWORK_DIRECTORS", true));
        indicators.add(participants("Participants à la journée d’accueil des nouveaux administrateurs",
                "NEW_BOARD_MEMBERS_DAY", false));
        indicators.add(participants("… dont du Pas-de-Calais", "NEW_BOARD_MEMBERS_DAY", true));
        indicators.add(participants("Participants à l’Université", "UNIVERSITY", false));
        indicators.add(count("Présence dans les instances partenariales", "PARTNER_BODY", null));
        indicators.add(Indicator.of("Centres du Pas-de-Calais représentés au moins une fois",
                MeasureCall.of("meetings.centres-represented", MeasureArguments.of("department", "62"))));
        indicators.add(Indicator.of("Taux de centres du Pas-de-Calais représentés",
                MeasureCall.of("meetings.centres-rate", MeasureArguments.of("department", "62"))));
        indicators.add(Indicator.of("Taux de complétude de l’enquête SENACS", MeasureCall.of("follow-up.rate",
                MeasureArguments.of("figure", "senacs.complete").with("department", "62"))));
        return indicators;
    }

    /** The health projects the federation supports, by theme (the demo catalogue's theme ids). */
    private static List<Indicator> health() {
        return List.of(
                followup("Centres accompagnés sur un projet thématique", "thematic.centres"),
                followup("Projets de prévention des cancers", "thematic.actions.cancer"),
                followup("Projets nutrition", "thematic.actions.nutrition"),
                followup("Projets de prévention des addictions", "thematic.actions.addictions"));
    }

    /** A Pas-de-Calais figure of the follow-up, by its stable key. */
    private static Indicator followup(String label, String figure) {
        return Indicator.of(label, MeasureCall.of("follow-up.figure",
                MeasureArguments.of("figure", figure).with("department", "62")));
    }

    /** The labelled professionals of the Pas-de-Calais network, who joined and left, where they work. */
    private static List<Indicator> promeneursNetwork(List<String> territories) {
        List<Indicator> indicators = new ArrayList<>(List.of(
                promeneurs("Promeneurs du Net labellisés au 31 décembre", "LABELLED_AT_YEAR_END"),
                promeneurs("Nouveaux Promeneurs du Net labellisés", "NEWLY_LABELLED"),
                promeneurs("Sorties du réseau", "LEFT"),
                promeneurs("… pour changement de poste", "LEFT_BY_REASON.JOB_CHANGE"),
                promeneurs("… pour fin de contrat", "LEFT_BY_REASON.END_OF_CONTRACT"),
                promeneurs("… par retrait de la structure", "LEFT_BY_REASON.STRUCTURE_WITHDREW"),
                promeneurs("Taux de rotation (en %)", "TURNOVER_RATE"),
                promeneurs("Part des Promeneurs employés par un centre social adhérent (en %)",
                        "SHARE_IN_MEMBER_CENTRES"),
                promeneurs("Structures employeuses", "EMPLOYERS"),
                promeneurs("Territoires couverts", "TERRITORIES_COVERED")));
        for (String territory : territories) {
            indicators.add(Indicator.of("Promeneurs du Net labellisés — " + NAMES.get(territory),
                    MeasureCall.of("pdn.figure", pdn("LABELLED_AT_YEAR_END").with("territories", territory))));
        }
        return indicators;
    }

    /** The network's own trainings and exchanges, by kind, and their participants. */
    private static List<Indicator> promeneursTrainings() {
        return List.of(
                promeneurs("Formations initiales des nouveaux Promeneurs", "EVENTS.INITIAL_TRAINING"),
                promeneurs("Sessions mensuelles à distance", "EVENTS.REMOTE_SESSION"),
                promeneurs("Demi-journées thématiques", "EVENTS.THEMATIC_HALF_DAY"),
                promeneurs("Journée départementale", "EVENTS.DEPARTMENTAL_DAY"),
                promeneurs("Demi-journées d’échanges en territoire", "EVENTS.EXCHANGE_HALF_DAY"),
                promeneurs("Participations aux temps du réseau", "PARTICIPANTS"));
    }

    /** What the professionals report month by month. */
    private static List<Indicator> promeneursActivity() {
        return List.of(
                promeneurs("Bilans mensuels d’activité remis", "ACTIVITY_REPORTS"),
                promeneurs("Rencontres individuelles", "INDIVIDUAL_FOLLOW_UPS"),
                promeneurs("Actions collectives", "COLLECTIVE_ACTIONS"),
                promeneurs("Heures de présence éducative en ligne", "HOURS_ONLINE"),
                promeneurs("Événements locaux accompagnés", "LOCAL_EVENTS_SUPPORTED"),
                promeneurs("Questions posées au réseau", "QUESTIONS_TO_THE_NETWORK"));
    }

    /** A Pas-de-Calais figure of the Promeneurs du Net network, by its stable key. */
    private static Indicator promeneurs(String label, String figure) {
        return Indicator.of(label, MeasureCall.of("pdn.figure", pdn(figure)));
    }

    private static MeasureArguments pdn(String figure) {
        return MeasureArguments.of("figure", figure).with("department", "62");
    }

    private static List<Indicator> training() {
        MeasureArguments pasDeCalais = MeasureArguments.of("department", "62");
        return List.of(
                Indicator.of("Salariés formés", MeasureCall.of("trainings.trainees",
                        pasDeCalais.with("participantKinds", "EMPLOYEE"))),
                Indicator.of("Bénévoles formés", MeasureCall.of("trainings.trainees",
                        pasDeCalais.with("participantKinds", "VOLUNTEER"))),
                Indicator.of("Sessions de formation", MeasureCall.of("trainings.sessions", pasDeCalais)),
                Indicator.of("Heures stagiaires", MeasureCall.of("trainings.hours", pasDeCalais)));
    }

    private void otherNetwork() {
        Convention convention = conventions.create(new ConventionDraft(Department.PAS_DE_CALAIS, OTHER_NETWORK, 2023,
                2025, new BigDecimal("20000"), SEVENTY_THIRTY, LocalDate.of(2024, 6, 30)));
        List<Indicator> meetings = List.of(
                count("Nombre de commissions", "THEMATIC_COMMISSION", null),
                count("Nombre de journées du réseau", "UNIVERSITY", null),
                Indicator.of("Participants aux commissions et journées (Pas-de-Calais)",
                        MeasureCall.of("meetings.participants", MeasureArguments.of("kinds", "THEMATIC_COMMISSION",
                                "UNIVERSITY").with("department", "62"))),
                Indicator.of("Organismes représentés", MeasureCall.of("meetings.centres-represented",
                        MeasureArguments.of("kinds", "THEMATIC_COMMISSION", "UNIVERSITY"))));
        conventions.replaceFiches(convention.getId(), convention.getVersion(), List.of(
                new FicheAction("Animation de réseau", List.of(new Objective("Animer le réseau départemental", meetings))),
                new FicheAction("Veille sociale – hébergement – logement", List.of(
                        new Objective("Participer aux instances du plan départemental", List.of(
                                count("Nombre de réunions", "PARTNER_BODY", null))))),
                new FicheAction("Insertion par l’activité économique – RSA", List.of(
                        new Objective("Co-animer les communautés de travail", List.of(
                                count("Nombre et types de réunions", "LAB", null)))))));
    }

    private static Indicator count(String label, String kind, @org.jspecify.annotations.Nullable String territory) {
        MeasureArguments arguments = MeasureArguments.of("kinds", kind);
        return Indicator.of(label, MeasureCall.of("meetings.count",
                territory == null ? arguments : arguments.with("territories", territory)));
    }

    private static Indicator participants(String label, String kind, boolean pasDeCalaisOnly) {
        MeasureArguments arguments = MeasureArguments.of("kinds", kind);
        return Indicator.of(label, MeasureCall.of("meetings.participants",
                pasDeCalaisOnly ? arguments.with("department", "62") : arguments));
    }
}
