package fr.centressociaux.portail.centres;

import java.time.LocalDate;

/**
 * Where a director's centre stands in the open membership campaign, for their home page.
 *
 * @param status {@code TO_RENEW} until confirmed, then {@code MEMBER} (or {@code NOT_RENEWED}
 *               once the federation decided)
 * @param canConfirm whether the director may still confirm (not after the closing date)
 */
public record Renewal(String centreId, String centreName, int year, MembershipStatus status, LocalDate closesOn,
        boolean canConfirm) {
}
