package fr.centressociaux.portail.centres;

import java.time.LocalDate;

import fr.centressociaux.portail.centres.MembershipConstraints.LeftAfterJoining;
import fr.centressociaux.portail.centres.MembershipConstraints.ReasonWhenNotRenewed;
import fr.centressociaux.portail.shared.PortalYear;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A centre's membership for one calendar year: since when, and when and why it left if it did.
 * A centre that left in 2024 keeps its 2023 row, so past figures stay right. Its constraints hold
 * wherever it comes from (the centre page's dialog, an import); the service adds that the year is
 * at most next year.
 */
@ReasonWhenNotRenewed
@LeftAfterJoining
public record MembershipYear(@PortalYear int year,
        @NotNull(message = "{portal.validation.required}") MembershipStatus status, @Nullable LocalDate since,
        @Nullable LocalDate leftOn,
        @Size(max = MembershipYear.MAX_REASON, message = "{portal.validation.too-long}") @Nullable String reason) {

    public static final int MAX_REASON = 200;

    /** Whether the centre was a member for some of the year: a member row, or one with a departure date. */
    public boolean memberForSomeOfTheYear() {
        return status == MembershipStatus.MEMBER || leftOn != null;
    }
}
