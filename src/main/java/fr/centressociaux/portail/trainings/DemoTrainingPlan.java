package fr.centressociaux.portail.trainings;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.centressociaux.portail.attendance.ParticipantKind;
import org.jspecify.annotations.Nullable;

/**
 * What the demo trainings are: the 2024 catalogue, whose Pas-de-Calais trainees reproduce the
 * training list of the 2024 bilan to the Département (DOMAIN.md, reference figures), with Nord
 * trainees beside them and the volunteer trainings and AMEPP supports of the FOSFORA table; and
 * the catalogue of the season under way, with sessions still to come. Trainees are invented.
 */
final class DemoTrainingPlan {

    static final String MATISSE = "Centre social Henri Matisse";
    static final String NAUTILUS = "Centre social Nautilus";
    /** A Pas-de-Calais member centre taken in turn, never the demo director's. */
    static final String ANY_62 = "*62";
    /** A Nord member centre taken in turn. */
    static final String ANY_59 = "*59";

    private DemoTrainingPlan() {
    }

    record Course(String title, TrainingFamily family, TrainingAudience audience, List<Job> jobs, int hours,
            @Nullable FosforaLine line, String trainer, String objectives, String programme, boolean published) {
    }

    /** People of one kind and job from a centre (or centres taken in turn), and whether they came. */
    record Group(String centre, ParticipantKind kind, Job job, int count, Presence presence,
            List<String> names) {
    }

    enum Presence { ALL_DAYS, FIRST_DAY, NOT_YET, ABSENT, WITHDRAWN }

    record Run(Course course, List<LocalDate> days, String place, @Nullable String host, int capacity,
            @Nullable BigDecimal amount, List<Group> groups, boolean cancelled, boolean byDirector) {
    }

    static Group people(String centre, ParticipantKind kind, Job job, int count) {
        return new Group(centre, kind, job, count, Presence.ALL_DAYS, List.of());
    }

    static Group named(String centre, ParticipantKind kind, Job job, String... names) {
        return new Group(centre, kind, job, names.length, Presence.ALL_DAYS, List.of(names));
    }

    static Group with(Group group, Presence presence) {
        return new Group(group.centre(), group.kind(), group.job(), group.count(), presence, group.names());
    }

    private static final String PAF = "Équipe du pôle accompagnement formation";

    private static Course course(String title, TrainingFamily family, TrainingAudience audience, int hours,
            @Nullable FosforaLine line, String trainer, Job... jobs) {
        return new Course(title, family, audience, List.of(jobs), hours, line, trainer,
                "- Situer sa pratique dans le projet social du centre\n- Échanger entre pairs du réseau\n"
                        + "- Repartir avec des outils à mettre en œuvre",
                "**Jour 1** : apports et partage d’expériences\n\n**Jours suivants** : mises en situation, "
                        + "analyse de cas apportés par les stagiaires, bilan", true);
    }

    private static final ParticipantKind EMP = ParticipantKind.EMPLOYEE;
    private static final ParticipantKind VOL = ParticipantKind.VOLUNTEER;

    static final Course DIRECTION = course("Adaptation à la fonction de direction", TrainingFamily.METIERS,
            TrainingAudience.EMPLOYEES, 28, null, PAF, Job.DIRECTION);
    static final Course RPS = course("Management et prévention des risques psycho-sociaux", TrainingFamily.METIERS,
            TrainingAudience.EMPLOYEES, 28, null, "Cabinet conseil en ressources humaines", Job.DIRECTION,
            Job.COORDINATION);
    static final Course PRACTICE = course("Groupe d’analyse de pratiques professionnelles des directions",
            TrainingFamily.METIERS, TrainingAudience.EMPLOYEES, 15, null, PAF, Job.DIRECTION);
    static final Course WELCOME = course("Animer la fonction accueil", TrainingFamily.METIERS,
            TrainingAudience.EMPLOYEES, 21, null, PAF, Job.ACCUEIL);
    static final Course FAMILY = course("Être référent·e famille en centre social", TrainingFamily.METIERS,
            TrainingAudience.EMPLOYEES, 21, null, PAF, Job.REFERENT_FAMILLE);
    static final Course YOUTH = course("Animer la jeunesse en centre social", TrainingFamily.METIERS,
            TrainingAudience.EMPLOYEES, 14, null, PAF, Job.ANIMATION_JEUNESSE);
    static final Course BUDGET = course("Savoir élaborer un budget de projet et d’action", TrainingFamily.METIERS,
            TrainingAudience.EMPLOYEES, 14, null, PAF, Job.COORDINATION);
    static final Course ACCOUNTING = course("Se perfectionner dans la gestion comptable et financière",
            TrainingFamily.SUR_MESURE, TrainingAudience.EMPLOYEES, 14, null, PAF, Job.GESTION);
    static final Course POWER = course("Soutenir le développement du pouvoir d’agir des habitants",
            TrainingFamily.MIXTE, TrainingAudience.BOTH, 14, FosforaLine.POWER_TO_ACT, PAF, Job.ANIMATION,
            Job.REFERENT_FAMILLE, Job.ADMINISTRATEUR, Job.BENEVOLE_ACTIVITE);
    static final Course TEAM_WELCOME = course("Accueillir, une affaire d’équipe", TrainingFamily.SUR_MESURE,
            TrainingAudience.BOTH, 14, FosforaLine.MIXED, PAF, Job.ACCUEIL, Job.ANIMATION, Job.BENEVOLE_ACTIVITE);
    static final Course EVALUATION = course("Définir des critères et indicateurs d’évaluation",
            TrainingFamily.METIERS, TrainingAudience.EMPLOYEES, 7, null, PAF, Job.DIRECTION, Job.COORDINATION);
    static final Course AGEING = course(
            "Les fondamentaux d’un projet vieillissement : créer, structurer la mission vieillissement du centre social",
            TrainingFamily.THEMATIQUE, TrainingAudience.EMPLOYEES, 14, null, PAF, Job.COORDINATION, Job.ANIMATION);
    static final Course RADIO = course("Créer et animer une web-radio de territoire", TrainingFamily.THEMATIQUE,
            TrainingAudience.BOTH, 14, null, "Association de radios associatives", Job.ANIMATION_JEUNESSE,
            Job.ANIMATION);
    static final Course ECOLOGY = course("Pratiques d’écologie populaire en Belgique", TrainingFamily.THEMATIQUE,
            TrainingAudience.BOTH, 21, FosforaLine.MIXED, PAF, Job.ANIMATION, Job.BENEVOLE_ACTIVITE);
    static final Course EMPLOYER = course("La fonction employeur", TrainingFamily.BENEVOLES,
            TrainingAudience.VOLUNTEERS, 7, FosforaLine.VOLUNTEERS_CATALOGUE, PAF, Job.ADMINISTRATEUR);
    static final Course BOARD = course("Être administrateur·rice en centre social", TrainingFamily.BENEVOLES,
            TrainingAudience.VOLUNTEERS, 21, FosforaLine.VOLUNTEERS_CUSTOM, PAF, Job.ADMINISTRATEUR);
    static final Course CONFERENCE = course("Conférence des présidences et administrateur·rices",
            TrainingFamily.BENEVOLES, TrainingAudience.VOLUNTEERS, 6, FosforaLine.BOARD_CONFERENCE, PAF,
            Job.ADMINISTRATEUR);
    static final Course AMEPP = course("Accompagnement méthodologique à l’élaboration participative du projet social",
            TrainingFamily.AMEPP, TrainingAudience.BOTH, 30, FosforaLine.AMEPP, PAF, Job.DIRECTION,
            Job.ADMINISTRATEUR, Job.BENEVOLE_ACTIVITE);
    static final Course FINANCE = course("Gestion budgétaire et financière d’un centre social",
            TrainingFamily.METIERS, TrainingAudience.EMPLOYEES, 14, null, PAF, Job.DIRECTION, Job.GESTION);
    static final Course INCLUSION = new Course("Inclusion et handicap en centre social", TrainingFamily.THEMATIQUE,
            TrainingAudience.BOTH, List.of(Job.ANIMATION, Job.ACCUEIL), 14, null, PAF, "- Accueillir toutes et tous",
            "À construire", false);

    /** The 2024 catalogue with its sessions; Pas-de-Calais trainees as in the 2024 bilan. */
    static List<Run> year2024() {
        List<Run> runs = new ArrayList<>();
        runs.add(held(DIRECTION, days(2024, 1, 18, 2024, 2, 15, 2024, 3, 21, 2024, 4, 18), "Lille", null, 14, null,
                people(ANY_62, EMP, Job.DIRECTION, 2), people(ANY_59, EMP, Job.DIRECTION, 5),
                with(people(ANY_59, EMP, Job.DIRECTION, 1), Presence.ABSENT)));
        runs.add(held(RPS, days(2024, 1, 25, 2024, 2, 29, 2024, 3, 28, 2024, 5, 16), "Lille", null, 12, null,
                people(ANY_62, EMP, Job.DIRECTION, 1), people(ANY_59, EMP, Job.COORDINATION, 5)));
        runs.add(held(PRACTICE, days(2024, 2, 8, 2024, 4, 11, 2024, 6, 13, 2024, 9, 19, 2024, 11, 21), "Douai",
                null, 12, null, people(ANY_62, EMP, Job.DIRECTION, 2), people(ANY_59, EMP, Job.DIRECTION, 8)));
        runs.add(held(WELCOME, days(2024, 3, 5, 2024, 3, 6, 2024, 4, 9), "Arras", null, 16, null,
                named(MATISSE, EMP, Job.ACCUEIL, "Sabrina Lemaire"), people(ANY_62, EMP, Job.ACCUEIL, 3),
                people(ANY_59, EMP, Job.ACCUEIL, 10), with(people(ANY_62, EMP, Job.ACCUEIL, 1), Presence.ABSENT)));
        runs.add(held(FAMILY, days(2024, 4, 4, 2024, 4, 5, 2024, 5, 23), "Lille", null, 14, null,
                people(ANY_62, EMP, Job.REFERENT_FAMILLE, 5), people(ANY_59, EMP, Job.REFERENT_FAMILLE, 6)));
        runs.add(held(FAMILY, days(2024, 10, 3, 2024, 10, 4, 2024, 11, 14), "Arras", null, 14, null,
                people(ANY_62, EMP, Job.REFERENT_FAMILLE, 3), people(ANY_59, EMP, Job.REFERENT_FAMILLE, 5),
                with(people(ANY_62, EMP, Job.REFERENT_FAMILLE, 1), Presence.WITHDRAWN)));
        runs.add(held(YOUTH, days(2024, 5, 14, 2024, 5, 15), "Valenciennes", null, 14, null,
                people(ANY_62, EMP, Job.ANIMATION_JEUNESSE, 1), people(ANY_59, EMP, Job.ANIMATION_JEUNESSE, 9)));
        runs.add(held(BUDGET, days(2024, 6, 4, 2024, 6, 18), "Lille", null, 14, null,
                people(ANY_62, EMP, Job.COORDINATION, 1), people(ANY_59, EMP, Job.COORDINATION, 11)));
        runs.add(held(ACCOUNTING, days(2024, 9, 10, 2024, 10, 8), "Boulogne-sur-Mer", NAUTILUS, 4, null,
                people(NAUTILUS, EMP, Job.GESTION, 1)));
        runs.add(held(POWER, days(2024, 3, 14, 2024, 3, 15), "Arras", null, 18, new BigDecimal("450"),
                people(ANY_62, EMP, Job.ANIMATION, 4), named(MATISSE, VOL, Job.BENEVOLE_ACTIVITE, "Gérard Vasseur"),
                people(ANY_62, VOL, Job.ADMINISTRATEUR, 1), people(ANY_59, EMP, Job.ANIMATION, 3),
                people(ANY_59, VOL, Job.BENEVOLE_ACTIVITE, 3)));
        runs.add(held(POWER, days(2024, 11, 7, 2024, 11, 8), "Lille", null, 18, new BigDecimal("450"),
                people(ANY_62, EMP, Job.ANIMATION, 3), named(MATISSE, VOL, Job.BENEVOLE_ACTIVITE, "Gérard Vasseur"),
                people(ANY_62, VOL, Job.BENEVOLE_ACTIVITE, 2), people(ANY_59, EMP, Job.REFERENT_FAMILLE, 3),
                people(ANY_59, VOL, Job.ADMINISTRATEUR, 2)));
        runs.add(held(TEAM_WELCOME, days(2024, 6, 20, 2024, 6, 27), "Calais", MATISSE, 16, new BigDecimal("450"),
                people(MATISSE, EMP, Job.ANIMATION, 7), named(MATISSE, EMP, Job.ACCUEIL, "Sabrina Lemaire",
                        "Karim Benali"), people(MATISSE, VOL, Job.BENEVOLE_ACTIVITE, 4)));
        runs.add(held(EVALUATION, days(2024, 9, 26), "Béthune", null, 16, null,
                people(ANY_62, EMP, Job.COORDINATION, 5), people(ANY_59, EMP, Job.DIRECTION, 7)));
        runs.add(held(AGEING, days(2024, 10, 15, 2024, 11, 19), "Lens", null, 16, null,
                people(ANY_62, EMP, Job.COORDINATION, 7), people(ANY_59, EMP, Job.ANIMATION, 8)));
        runs.add(held(RADIO, days(2024, 5, 28, 2024, 5, 29), "Roubaix", null, 12, null,
                people(ANY_62, EMP, Job.ANIMATION_JEUNESSE, 1), people(ANY_59, EMP, Job.ANIMATION, 4),
                people(ANY_59, VOL, Job.BENEVOLE_ACTIVITE, 2)));
        runs.add(held(ECOLOGY, days(2024, 9, 16, 2024, 9, 17, 2024, 9, 18), "Bruxelles", null, 14,
                new BigDecimal("675"), people(ANY_62, EMP, Job.ANIMATION, 1), people(ANY_62, VOL, Job.BENEVOLE_ACTIVITE, 2),
                people(ANY_59, EMP, Job.ANIMATION, 3), people(ANY_59, VOL, Job.BENEVOLE_ACTIVITE, 4)));
        runs.add(held(EMPLOYER, days(2024, 2, 3), "Lille", null, 15, new BigDecimal("450"),
                people(ANY_59, VOL, Job.ADMINISTRATEUR, 9)));
        runs.add(held(EMPLOYER, days(2024, 10, 12), "Douai", null, 15, new BigDecimal("450"),
                people(ANY_59, VOL, Job.ADMINISTRATEUR, 7), with(people(ANY_59, VOL, Job.ADMINISTRATEUR, 1),
                        Presence.ABSENT)));
        runs.add(held(BOARD, days(2024, 3, 9, 2024, 4, 13, 2024, 5, 25), "Dunkerque", "Centre socioculturel de Fort-Mardyck", 12,
                new BigDecimal("1350"), people("Centre socioculturel de Fort-Mardyck", VOL, Job.ADMINISTRATEUR, 8)));
        runs.add(held(BOARD, days(2024, 9, 21, 2024, 10, 19, 2024, 11, 23), "Landrecies", "Centre social Édouard Bantigny",
                12, new BigDecimal("1350"), people("Centre social Édouard Bantigny", VOL, Job.ADMINISTRATEUR, 6)));
        runs.add(held(CONFERENCE, days(2024, 3, 2), "Lille", null, 120, new BigDecimal("1200"),
                people(ANY_59, VOL, Job.ADMINISTRATEUR, 25)));
        runs.add(held(AMEPP, meetings(LocalDate.of(2024, 1, 16), 10), "Denain", "Maison de quartier Solange Tonini", 30,
                new BigDecimal("2250"), people("Maison de quartier Solange Tonini", VOL, Job.BENEVOLE_ACTIVITE, 9),
                people("Maison de quartier Solange Tonini", EMP, Job.ANIMATION, 4)));
        runs.add(held(AMEPP, meetings(LocalDate.of(2024, 2, 6), 12), "Armentières", "Centre social Salengro", 30,
                new BigDecimal("2700"), people("Centre social Salengro", VOL, Job.ADMINISTRATEUR, 11),
                people("Centre social Salengro", EMP, Job.DIRECTION, 3)));
        runs.add(held(AMEPP, meetings(LocalDate.of(2024, 9, 3), 8), "Cambrai", "Centre social Saint-Roch", 30,
                new BigDecimal("1800"), people("Centre social Saint-Roch", VOL, Job.BENEVOLE_ACTIVITE, 7)));
        Run cancelled = held(FINANCE, days(2024, 6, 11, 2024, 6, 12), "Lille", null, 12, null,
                with(people(ANY_62, EMP, Job.GESTION, 1), Presence.NOT_YET), with(people(ANY_59, EMP, Job.GESTION, 2),
                        Presence.NOT_YET));
        runs.add(new Run(cancelled.course(), cancelled.days(), cancelled.place(), null, 12, null, cancelled.groups(),
                true, false));
        return runs;
    }

    /**
     * The season under way (the 2026-2027 catalogue when today is 23 November 2026): sessions to
     * come, one nearly full, one full with a waiting list, one the demo director enrols into; one
     * held last week whose attendance staff have still to mark; and a draft.
     */
    static List<Run> season(LocalDate today) {
        List<Run> runs = new ArrayList<>();
        runs.add(upcoming(WELCOME, days(weekday(today.plusDays(24)), weekday(today.plusDays(25))), "Arras", 12,
                people(ANY_62, EMP, Job.ACCUEIL, 4), people(ANY_59, EMP, Job.ACCUEIL, 7)));
        runs.add(upcoming(RPS, days(weekday(today.plusDays(17)), weekday(today.plusDays(45))), "Lille", 8,
                people(ANY_59, EMP, Job.DIRECTION, 6), people(ANY_62, EMP, Job.DIRECTION, 4)));
        runs.add(upcoming(FAMILY, days(weekday(today.plusDays(44)), weekday(today.plusDays(45)),
                weekday(today.plusDays(72))), "Lille", 14, people(ANY_59, EMP, Job.REFERENT_FAMILLE, 3),
                people(ANY_62, EMP, Job.REFERENT_FAMILLE, 2)));
        Run power = upcoming(POWER, days(weekday(today.plusDays(58)), weekday(today.plusDays(59))), "Calais", 16,
                named(MATISSE, EMP, Job.REFERENT_FAMILLE, "Inès Caron"),
                named(MATISSE, VOL, Job.ADMINISTRATEUR, "Michel Dufour"));
        runs.add(new Run(power.course(), power.days(), power.place(), null, power.capacity(), null, power.groups(),
                false, true));
        runs.add(upcoming(EMPLOYER, days(weekday(today.plusDays(38))), "Douai", 15,
                people(ANY_59, VOL, Job.ADMINISTRATEUR, 3)));
        runs.add(upcoming(AGEING, days(weekday(today.plusDays(80)), weekday(today.plusDays(108))), "Lens", 12));
        runs.add(upcoming(DIRECTION, days(weekday(today.plusDays(66)), weekday(today.plusDays(94)),
                weekday(today.plusDays(122)), weekday(today.plusDays(150))), "Lille", 10,
                people(ANY_59, EMP, Job.DIRECTION, 2)));
        runs.add(held(RADIO, days(weekday(today.minusDays(8)), weekday(today.minusDays(8)).plusDays(1)), "Roubaix",
                null, 10, null, with(named(MATISSE, EMP, Job.ANIMATION_JEUNESSE, "Yanis Haddad"), Presence.NOT_YET),
                with(people(ANY_59, EMP, Job.ANIMATION, 4), Presence.NOT_YET),
                with(people(ANY_62, VOL, Job.BENEVOLE_ACTIVITE, 1), Presence.NOT_YET)));
        runs.add(new Run(INCLUSION, days(weekday(today.plusDays(130))), "Lille", null, 14, null, List.of(), false,
                false));
        return runs;
    }

    /** The first year of the catalogue under way: catalogues run from September to June. */
    static int seasonYear(LocalDate today) {
        return today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    }

    private static Run held(Course course, List<LocalDate> days, String place, @Nullable String host, int capacity,
            @Nullable BigDecimal amount, Group... groups) {
        return new Run(course, days, place, host, capacity, amount, List.of(groups), false, false);
    }

    private static Run upcoming(Course course, List<LocalDate> days, String place, int capacity, Group... groups) {
        List<Group> notYet = new ArrayList<>();
        for (Group group : groups) {
            notYet.add(with(group, Presence.NOT_YET));
        }
        return new Run(course, days, place, null, capacity, null, notYet, false, false);
    }

    private static List<LocalDate> days(int... yearMonthDay) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < yearMonthDay.length; i += 3) {
            days.add(LocalDate.of(yearMonthDay[i], yearMonthDay[i + 1], yearMonthDay[i + 2]));
        }
        return days;
    }

    private static List<LocalDate> days(LocalDate... dates) {
        return List.of(dates);
    }

    /** An AMEPP support: one working meeting every fortnight. */
    private static List<LocalDate> meetings(LocalDate first, int count) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(weekday(first.plusWeeks(2L * i)));
        }
        return days;
    }

    /** The date, or the Monday after when it falls on a weekend. */
    static LocalDate weekday(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY ? date.plusDays(2)
                : date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
    }
}
