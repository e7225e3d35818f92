package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A body where the federation represents its members, with the sittings it attended. The sittings
 * are embedded: a body meets a few times a year, and a new sitting is one versioned write.
 */
@Document("followup_partner_bodies")
@CompoundIndex(name = "sitting_date", def = "{'sittings.on': 1}")
public class PartnerBody extends AuditedDocument {

    @Id
    private @Nullable String id;
    private String name;
    private BodyLevel level;
    private @Nullable Department department;
    private String mandate;
    private List<Sitting> sittings = new ArrayList<>();
    /** The partner organisation (of the register) that convenes the body, if known. */
    private @Nullable String convenerId;

    PartnerBody(String name, BodyLevel level, @Nullable Department department, String mandate,
            @Nullable String convenerId) {
        this.name = name;
        this.level = level;
        this.department = department;
        this.mandate = mandate;
        this.convenerId = convenerId;
    }

    /** One sitting attended, with its minutes when someone kept them. */
    public record Sitting(LocalDate on, String attendees, String subjects, @Nullable MinutesFile minutes) {
    }

    public @Nullable String getConvenerId() {
        return convenerId;
    }

    void addSitting(Sitting sitting) {
        sittings.add(sitting);
    }

    /** Whether the body's sittings count for the department: its own, or every department for a national or regional body. */
    public boolean concerns(@Nullable Department asked) {
        return asked == null || department == null || department == asked;
    }

    public List<Sitting> sittingsIn(int year) {
        return sittings.stream().filter(sitting -> sitting.on().getYear() == year).toList();
    }

    public @Nullable String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BodyLevel getLevel() {
        return level;
    }

    public @Nullable Department getDepartment() {
        return department;
    }

    public String getMandate() {
        return mandate;
    }

    /** Newest first. */
    public List<Sitting> getSittings() {
        return sittings.stream().sorted(Comparator.comparing(Sitting::on).reversed()).toList();
    }
}
