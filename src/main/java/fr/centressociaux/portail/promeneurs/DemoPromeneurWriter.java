package fr.centressociaux.portail.promeneurs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingDraft;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.meetings.PdnMeeting;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.promeneurs.DemoPromeneurPlan.Commune;
import fr.centressociaux.portail.promeneurs.DemoPromeneurPlan.DemoStructure;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.TerritoryService;
import org.jspecify.annotations.Nullable;

/**
 * Writes the demo network year by year: who was labelled before 2023, who joined through which
 * initial training, who left when, the network's events with participants drawn among those
 * labelled on the day, and monthly activity. Deterministic (a seeded random), so the demo always
 * gives the same figures.
 */
final class DemoPromeneurWriter {

    private static final LocalDate SPLIT = LocalDate.of(2025, 1, 1);

    private final PromeneurRegister register;
    private final PromeneurStructures structures;
    private final PromeneurEvents events;
    private final MeetingService meetings;
    private final MeetingTerms meetingKinds;
    private final CentreService centres;
    private final TerritoryService territories;
    private final Random random = new Random(2023);
    private final List<String> employerCentres = new ArrayList<>();
    private final List<String> employerStructures = new ArrayList<>();
    private final List<Professional> all = new ArrayList<>();
    private final Map<String, Integer> emails = new HashMap<>();

    DemoPromeneurWriter(PromeneurRegister register, PromeneurStructures structures, PromeneurEvents events,
            MeetingService meetings, MeetingTerms meetingKinds, CentreService centres, TerritoryService territories) {
        this.register = register;
        this.structures = structures;
        this.events = events;
        this.meetings = meetings;
        this.meetingKinds = meetingKinds;
        this.centres = centres;
        this.territories = territories;
    }

    int professionals() {
        return all.size();
    }

    void network(LocalDate today) {
        employers();
        // 71 labelled on 31 December 2022; 20 of them leave in 2023, 13 in 2024, 4 in 2025.
        List<Professional> founders = new ArrayList<>();
        for (int i = 0; i < 71; i++) {
            founders.add(labelled(LocalDate.of(2017 + i % 6, 1 + i % 12, 1 + i % 27)));
        }
        leave(founders.subList(0, 20), 2023);
        List<Professional> cohort2023 = new ArrayList<>();
        cohort2023.addAll(initialTraining(LocalDate.of(2023, 3, 16), 12));
        cohort2023.addAll(initialTraining(LocalDate.of(2023, 10, 12), 10));
        year(2023, 7, 3, "Cyber-violence : repérer et réagir");

        initialTraining(LocalDate.of(2024, 3, 14), 8);
        initialTraining(LocalDate.of(2024, 9, 26), 7);
        Professional back = founders.getFirst();
        change(back, ProfessionalStatus.LABELLED, LocalDate.of(2024, 5, 2), null);
        leave(founders.subList(20, 33), 2024);
        year(2024, 8, 2, "Cyber-harcèlement et réseaux sociaux");

        initialTraining(LocalDate.of(2025, 4, 10), 6);
        leave(founders.subList(33, 37), 2025);
        year(2025, 6, 1, "Jeux vidéo et prévention");

        for (int i = 0; i < 3; i++) {
            register.register(draft(), new StatusChangeDraft(ProfessionalStatus.CANDIDATE, today.minusDays(20 + i), null),
                    true);
        }
    }

    private void employers() {
        for (Commune commune : DemoPromeneurPlan.COMMUNES) {
            if (commune.until2024Code() == null) {
                structures.mapCommune(commune.name(), territoryId(commune.territoryCode()), LocalDate.of(2015, 1, 1), null);
            } else {
                structures.mapCommune(commune.name(), territoryId(commune.until2024Code()), LocalDate.of(2015, 1, 1),
                        SPLIT.minusDays(1));
                structures.mapCommune(commune.name(), territoryId(commune.territoryCode()), SPLIT, null);
            }
        }
        for (DemoStructure structure : DemoPromeneurPlan.STRUCTURES) {
            employerStructures.add(structures.create(new StructureDraft(structure.name(), structure.kind(),
                    structure.commune(), Department.PAS_DE_CALAIS)).getId());
        }
        // Today's member centres of the Pas-de-Calais: their own histories place them in 2023.
        LocalDate today = register.today();
        for (String code : List.of("LIT62", "AA62", "ARR62", "BM62")) {
            centres.membersInTerritoriesOn(Set.of(territoryId(code)), today).stream().map(Centre::getId)
                    .forEach(employerCentres::add);
        }
    }

    /** Candidates registered before the training, who take part and are confirmed on its day. */
    private List<Professional> initialTraining(LocalDate date, int trainees) {
        PdnMeeting training = schedule(StandardKind.INITIAL_TRAINING, "Formation initiale des nouveaux promeneurs", date,
                null);
        List<Professional> labelled = new ArrayList<>();
        for (int i = 0; i < trainees; i++) {
            Professional candidate = register.register(draft(),
                    new StatusChangeDraft(ProfessionalStatus.CANDIDATE, date.minusDays(40 + i), null), true);
            events.addParticipant(training.id(), candidate.getId());
            labelled.add(events.confirmInitialTraining(training.id(), candidate.getId()));
        }
        all.addAll(labelled);
        return labelled;
    }

    /** The year's remote sessions, thematic half-days, departmental day and one exchange half-day per territory. */
    private void year(int year, int remoteSessions, int thematic, String theme) {
        for (int i = 0; i < remoteSessions; i++) {
            LocalDate date = LocalDate.of(year, 1 + i * 11 / remoteSessions, 12);
            attend(schedule(StandardKind.REMOTE_SESSION, "Séance à distance du réseau", date, null), 12, 25, null);
        }
        for (int i = 0; i < thematic; i++) {
            LocalDate date = LocalDate.of(year, 4 + i * 3, 18);
            attend(schedule(StandardKind.THEMATIC_HALF_DAY, theme, date, null), 15, 30, null);
        }
        attend(schedule(StandardKind.DEPARTMENTAL_DAY, "Journée départementale des Promeneurs du Net",
                LocalDate.of(year, 11, 23), null), 40, 55, null);
        LocalDate exchange = LocalDate.of(year, 5, 25);
        List<String> codes = year < SPLIT.getYear() ? List.of("LIT62", "AA62", "ABM62")
                : List.of("LIT62", "AA62", "ARR62", "BM62");
        for (String code : codes) {
            String territoryId = territoryId(code);
            attend(schedule(StandardKind.EXCHANGE_HALF_DAY, "Demi-journée d’échanges "
                    + territories.get(territoryId).orElseThrow().getName(), exchange, territoryId), 4, 12, territoryId);
        }
    }

    /** A meeting of the network's kind, scheduled by the coordinator like any other (DD015). */
    private PdnMeeting schedule(StandardKind kind, String title, LocalDate date, @Nullable String territoryId) {
        MeetingScope scope = territoryId == null ? MeetingScope.department(Department.PAS_DE_CALAIS)
                : MeetingScope.territory(territoryId);
        boolean remote = kind == StandardKind.REMOTE_SESSION;
        Meeting meeting = meetings.create(new MeetingDraft(meetingKinds.standard(kind).getId(), title, scope, date,
                remote ? LocalTime.of(14, 0) : LocalTime.of(9, 30), remote ? LocalTime.of(15, 30) : LocalTime.of(16, 30),
                remote ? "Visioconférence" : "Maison des sports, Arras", "", List.of(), null,
                "Coordination Promeneurs du Net"), false);
        return events.get(meeting.getId());
    }

    private void attend(PdnMeeting event, int fewest, int most, @Nullable String territoryId) {
        List<Professional> there = new ArrayList<>(all.stream()
                .filter(professional -> professional.isLabelledOn(event.date()))
                .filter(professional -> territoryId == null
                        || professional.territoryOn(event.date()).map(territoryId::equals).orElse(false))
                .toList());
        java.util.Collections.shuffle(there, random);
        int count = Math.min(there.size(), fewest + random.nextInt(most - fewest + 1));
        for (Professional professional : there.subList(0, count)) {
            events.addParticipant(event.id(), professional.getId());
        }
    }

    /** Each one leaves on a day of the year, for a reason. */
    private void leave(List<Professional> leaving, int year) {
        LeavingReason[] reasons = LeavingReason.values();
        for (int i = 0; i < leaving.size(); i++) {
            Professional professional = leaving.get(i);
            LocalDate day = LocalDate.of(year, 1 + i * 11 / leaving.size(), 10 + i % 15);
            change(professional, ProfessionalStatus.LEFT, day, reasons[i % reasons.length]);
        }
    }

    private void change(Professional professional, ProfessionalStatus status, LocalDate on,
            @Nullable LeavingReason reason) {
        Professional current = register.get(professional.getId());
        Professional changed = register.changeStatus(current.getId(), current.getVersion(),
                new StatusChangeDraft(status, on, reason));
        all.replaceAll(known -> known.getId().equals(changed.getId()) ? changed : known);
    }

    private Professional labelled(LocalDate on) {
        Professional professional = register.register(draft(), new StatusChangeDraft(ProfessionalStatus.LABELLED, on,
                null), true);
        all.add(professional);
        return professional;
    }

    /** Two in five work in a member centre, the others in structures outside the network. */
    private ProfessionalDraft draft() {
        int n = emails.values().stream().mapToInt(Integer::intValue).sum();
        String first = DemoPromeneurPlan.FIRST_NAMES.get(n % DemoPromeneurPlan.FIRST_NAMES.size());
        String last = DemoPromeneurPlan.LAST_NAMES.get((n / 3) % DemoPromeneurPlan.LAST_NAMES.size());
        String base = (first + "." + last).toLowerCase(java.util.Locale.ROOT);
        int seen = emails.merge(base, 1, Integer::sum);
        String email = ascii(base) + (seen > 1 ? seen : "") + "@example.org";
        boolean inCentre = n % 5 < 2;
        String centreId = inCentre ? employerCentres.get(n % employerCentres.size()) : null;
        String structureId = inCentre ? null : employerStructures.get(n % employerStructures.size());
        SocialNetwork[] networks = SocialNetwork.values();
        return new ProfessionalDraft(first, last, email, "06 " + String.format("%02d %02d %02d %02d", n % 100,
                (n * 7) % 100, (n * 13) % 100, (n * 31) % 100), inCentre ? "Animateur·rice jeunesse" : "Éducateur·rice",
                centreId, structureId, LocalDate.of(2022, 9, 1), LocalDate.of(2026, 8, 31),
                List.of(new NetworkPresence(networks[n % 4], "@" + base.replace(".", "_")),
                        new NetworkPresence(SocialNetwork.DISCORD, base.replace(".", "") + "#pdn62")),
                11 + n % 3, 20 + n % 6, DemoPromeneurPlan.THEMES.get(n % DemoPromeneurPlan.THEMES.size()));
    }

    /** A report for most months each professional was labelled in, from January to {@code lastMonth}. */
    List<ActivityReport> activity(int year, int lastMonth) {
        List<ActivityReport> reports = new ArrayList<>();
        for (Professional professional : all) {
            Professional current = register.get(professional.getId());
            for (int month = 1; month <= lastMonth; month++) {
                YearMonth yearMonth = YearMonth.of(year, month);
                if (!current.isLabelledOn(yearMonth.atEndOfMonth()) || random.nextInt(10) < 2) {
                    continue;
                }
                ActivityReport report = new ActivityReport(current.getId(), current.getDepartment(), yearMonth);
                List<LocalEvent> local = random.nextInt(4) == 0
                        ? List.of(new LocalEvent("Atelier prévention numérique", yearMonth.atDay(15))) : List.of();
                report.apply(new ActivityDraft(random.nextInt(13), random.nextInt(5),
                        BigDecimal.valueOf(4 + random.nextInt(40)).divide(BigDecimal.TWO), local,
                        random.nextInt(3) == 0 ? "Kit « Cyber-harcèlement »" : "", random.nextInt(3), ""));
                reports.add(report);
            }
        }
        return reports;
    }

    private String territoryId(String code) {
        return territories.byCode(code).orElseThrow().getId();
    }

    /** E-mail local parts without accents. */
    private static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
