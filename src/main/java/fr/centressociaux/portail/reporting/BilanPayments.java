package fr.centressociaux.portail.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.reporting.internal.BilanSubmissionRepository;
import fr.centressociaux.portail.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Where a year's grant stands (DD013): each instalment of the convention's schedule with its
 * amount, paid (on the day staff recorded) or due. An instalment due on signature is due at once;
 * the balance becomes due when the funder validates the bilan, and cannot be recorded as paid
 * before. Staff record payments; the funder of the convention's department reads them.
 */
@Service
public class BilanPayments {

    private final BilanSubmissionRepository submissions;
    private final ConventionService conventions;
    private final CurrentUser currentUser;
    private final Clock clock;

    BilanPayments(BilanSubmissionRepository submissions, ConventionService conventions, CurrentUser currentUser,
            Clock clock) {
        this.submissions = submissions;
        this.conventions = conventions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What an instalment is now: paid, due, or waiting for the bilan's validation. */
    public enum State {
        PAID,
        DUE,
        AWAITING_VALIDATION;

        public String labelKey() {
            return "reporting.payment.state." + name();
        }
    }

    /** One instalment of the year: its share, its amount in euros, where it stands. */
    public record InstalmentStatus(int position, Instalment instalment, BigDecimal amount, State state,
            @Nullable LocalDate paidOn) {
    }

    /** The year's instalments in the schedule's order. */
    @PreAuthorize("hasAnyRole('ADMIN', 'FUNDER')")
    public List<InstalmentStatus> of(String conventionId, int year) {
        Convention convention = covered(conventionId, year);
        Optional<BilanSubmission> submission = submissions.findByConventionIdAndYear(conventionId, year);
        List<Instalment> schedule = convention.getSchedule();
        return IntStream.range(0, schedule.size()).mapToObj(position -> {
            Instalment instalment = schedule.get(position);
            BigDecimal amount = convention.getAmountPerYear().multiply(BigDecimal.valueOf(instalment.percent()))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            LocalDate paidOn = submission.flatMap(found -> found.getPayments().stream()
                    .filter(payment -> payment.instalment() == position).findFirst())
                    .map(BilanSubmission.Payment::paidOn).orElse(null);
            State state = paidOn != null ? State.PAID : isDue(instalment, submission) ? State.DUE
                    : State.AWAITING_VALIDATION;
            return new InstalmentStatus(position, instalment, amount, state, paidOn);
        }).toList();
    }

    /** Staff record that the funder paid this instalment of the year on that day. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<InstalmentStatus> recordPaid(String conventionId, int year, int position, LocalDate paidOn) {
        Convention convention = covered(conventionId, year);
        InstalmentStatus status = of(conventionId, year).stream().filter(found -> found.position() == position)
                .findFirst().orElseThrow(() -> new UserFacingException("reporting.payment.unknown"));
        if (status.state() == State.PAID) {
            throw new UserFacingException("reporting.payment.already-paid");
        }
        if (status.state() == State.AWAITING_VALIDATION) {
            throw new UserFacingException("reporting.payment.not-due");
        }
        if (paidOn.isAfter(LocalDate.now(clock))) {
            throw new UserFacingException("reporting.payment.future");
        }
        BilanSubmission submission = submissions.findByConventionIdAndYear(conventionId, year)
                .orElseGet(() -> new BilanSubmission(conventionId, convention.getDepartment(), year));
        submission.paid(new BilanSubmission.Payment(position, paidOn, currentUser.get().orElseThrow().displayName(),
                clock.instant()));
        try {
            submissions.save(submission);
        } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
            throw new UserFacingException("edit.concurrent");
        }
        return of(conventionId, year);
    }

    private static boolean isDue(Instalment instalment, Optional<BilanSubmission> submission) {
        return switch (instalment.dueOn()) {
            case SIGNATURE -> true;
            case BILAN_VALIDATED -> submission.map(BilanSubmission::getStatus).orElse(BilanStatus.DRAFT)
                    == BilanStatus.VALIDATED;
        };
    }

    private Convention covered(String conventionId, int year) {
        Convention convention = conventions.get(conventionId);
        if (!convention.covers(year)) {
            throw new UserFacingException("reporting.bilan.year-not-covered", String.valueOf(year),
                    String.valueOf(convention.getFirstYear()), String.valueOf(convention.getLastYear()));
        }
        return convention;
    }
}
