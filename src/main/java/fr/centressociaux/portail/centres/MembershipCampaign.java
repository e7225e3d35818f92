package fr.centressociaux.portail.centres;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The membership campaign of a year: opened by the federation's staff, it asks every member of the
 * year before to confirm by {@link #getClosesOn()}. Its id is the year, so opening it twice cannot
 * make two campaigns. The centres' answers live on each centre ({@link MembershipYear}), not here.
 */
@Document("membership_campaigns")
public class MembershipCampaign {

    @Id
    private String id;
    private int year;
    private LocalDate closesOn;
    private String openedBy;
    @Version
    private @Nullable Long version;
    @CreatedDate
    private @Nullable Instant createdAt;
    @LastModifiedDate
    private @Nullable Instant modifiedAt;
    @LastModifiedBy
    private @Nullable String modifiedBy;

    MembershipCampaign(int year, LocalDate closesOn, String openedBy) {
        this.id = idOf(year);
        this.year = year;
        this.closesOn = closesOn;
        this.openedBy = openedBy;
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

    public String getOpenedBy() {
        return openedBy;
    }

    public boolean isClosedOn(LocalDate today) {
        return today.isAfter(closesOn);
    }

    void moveClosingDate(LocalDate newClosesOn) {
        this.closesOn = newClosesOn;
    }
}
