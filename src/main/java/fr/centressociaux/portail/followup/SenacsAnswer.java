package fr.centressociaux.portail.followup;

import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A centre's answer to the SENACS survey of a year. Its id is {@code year:centreId}, so there is one
 * per centre and year however many people set it at once.
 */
@Document("followup_senacs")
@CompoundIndex(name = "year_department", def = "{'year': 1, 'department': 1}")
public class SenacsAnswer extends AuditedDocument {

    @Id
    private String id;
    private int year;
    private String centreId;
    private Department department;
    private @Nullable String territoryId;
    private SenacsStatus status;

    SenacsAnswer(int year, String centreId, Department department, @Nullable String territoryId,
            SenacsStatus status) {
        this.id = idOf(year, centreId);
        this.year = year;
        this.centreId = centreId;
        this.department = department;
        this.territoryId = territoryId;
        this.status = status;
    }

    static String idOf(int year, String centreId) {
        return year + ":" + centreId;
    }

    void change(SenacsStatus newStatus) {
        this.status = newStatus;
    }

    public String getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getCentreId() {
        return centreId;
    }

    public Department getDepartment() {
        return department;
    }

    public @Nullable String getTerritoryId() {
        return territoryId;
    }

    public SenacsStatus getStatus() {
        return status;
    }
}
