package fr.centressociaux.portail.centres;

import java.time.LocalDate;
import java.util.Optional;

import fr.centressociaux.portail.shared.PortalYear;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The CAF approval (agrément) of the centre's projet social: its kind, its period, and the steps of
 * its renewal as they happen (the diagnosis, the COPAR — the CAF's committee —, the decision). The
 * renewal file is due some months before the end; {@link #renewalDueFrom()} is when the portal
 * starts saying so. A CAF approval lasts four years at most; {@link #MAX_YEARS} leaves a year for an
 * extension. When a new approval replaces this one, the centre keeps this one in its history.
 */
@PlausibleApproval
@RenewalStepsInOrder
public record Approval(@Nullable ApprovalKind kind,
        @NotNull(message = "{portal.validation.required}") @PortalYear LocalDate start,
        @NotNull(message = "{portal.validation.required}") LocalDate end, @Nullable LocalDate diagnosisOn,
        @Nullable LocalDate coparOn, @Nullable LocalDate decisionOn) {

    /** Renewal work (diagnostic, COPAR) usually starts nine months before the end. */
    public static final int RENEWAL_LEAD_MONTHS = 9;
    /** The longest an approval may last, start to end. */
    public static final int MAX_YEARS = 5;

    /**
     * An approval known by its dates only (an import, an older record). A factory, not a second
     * constructor: the form's binder builds records through their one constructor.
     */
    public static Approval dated(LocalDate start, LocalDate end) {
        return new Approval(null, start, end, null, null, null);
    }

    /** New dates for the same approval: its kind and renewal steps stay. */
    public Approval withDates(LocalDate newStart, LocalDate newEnd) {
        return new Approval(kind, newStart, newEnd, diagnosisOn, coparOn, decisionOn);
    }

    /** Whether this is a new approval rather than a change of this one: it starts on another day. */
    boolean replaces(@Nullable Approval current) {
        return current != null && !current.start().equals(start);
    }

    /** The renewal step reached last, if any. */
    public Optional<RenewalStep> lastStep() {
        if (decisionOn != null) {
            return Optional.of(RenewalStep.DECISION);
        }
        if (coparOn != null) {
            return Optional.of(RenewalStep.COPAR);
        }
        return diagnosisOn == null ? Optional.empty() : Optional.of(RenewalStep.DIAGNOSIS);
    }

    public LocalDate renewalDueFrom() {
        return end.minusMonths(RENEWAL_LEAD_MONTHS);
    }

    public RenewalState stateOn(LocalDate today) {
        if (today.isAfter(end)) {
            return RenewalState.EXPIRED;
        }
        return today.isBefore(renewalDueFrom()) ? RenewalState.VALID : RenewalState.RENEWAL_DUE;
    }

    public enum RenewalState {
        VALID,
        RENEWAL_DUE,
        EXPIRED;

        public String labelKey() {
            return "centre.approval." + name();
        }
    }

    /** The steps of a renewal, in their order. */
    public enum RenewalStep {
        DIAGNOSIS,
        COPAR,
        DECISION;

        public String labelKey() {
            return "centre.approval.step." + name();
        }
    }
}
