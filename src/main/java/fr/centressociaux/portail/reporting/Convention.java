package fr.centressociaux.portail.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.centressociaux.portail.shared.AuditedDocument;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A funder's convention with a network head, as data (DD013): its terms and its fiches action →
 * objectives → indicators, embedded, so a convention changes in one atomic write and a new one
 * needs no code.
 */
@Document("conventions")
public class Convention extends AuditedDocument {

    @Id
    private @Nullable String id;
    @Indexed
    private Department department;
    private String funderName;
    private String networkHead;
    /** The network head's name as compared (accents, case and spaces ignored), for the overlap rule. */
    private String networkHeadKey;
    private int firstYear;
    private int lastYear;
    private BigDecimal amountPerYear;
    private List<Instalment> schedule = new ArrayList<>();
    private LocalDate bilanDeadline;
    private List<FicheAction> fiches = new ArrayList<>();

    Convention(Department department, String funderName, String networkHead, int firstYear, int lastYear,
            BigDecimal amountPerYear, List<Instalment> schedule, LocalDate bilanDeadline) {
        changeTerms(department, funderName, networkHead, firstYear, lastYear, amountPerYear, schedule, bilanDeadline);
    }

    public String getId() {
        return java.util.Objects.requireNonNull(id);
    }

    public Department getDepartment() {
        return department;
    }

    public String getFunderName() {
        return funderName;
    }

    public String getNetworkHead() {
        return networkHead;
    }

    public int getFirstYear() {
        return firstYear;
    }

    public int getLastYear() {
        return lastYear;
    }

    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    public BigDecimal getAmountPerYear() {
        return amountPerYear;
    }

    public List<Instalment> getSchedule() {
        return List.copyOf(schedule);
    }

    public LocalDate getBilanDeadline() {
        return bilanDeadline;
    }

    /** The bilan of a covered year is due on the first year's deadline, that many years later. */
    public LocalDate deadlineFor(int year) {
        return bilanDeadline.plusYears(year - firstYear);
    }

    public List<FicheAction> getFiches() {
        return List.copyOf(fiches);
    }

    void changeTerms(Department department, String funderName, String networkHead, int firstYear, int lastYear,
            BigDecimal amountPerYear, List<Instalment> schedule, LocalDate bilanDeadline) {
        this.department = department;
        this.funderName = funderName;
        this.networkHead = networkHead;
        this.networkHeadKey = fr.centressociaux.portail.shared.SearchKeys.of(networkHead);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.amountPerYear = amountPerYear;
        this.schedule = new ArrayList<>(schedule);
        this.bilanDeadline = bilanDeadline;
    }

    void setFiches(List<FicheAction> fiches) {
        this.fiches = new ArrayList<>(fiches);
    }
}
