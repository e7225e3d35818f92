package fr.centressociaux.portail.trainings;

import java.util.Collection;
import java.util.List;

import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.trainings.internal.EnrolmentRepository;
import fr.centressociaux.portail.trainings.internal.SessionRepository;
import fr.centressociaux.portail.trainings.internal.TrainingRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The yearly catalogue: browsing (published entries; staff also see drafts), and the entries'
 * creation, edits with the version the person saw, publication and deletion by staff.
 */
@Service
public class TrainingCatalogue {

    private final TrainingRepository trainings;
    private final SessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final TrainingAccess access;
    private final InputValidation validation;

    TrainingCatalogue(TrainingRepository trainings, SessionRepository sessions, EnrolmentRepository enrolments,
            TrainingAccess access, InputValidation validation) {
        this.validation = validation;
        this.trainings = trainings;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.access = access;
    }

    /** A page of the catalogue, newest year first, then by family and title. */
    @PreAuthorize("isAuthenticated()")
    public List<Training> list(TrainingFilter filter, Pageable pageable) {
        access.checkBrowse();
        return trainings.findPage(filter, access.seesUnpublished(), upcomingIds(filter), pageable);
    }

    @PreAuthorize("isAuthenticated()")
    public long count(TrainingFilter filter) {
        access.checkBrowse();
        return trainings.count(filter, access.seesUnpublished(), upcomingIds(filter));
    }

    /** The catalogue years there are, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<Integer> years() {
        access.checkBrowse();
        return trainings.years(access.seesUnpublished());
    }

    @PreAuthorize("isAuthenticated()")
    public Training get(String id) {
        Training training = load(id);
        access.checkView(training);
        return training;
    }

    /** What the caller may do with trainings in general. */
    @PreAuthorize("isAuthenticated()")
    public TrainingPermissions permissions() {
        return new TrainingPermissions(access.canManage(), access.seesUnpublished(), access.canEnrolSomeone(),
                access.directorCentre(), access.canReadBilan(), access.canReadFosfora(), access.funderDepartment());
    }

    /** A new entry, unpublished until staff publish it. */
    @PreAuthorize("hasRole('ADMIN')")
    public Training create(TrainingDraft draft) {
        access.checkManage();
        TrainingDraft.Valid valid = validation.check(draft).tidy();
        Training training = new Training(valid.year(), valid.title(), valid.family(), valid.audience());
        training.describe(valid);
        return trainings.insert(training);
    }

    /**
     * Changes what staff edited, refused if someone saved in between. A new FOSFORA line is copied
     * onto the training's enrolments (saving again repairs a copy a crash left half done).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Training update(String id, long expectedVersion, TrainingDraft draft) {
        access.checkManage();
        Training training = load(id);
        checkVersion(training, expectedVersion);
        TrainingDraft.Valid valid = validation.check(draft).tidy();
        training.describe(valid);
        Training saved = save(training);
        enrolments.copyFosforaLine(id, saved.getFosforaLine());
        return saved;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Training publish(String id, long expectedVersion, boolean published) {
        access.checkManage();
        Training training = load(id);
        checkVersion(training, expectedVersion);
        training.publish(published);
        return save(training);
    }

    /** Only an entry without sessions; a training that took place stays in the catalogue of its year. */
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(String id) {
        access.checkManage();
        Training training = load(id);
        if (sessions.existsByTrainingId(id)) {
            throw new UserFacingException("training.delete.has-sessions");
        }
        trainings.delete(training);
    }

    Training load(String id) {
        return trainings.findById(id).orElseThrow(() -> new UserFacingException("training.not-found"));
    }

    private @Nullable Collection<String> upcomingIds(TrainingFilter filter) {
        return filter.withUpcomingSessions()
                ? sessions.trainingIdsWithSessionsFrom(access.today().plusDays(1), access.visibleSessions())
                : null;
    }

    private Training save(Training training) {
        try {
            return trainings.save(training);
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException("edit.concurrent");
        }
    }

    private static void checkVersion(Training training, long expectedVersion) {
        if (training.getVersion() != expectedVersion) {
            throw new UserFacingException("edit.concurrent");
        }
    }
}
