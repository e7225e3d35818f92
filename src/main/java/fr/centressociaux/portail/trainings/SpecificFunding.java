package fr.centressociaux.portail.trainings;

import java.math.BigDecimal;
import java.util.Objects;

import fr.centressociaux.portail.shared.AuditedDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An amount of the FOSFORA fund spent outside training sessions in a year (e.g. "Congrès"): it
 * has a line of its own under "Financement spécifique" and counts in the general total.
 */
@Document("fosfora_specific_funding")
public class SpecificFunding extends AuditedDocument {

    @Id
    private @Nullable String id;
    @Indexed
    private int year;
    private String label;
    private long amountCents;

    SpecificFunding(int year, String label, long amountCents) {
        this.year = year;
        this.label = label;
        this.amountCents = amountCents;
    }

    public String getId() {
        return Objects.requireNonNull(id, "funding not saved");
    }

    public int getYear() {
        return year;
    }

    public String getLabel() {
        return label;
    }

    public BigDecimal getAmount() {
        return BigDecimal.valueOf(amountCents, 2);
    }

}
