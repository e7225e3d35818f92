package fr.centressociaux.portail.meetings;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.territories.Department;

/**
 * What the bilan says of a meeting (or of a set of meetings): people present in total, by kind and
 * by the department of their centre ("70 participants dont 17 du Pas-de-Calais"), and centres
 * represented out of centres invited ("8 centres sur 10, soit 80 %"). Only people marked present
 * count, named or counted ({@link CountedLine}): {@code named} of the participants have a name.
 * A cancelled meeting counts nothing.
 */
public record MeetingCounts(int participants, Map<ParticipantKind, Integer> byKind,
        Map<Department, Integer> byDepartment, int centresRepresented, int centresInScope, int named) {

    public static final MeetingCounts NONE = new MeetingCounts(0, Map.of(), Map.of(), 0, 0, 0);

    /** Counts of named people only. */
    public MeetingCounts(int participants, Map<ParticipantKind, Integer> byKind,
            Map<Department, Integer> byDepartment, int centresRepresented, int centresInScope) {
        this(participants, byKind, byDepartment, centresRepresented, centresInScope, participants);
    }

    public MeetingCounts {
        byKind = Map.copyOf(byKind);
        byDepartment = Map.copyOf(byDepartment);
    }

    public int of(ParticipantKind kind) {
        return byKind.getOrDefault(kind, 0);
    }

    public int from(Department department) {
        return byDepartment.getOrDefault(department, 0);
    }

    /** Whole percent of the centres in scope that were represented; empty when none was invited. */
    public OptionalInt representationRate() {
        return centresInScope == 0 ? OptionalInt.empty()
                : OptionalInt.of((int) Math.round(100.0 * centresRepresented / centresInScope));
    }

    public MeetingCounts plus(MeetingCounts other) {
        Map<ParticipantKind, Integer> kinds = new EnumMap<>(ParticipantKind.class);
        kinds.putAll(byKind);
        other.byKind.forEach((kind, count) -> kinds.merge(kind, count, Integer::sum));
        Map<Department, Integer> departments = new EnumMap<>(Department.class);
        departments.putAll(byDepartment);
        other.byDepartment.forEach((department, count) -> departments.merge(department, count, Integer::sum));
        return new MeetingCounts(participants + other.participants, kinds, departments,
                centresRepresented + other.centresRepresented, centresInScope + other.centresInScope,
                named + other.named);
    }
}
