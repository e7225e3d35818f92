package fr.centressociaux.portail.promeneurs;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.promeneurs.internal.ActivityReportRepository;
import fr.centressociaux.portail.promeneurs.internal.ClosedYearRepository;
import fr.centressociaux.portail.promeneurs.internal.YearLedgers;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The monthly activity reports. Whoever may edit the professional (the coordinator, the director
 * of the employing centre) fills or corrects a month, from the month of the label to the current
 * month, until the coordinator closes the year.
 */
@Service
public class PromeneurActivity {

    private final ActivityReportRepository reports;
    private final ClosedYearRepository closedYears;
    private final PromeneurRegister register;
    private final PromeneurAccess access;
    private final InputValidation validation;
    private final YearLedgers ledgers;

    PromeneurActivity(ActivityReportRepository reports, ClosedYearRepository closedYears, PromeneurRegister register,
            PromeneurAccess access, InputValidation validation, YearLedgers ledgers) {
        this.ledgers = ledgers;
        this.reports = reports;
        this.closedYears = closedYears;
        this.register = register;
        this.access = access;
        this.validation = validation;
    }

    /** The year's months reported for a professional the caller may see, in month order. */
    @PreAuthorize("isAuthenticated()")
    public List<ActivityReport> year(String professionalId, int year) {
        register.get(professionalId);
        return reports.findByProfessionalIdAndYearOrderByMonth(professionalId, year);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ActivityReport> month(String professionalId, YearMonth month) {
        register.get(professionalId);
        return reports.findById(ActivityReport.idOf(professionalId, month));
    }

    /**
     * Fills or corrects a month. {@code expectedVersion} is the version the caller saw (0 for a month
     * not reported yet), so two people correcting the same month do not overwrite each other.
     */
    @PreAuthorize("isAuthenticated()")
    public ActivityReport save(String professionalId, YearMonth month, long expectedVersion, ActivityDraft draft) {
        Professional professional = register.get(professionalId);
        access.checkEdit(professional);
        Problems problems = validation.of(draft);
        if (month.isAfter(YearMonth.from(access.today()))) {
            problems.add("month", "promeneurs.activity.future-month");
        }
        List<LabelledPeriod> periods = professional.labelledPeriods();
        if (periods.isEmpty() || month.isBefore(YearMonth.from(periods.getFirst().from()))) {
            problems.add("month", "promeneurs.activity.before-label");
        }
        draft.localEvents().stream().filter(event -> event.date() != null && !YearMonth.from(event.date()).equals(month))
                .findFirst().ifPresent(event -> problems.add("localEvents", "promeneurs.activity.event-outside-month"));
        problems.throwIfAny();
        if (isClosed(month.getYear())) {
            throw new UserFacingException("promeneurs.activity.year-closed", month.getYear());
        }
        ActivityReport report = reports.findById(ActivityReport.idOf(professionalId, month))
                .orElseGet(() -> new ActivityReport(professionalId, professional.getDepartment(), month));
        if (report.getVersion() != expectedVersion) {
            throw new UserFacingException("edit.concurrent");
        }
        report.apply(draft);
        ActivityReport saved;
        try {
            saved = reports.save(report);
        } catch (OptimisticLockingFailureException | org.springframework.dao.DuplicateKeyException e) {
            throw new UserFacingException("edit.concurrent");
        }
        ledgers.record(saved);
        return saved;
    }

    /** Closes the year's activity: no month of it can be corrected any more. */
    @PreAuthorize("isAuthenticated()")
    public void closeYear(int year) {
        access.checkRunTheNetwork();
        if (!closedYears.existsById(year)) {
            closedYears.save(new ClosedYear(year));
        }
    }

    public boolean isClosed(int year) {
        return closedYears.existsById(year);
    }
}
