package fr.centressociaux.portail.centres;

import java.time.LocalDate;

import fr.centressociaux.portail.shared.PortalYear;
import jakarta.validation.constraints.NotNull;

/**
 * The CAF approval (agrément) of the centre's projet social. The renewal file is due some months
 * before the end; {@link #renewalDueFrom()} is when the portal starts saying so. A CAF approval
 * lasts four years at most; {@link #MAX_YEARS} leaves a year for an extension.
 */
@PlausibleApproval
public record Approval(@NotNull(message = "{portal.validation.required}") @PortalYear LocalDate start,
        @NotNull(message = "{portal.validation.required}") LocalDate end) {

    /** Renewal work (diagnostic, COPAR) usually starts nine months before the end. */
    public static final int RENEWAL_LEAD_MONTHS = 9;
    /** The longest an approval may last, start to end. */
    public static final int MAX_YEARS = 5;

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
}
