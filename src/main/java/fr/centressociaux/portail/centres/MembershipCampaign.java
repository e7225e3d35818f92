package fr.centressociaux.portail.centres;

import java.time.LocalDate;

import fr.centressociaux.portail.shared.AuditedDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The membership campaign of a year: opened by the federation's staff, it asks every member of the
 * year before to confirm by {@link #getClosesOn()}. Its id is the year, so opening it twice cannot
 * make two campaigns; who opened it is its {@code createdBy}. The centres' answers live on each
 * centre ({@link MembershipYear}), not here.
 */
@Document("membership_campaigns")
public class MembershipCampaign extends AuditedDocument {

    @Id
    private String id;
    private int year;
    private LocalDate closesOn;

    MembershipCampaign(int year, LocalDate closesOn) {
        this.id = idOf(year);
        this.year = year;
        this.closesOn = closesOn;
    }

    static String idOf(int year) {
        return String.valueOf(year);
    }

    public int getYear() {
        return year;
    }

    /** The last day directors may confirm; after it, the federation decides for the others. */
    public LocalDate getClosesOn() {
        return closesOn;
    }

    public boolean isClosedOn(LocalDate today) {
        return today.isAfter(closesOn);
    }

    void moveClosingDate(LocalDate newClosesOn) {
        this.closesOn = newClosesOn;
    }
}
