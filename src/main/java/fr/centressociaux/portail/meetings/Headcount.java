package fr.centressociaux.portail.meetings;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * People present as a kind × department table, named and counted kept apart, so a department's
 * figures keep only its own people (a network meeting's Nord participants are not Pas-de-Calais
 * ones). People without a department count under the meeting's department when it has one.
 */
final class Headcount {

    private static final String NO_DEPARTMENT = "-";

    private final Map<String, Integer> named;
    private final Map<String, Integer> counted;

    private Headcount(Map<String, Integer> named, Map<String, Integer> counted) {
        this.named = named;
        this.counted = counted;
    }

    static Headcount none() {
        return new Headcount(new HashMap<>(), new HashMap<>());
    }

    /** The cell of a kind and a department (null: none), as stored on the meeting. */
    static String key(ParticipantKind kind, @Nullable Department department) {
        return kind.name() + ":" + (department == null ? NO_DEPARTMENT : department.name());
    }

    /** A named person's department: their centre's, or the meeting's own for someone from outside. */
    static @Nullable Department departmentOf(@Nullable Department ofCentre, Meeting meeting) {
        return ofCentre != null ? ofCentre : meeting.ownDepartment();
    }

    static Headcount of(Meeting meeting) {
        Map<String, Integer> counted = new HashMap<>();
        for (CountedLine line : meeting.getCountedLines()) {
            counted.merge(key(line.kind(), departmentOf(line.department(), meeting)), line.count(), Integer::sum);
        }
        Map<String, Integer> named = new HashMap<>();
        meeting.getNamedPresent().forEach((cell, n) -> {
            if (n != null && n != 0) {
                named.put(cell, n);
            }
        });
        return new Headcount(named, counted);
    }

    /** Only the people of that department. */
    Headcount onlyFrom(Department department) {
        String suffix = ":" + department.name();
        Map<String, Integer> ownNamed = new HashMap<>();
        named.forEach((cell, n) -> {
            if (cell.endsWith(suffix)) {
                ownNamed.put(cell, n);
            }
        });
        Map<String, Integer> ownCounted = new HashMap<>();
        counted.forEach((cell, n) -> {
            if (cell.endsWith(suffix)) {
                ownCounted.put(cell, n);
            }
        });
        return new Headcount(ownNamed, ownCounted);
    }

    Headcount plus(Headcount other) {
        Map<String, Integer> sumNamed = new HashMap<>(named);
        other.named.forEach((cell, n) -> sumNamed.merge(cell, n, Integer::sum));
        Map<String, Integer> sumCounted = new HashMap<>(counted);
        other.counted.forEach((cell, n) -> sumCounted.merge(cell, n, Integer::sum));
        return new Headcount(sumNamed, sumCounted);
    }

    MeetingCounts counts(int centresRepresented, int centresInScope) {
        Map<ParticipantKind, Integer> byKind = new EnumMap<>(ParticipantKind.class);
        Map<Department, Integer> byDepartment = new EnumMap<>(Department.class);
        int[] totals = new int[2];
        named.forEach((cell, n) -> {
            add(cell, n, byKind, byDepartment);
            totals[0] += n;
        });
        counted.forEach((cell, n) -> {
            add(cell, n, byKind, byDepartment);
            totals[1] += n;
        });
        return new MeetingCounts(totals[0] + totals[1], byKind, byDepartment, centresRepresented, centresInScope,
                totals[0]);
    }

    private static void add(String cell, int n, Map<ParticipantKind, Integer> byKind,
            Map<Department, Integer> byDepartment) {
        int colon = cell.indexOf(':');
        byKind.merge(ParticipantKind.valueOf(cell.substring(0, colon)), n, Integer::sum);
        String department = cell.substring(colon + 1);
        if (!NO_DEPARTMENT.equals(department)) {
            byDepartment.merge(Department.valueOf(department), n, Integer::sum);
        }
    }
}
