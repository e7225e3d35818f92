package fr.centressociaux.portail.trainings;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFilter;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.centres.MembershipStatus;
import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.shared.DemoDataPolicy;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.trainings.DemoTrainingPlan.Course;
import fr.centressociaux.portail.trainings.DemoTrainingPlan.Group;
import fr.centressociaux.portail.trainings.DemoTrainingPlan.Run;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Loads {@link DemoTrainingPlan} after the demo centres, through the services as the demo admin
 * (and as the demo director for the people of their centre they enrol themselves), so every
 * enrolment, seat and hour is what the portal itself would have recorded.
 */
@Component
@Order(30)
class DemoTrainings implements ApplicationRunner {

    static final String DEMO_ADMIN = "admin@example.org";
    static final String DEMO_DIRECTOR = "direction@example.org";
    static final int REFERENCE_YEAR = 2024;
    private static final Logger LOG = LoggerFactory.getLogger(DemoTrainings.class);
    private static final String[] FIRST_NAMES = {"Amandine", "Bastien", "Céline", "Damien", "Élodie", "Fabrice",
        "Gaëlle", "Hugo", "Isabelle", "Jérôme", "Karima", "Laurent", "Mélanie", "Nicolas", "Océane", "Pascal",
        "Quentin", "Rachida", "Sébastien", "Tiphaine", "Ugo", "Valérie", "William", "Yasmine", "Zoé", "Aurélien",
        "Brigitte", "Cédric", "Delphine", "Émilie", "Farid", "Géraldine", "Hélène", "Ibrahim", "Justine", "Kévin",
        "Laetitia", "Mathieu", "Nadège", "Olivier", "Patricia"};
    private static final String[] LAST_NAMES = {"Dubois", "Lefebvre", "Leroy", "Moreau", "Lambert", "Dupont",
        "Delattre", "Carpentier", "Vandamme", "Deschamps", "Hennebert", "Lemoine", "Dumont", "Fontaine", "Caron",
        "Bernard", "Mercier", "Boulanger", "Delcourt", "Masson", "Wattel", "Delporte", "Lecomte", "Noël", "Vasseur",
        "Martel", "Gosselin", "Duhamel", "Debruyne", "Leclercq", "Poulain", "Bouchez", "Hautecoeur", "Ramet",
        "Cordier", "Delannoy", "Flament", "Lheureux", "Marchand", "Pruvost", "Roussel", "Sauvage", "Thuillier",
        "Vermeulen", "Ballet", "Cuvelier", "Dewulf", "Facon", "Gaillard", "Houzé", "Lesage", "Obert", "Trouvé"};

    private final DemoDataPolicy policy;
    private final TrainingCatalogue catalogue;
    private final TrainingSessions sessions;
    private final TrainingEnrolments enrolments;
    private final TrainingAttendance attendance;
    private final Fosfora fosfora;
    private final CentreService centres;
    private final TrainingAccess access;
    private final UserDetailsService users;
    private final SecurityContextHolderStrategy security;

    private final Map<String, Training> trainings = new HashMap<>();
    private final Map<String, Centre> centresByName = new HashMap<>();
    private final Map<Department, List<Centre>> rotation = new HashMap<>();
    private final Map<Department, Integer> turn = new HashMap<>();
    private int person;

    DemoTrainings(DemoDataPolicy policy, TrainingCatalogue catalogue, TrainingSessions sessions,
            TrainingEnrolments enrolments, TrainingAttendance attendance, Fosfora fosfora, CentreService centres,
            TrainingAccess access, UserDetailsService users, SecurityContextHolderStrategy security) {
        this.policy = policy;
        this.catalogue = catalogue;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.fosfora = fosfora;
        this.centres = centres;
        this.access = access;
        this.users = users;
        this.security = security;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.loadsDemoData()) {
            return;
        }
        long start = System.nanoTime();
        // Replays 2024 through the services; a cancelled session or a seat from the waiting list is
        // history, not news: no mail.
        int sessionCount = Outbox.quietly(() -> as(DEMO_ADMIN, () -> {
            loadCentres();
            LocalDate today = access.today();
            int count = 0;
            for (Run run : DemoTrainingPlan.year2024()) {
                load(run, REFERENCE_YEAR);
                count++;
            }
            int season = DemoTrainingPlan.seasonYear(today);
            for (Run run : DemoTrainingPlan.season(today)) {
                load(run, season);
                count++;
            }
            fosfora.addSpecificFunding(REFERENCE_YEAR, "Participation au congrès national des centres sociaux",
                    new BigDecimal("3000"));
            return count;
        }));
        LOG.info("Demo trainings: {} trainings, {} sessions, {} named trainees, in {} ms", trainings.size(),
                sessionCount, person, (System.nanoTime() - start) / 1_000_000);
    }

    private void load(Run run, int catalogueYear) {
        Training training = training(run.course(), catalogueYear);
        Centre host = run.host() == null ? null : centre(run.host());
        TrainingSession session = sessions.schedule(training.getId(), new SessionDraft(days(run), host == null ? null
                : host.getId(), run.capacity(), run.days().getFirst().minusDays(run.days().size() > 1 ? 14 : 10)));
        if (run.amount() != null) {
            session = sessions.recordFosforaAmount(session.getId(), session.getVersion(), run.amount());
        }
        Map<LocalDate, List<String>> present = new LinkedHashMap<>();
        run.days().forEach(day -> present.put(day, new ArrayList<>()));
        List<String> withdrawn = new ArrayList<>();
        for (Group group : run.groups()) {
            for (int i = 0; i < group.count(); i++) {
                Centre centre = group.centre().startsWith("*") ? next(group.centre()) : centre(group.centre());
                String[] name = i < group.names().size() ? group.names().get(i).split(" ", 2) : nextName();
                TraineeDraft draft = new TraineeDraft(name[0], name[1], group.kind(), group.job());
                String sessionId = session.getId();
                EnrolmentLine line = run.byDirector() ? as(DEMO_DIRECTOR,
                        () -> enrolments.enrol(sessionId, centre.getId(), draft))
                        : enrolments.enrol(sessionId, centre.getId(), draft);
                String id = line.enrolment().getId();
                switch (group.presence()) {
                    case ALL_DAYS -> present.values().forEach(ids -> ids.add(id));
                    case FIRST_DAY -> present.get(run.days().getFirst()).add(id);
                    case WITHDRAWN -> withdrawn.add(id);
                    case ABSENT, NOT_YET -> {
                    }
                }
            }
        }
        withdrawn.forEach(enrolments::withdraw);
        String sessionId = session.getId();
        present.forEach((day, ids) -> {
            if (!ids.isEmpty()) {
                attendance.markDay(sessionId, day, ids);
            }
        });
        if (run.cancelled()) {
            sessions.cancel(sessionId, sessions.get(sessionId).session().getVersion(),
                    "Trop peu d’inscriptions à la date limite");
        }
    }

    private Training training(Course course, int year) {
        return trainings.computeIfAbsent(course.title() + "|" + year, key -> {
            Training created = catalogue.create(new TrainingDraft(year, course.title(), course.family(),
                    course.audience(), course.jobs(), Duration.ofHours(course.hours()), course.objectives(),
                    course.programme(), course.trainer(), course.line()));
            return course.published() ? catalogue.publish(created.getId(), created.getVersion(), true) : created;
        });
    }

    /** Each day from 9:00, lasting its share of the training's hours. */
    private static List<SessionDraft.Day> days(Run run) {
        long minutes = run.course().hours() * 60L / run.days().size();
        LocalTime start = LocalTime.of(9, 0);
        return run.days().stream().map(day -> new SessionDraft.Day(day, start, start.plusMinutes(minutes),
                run.place())).toList();
    }

    private void loadCentres() {
        for (Department department : Department.values()) {
            List<Centre> members = centres.page(new CentreFilter(null, department, null, null, REFERENCE_YEAR,
                    MembershipStatus.MEMBER, null), PageRequest.of(0, 1000));
            members.forEach(centre -> centresByName.put(centre.getProfile().name(), centre));
            rotation.put(department, members.stream()
                    .filter(centre -> !centre.getProfile().name().equals(DemoTrainingPlan.MATISSE)).toList());
        }
    }

    private Centre centre(String name) {
        Centre centre = centresByName.get(name);
        if (centre == null) {
            throw new IllegalStateException("No demo member centre named " + name);
        }
        return centre;
    }

    /**
     * The next centre of the department, in turn: a stride prime to the number of centres visits
     * every centre once before any comes back, spread across the territories.
     */
    private Centre next(String which) {
        Department department = which.equals(DemoTrainingPlan.ANY_62) ? Department.PAS_DE_CALAIS : Department.NORD;
        List<Centre> members = rotation.get(department);
        int stride = 7;
        while (BigInteger.valueOf(stride).gcd(BigInteger.valueOf(members.size())).intValue() != 1) {
            stride++;
        }
        int index = turn.merge(department, 1, Integer::sum) - 1;
        return members.get(index * stride % members.size());
    }

    /** A name nobody else in the demo has: 41 first names and 53 last names combine without repeating. */
    private String[] nextName() {
        int index = person++;
        return new String[] {FIRST_NAMES[index % FIRST_NAMES.length], LAST_NAMES[index % LAST_NAMES.length]};
    }

    /** Runs the work signed in as this demo account (the audit fields say who). */
    private <T> T as(String email, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(email);
        var previous = security.getContext();
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        security.setContext(context);
        try {
            return work.get();
        } finally {
            if (previous.getAuthentication() == null) {
                security.clearContext();
            } else {
                security.setContext(previous);
            }
        }
    }
}
