package fr.centressociaux.portail.reporting;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.reporting.internal.BilanSubmissionRepository;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A bilan's way to the funder (DD013): staff submit it, which freezes its figures in a snapshot and
 * is refused while an indicator is broken; the funder of its department reads submitted and
 * validated bilans only, without the records naming people, and validates or returns them with a
 * comment; staff fix and submit again. Staff compare the snapshot with the live figures.
 */
@Service
public class BilanWorkflow {

    static final int MAX_COMMENT = 5_000;

    private final BilanSubmissionRepository submissions;
    private final BilanService bilans;
    private final NarrativeService narratives;
    private final ConventionService conventions;
    private final ReportingAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    BilanWorkflow(BilanSubmissionRepository submissions, BilanService bilans, NarrativeService narratives,
            ConventionService conventions, ReportingAccess access, CurrentUser currentUser, Clock clock) {
        this.submissions = submissions;
        this.bilans = bilans;
        this.narratives = narratives;
        this.conventions = conventions;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Freezes the year's figures and narratives and hands the bilan to the funder. */
    @PreAuthorize("hasRole('ADMIN')")
    public BilanSubmission submit(String conventionId, int year) {
        Bilan live = bilans.live(conventionId, year);
        if (!live.broken().isEmpty()) {
            throw new UserFacingException("reporting.bilan.submit-broken", String.join(", ",
                    live.broken().stream().map(line -> line.indicator().label()).toList()));
        }
        Convention convention = conventions.get(conventionId);
        BilanSubmission submission = submissions.findByConventionIdAndYear(conventionId, year)
                .orElseGet(() -> new BilanSubmission(conventionId, convention.getDepartment(), year));
        if (submission.getStatus() == BilanStatus.SUBMITTED || submission.getStatus() == BilanStatus.VALIDATED) {
            throw new UserFacingException("reporting.bilan.already-submitted");
        }
        submission.submit(live.withNarratives(narratives.current(live)), clock.instant());
        return save(submission);
    }

    @PreAuthorize("hasRole('FUNDER')")
    public BilanSubmission validate(String conventionId, int year) {
        BilanSubmission submission = submittedToTheCaller(conventionId, year);
        submission.validate();
        return save(submission);
    }

    @PreAuthorize("hasRole('FUNDER')")
    public BilanSubmission giveBack(String conventionId, int year, String comment) {
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty() || text.length() > MAX_COMMENT) {
            throw new UserFacingException("reporting.bilan.comment-required", MAX_COMMENT);
        }
        BilanSubmission submission = submittedToTheCaller(conventionId, year);
        submission.giveBack(new BilanSubmission.Comment(text,
                currentUser.get().orElseThrow().displayName(), clock.instant()));
        return save(submission);
    }

    /**
     * The frozen bilan as the caller may read it: staff any; the funder its department's once
     * submitted, with the records naming people left out of the drill-downs.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'FUNDER')")
    public Bilan submitted(String conventionId, int year) {
        BilanSubmission submission = submissions.findByConventionIdAndYear(conventionId, year)
                .filter(found -> found.getSnapshot().isPresent())
                .orElseThrow(() -> new UserFacingException("reporting.bilan.not-submitted"));
        if (access.isStaff()) {
            return submission.getSnapshot().orElseThrow();
        }
        checkFunderReads(submission);
        return BilanPrivacy.withoutPersonalRecords(submission.getSnapshot().orElseThrow());
    }

    /** The indicators whose live figure now differs from the snapshot's, with both. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Drift> drift(String conventionId, int year) {
        Bilan frozen = submitted(conventionId, year);
        Bilan live = bilans.live(conventionId, year);
        return frozen.lines().stream().map(then -> new Drift(then, live.line(then.indicator().id()).orElse(null)))
                .filter(drift -> drift.now() == null
                        || !Objects.equals(drift.then().current().number(), drift.now().current().number()))
                .toList();
    }

    /** An indicator as submitted and as computed now (null: no longer in the convention). */
    public record Drift(BilanLine then, @org.jspecify.annotations.Nullable BilanLine now) {
    }

    /** Where the bilan stands (draft when never submitted), for staff and its funder. */
    @PreAuthorize("hasAnyRole('ADMIN', 'FUNDER')")
    public java.util.Optional<BilanStatus> status(String conventionId, int year) {
        return submission(conventionId, year).map(BilanSubmission::getStatus);
    }

    /** The bilan's submission with its comments, as the caller may see it (the funder: once submitted). */
    @PreAuthorize("hasAnyRole('ADMIN', 'FUNDER')")
    public java.util.Optional<BilanSubmission> submission(String conventionId, int year) {
        return submissions.findByConventionIdAndYear(conventionId, year)
                .filter(found -> access.isStaff() || access.isFunderOf(found.getDepartment())
                        && found.getStatus().isReadByFunder());
    }

    private BilanSubmission submittedToTheCaller(String conventionId, int year) {
        BilanSubmission submission = submissions.findByConventionIdAndYear(conventionId, year)
                .orElseThrow(() -> new UserFacingException("reporting.bilan.not-submitted"));
        checkFunderReads(submission);
        if (submission.getStatus() != BilanStatus.SUBMITTED) {
            throw new UserFacingException("reporting.bilan.not-submitted");
        }
        return submission;
    }

    private void checkFunderReads(BilanSubmission submission) {
        if (!access.isFunderOf(submission.getDepartment()) || !submission.getStatus().isReadByFunder()) {
            throw new AccessDeniedException("Bilan of another funder or not submitted");
        }
    }

    private BilanSubmission save(BilanSubmission submission) {
        try {
            return submissions.save(submission);
        } catch (OptimisticLockingFailureException raced) {
            throw new UserFacingException("edit.concurrent");
        }
    }
}
