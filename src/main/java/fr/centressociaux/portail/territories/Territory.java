package fr.centressociaux.portail.territories;

import java.time.LocalDate;

import fr.centressociaux.portail.shared.AuditedDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An assemblée territoriale. Valid from a date, and until a date when it was merged or split;
 * delegates are assigned through their accounts' scope.
 */
@Document("territories")
public class Territory extends AuditedDocument {

    @Id
    private @Nullable String id;
    @Indexed(unique = true)
    private String code;
    private String name;
    private Department department;
    private LocalDate validFrom;
    private @Nullable LocalDate validTo;

    Territory(String code, String name, Department department, LocalDate validFrom, @Nullable LocalDate validTo) {
        this.code = code;
        this.name = name;
        this.department = department;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public @Nullable String getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Department getDepartment() {
        return department;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public @Nullable LocalDate getValidTo() {
        return validTo;
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    void apply(TerritoryDraft draft) {
        this.code = draft.code();
        this.name = draft.name();
        this.department = draft.department();
        this.validFrom = draft.validFrom();
        this.validTo = draft.validTo();
    }
}
