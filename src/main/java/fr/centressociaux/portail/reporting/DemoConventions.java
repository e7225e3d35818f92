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
 * Indicators whose modules do not exist yet (supports, SENACS, Promeneurs du Net) are left out.
 */
@Component
@Order(40)
class DemoConventions implements ApplicationRunner {

    static final String FEDERATION = "Fédération des centres sociaux du Nord Pas-de-Calais";
    static final String OTHER_NETWORK = "Réseau régional des acteurs de l’hébergement (démo)";
    private static final Logger LOG = LoggerFactory.getLogger(DemoConventions.class);
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
                                + "entre le Département et les adhérents", List.of()),
                        new Objective("Mobiliser le réseau et animer des lieux d’échanges ; former, qualifier et "
                                + "outiller les acteurs", training()),
                        new Objective("Accompagner le développement de structures de l’animation de la vie sociale "
                                + "sur les territoires non couverts", List.of()))),
                new FicheAction("Accompagner les coopérations locales", List.of(
                        new Objective("Soutenir les dynamiques partenariales entre les MDS et les centres sociaux",
                                List.of(count("Commissions thématiques", "THEMATIC_COMMISSION", null))))),
                new FicheAction("Accompagner la jeunesse et animer le réseau des Promeneurs du Net", List.of(
                        new Objective("Animer le réseau des Promeneurs du Net", List.of())))));
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
        return indicators;
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
