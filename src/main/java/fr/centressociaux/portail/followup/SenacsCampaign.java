package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import fr.centressociaux.portail.shared.AuditedDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The SENACS campaign of a year: when the observatory's survey opens and closes. Its id is the year,
 * so there is one campaign per year however many people set it at once.
 */
@Document("followup_senacs_campaigns")
public class SenacsCampaign extends AuditedDocument {

    @Id
    private String id;
    private int year;
    private LocalDate opensOn;
    private LocalDate closesOn;

    SenacsCampaign(int year, LocalDate opensOn, LocalDate closesOn) {
        this.id = String.valueOf(year);
        this.year = year;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    void change(LocalDate newOpensOn, LocalDate newClosesOn) {
        this.opensOn = newOpensOn;
        this.closesOn = newClosesOn;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** Days from the day to the closing day (0 on the closing day). */
    public long daysLeftOn(LocalDate day) {
        return ChronoUnit.DAYS.between(day, closesOn);
    }

    public SenacsCampaignDraft toDraft() {
        return new SenacsCampaignDraft(opensOn, closesOn);
    }
}
