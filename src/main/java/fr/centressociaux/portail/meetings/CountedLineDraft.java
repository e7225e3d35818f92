package fr.centressociaux.portail.meetings;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.territories.Department;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A counted line as typed or imported: a member centre, or (no centre) a partner structure by
 * name or nobody in particular outside the network, a kind of person and how many came.
 */
public class CountedLineDraft {

    private @Nullable String centreId;
    @Size(max = CountedAttendance.MAX_STRUCTURE, message = "{portal.validation.counted.structure.size}")
    private String structure = "";
    private @Nullable Department department;
    @NotNull(message = "{portal.validation.counted.kind.required}")
    private @Nullable ParticipantKind kind;
    @NotNull(message = "{portal.validation.counted.count.required}")
    @Min(value = 1, message = "{portal.validation.counted.count.min}")
    @Max(value = CountedLine.MOST_PER_LINE, message = "{portal.validation.counted.count.max}")
    private @Nullable Integer count;

    public CountedLineDraft() {
    }

    public CountedLineDraft(@Nullable String centreId, String structure, @Nullable ParticipantKind kind,
            @Nullable Integer count) {
        this.centreId = centreId;
        this.structure = structure;
        this.kind = kind;
        this.count = count;
    }

    /** The draft of a stored line, to send the whole list back with one more or one less. */
    public static CountedLineDraft of(CountedLine line) {
        CountedLineDraft draft = new CountedLineDraft(line.centreId(), line.forCentre() ? "" : line.name(),
                line.kind(), line.count());
        draft.setDepartment(line.forCentre() ? null : line.department());
        return draft;
    }

    public @Nullable String getCentreId() {
        return centreId;
    }

    public void setCentreId(@Nullable String centreId) {
        this.centreId = centreId;
    }

    public String getStructure() {
        return structure;
    }

    public void setStructure(@Nullable String structure) {
        this.structure = structure == null ? "" : structure;
    }

    /** For a structure outside the network: its department, when it is not the meeting's. */
    public @Nullable Department getDepartment() {
        return department;
    }

    public void setDepartment(@Nullable Department department) {
        this.department = department;
    }

    public @Nullable ParticipantKind getKind() {
        return kind;
    }

    public void setKind(@Nullable ParticipantKind kind) {
        this.kind = kind;
    }

    public @Nullable Integer getCount() {
        return count;
    }

    public void setCount(@Nullable Integer count) {
        this.count = count;
    }
}
