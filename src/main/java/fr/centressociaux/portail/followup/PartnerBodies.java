package fr.centressociaux.portail.followup;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.centressociaux.portail.followup.internal.PartnerBodyRepository;
import fr.centressociaux.portail.shared.FileDownload;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The register of partner bodies and the sittings the federation attended, kept by staff and delegates. */
@Service
public class PartnerBodies {

    /** The largest minutes file kept. */
    public static final int MAX_MINUTES_BYTES = SittingMinutesStore.MAX_BYTES;

    private final PartnerBodyRepository bodies;
    private final FollowupAccess access;
    private final InputValidation validation;
    private final PartnerOrganisations organisations;
    private final SittingMinutesStore minutes;

    PartnerBodies(PartnerBodyRepository bodies, PartnerOrganisations organisations, SittingMinutesStore minutes,
            FollowupAccess access, InputValidation validation) {
        this.bodies = bodies;
        this.organisations = organisations;
        this.minutes = minutes;
        this.access = access;
        this.validation = validation;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public List<PartnerBody> page(Pageable pageable) {
        access.checkPartnerBodies();
        return bodies.findAllByOrderByNameAsc(pageable);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public long count() {
        access.checkPartnerBodies();
        return bodies.count();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public PartnerBody create(PartnerBodyDraft draft) {
        access.checkPartnerBodies();
        Problems problems = validation.of(draft);
        if (draft.level() != null && draft.level().needsDepartment() && draft.department() == null) {
            problems.add("department", "followup.rule.body.department");
        }
        if (draft.convenerId() != null && !organisations.exists(draft.convenerId())) {
            problems.add("convenerId", "followup.rule.body.convener");
        }
        problems.throwIfAny();
        return bodies.save(new PartnerBody(draft.name(), draft.level(),
                draft.level().needsDepartment() ? draft.department() : null, draft.mandate(), draft.convenerId()));
    }

    /** Records a sitting attended, on the body as it was at {@code expectedVersion}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public PartnerBody addSitting(String bodyId, long expectedVersion, SittingDraft draft) {
        return addSitting(bodyId, expectedVersion, draft, null);
    }

    /** The same, with the sitting's minutes as a file (PDF or an office document), checked by its first bytes. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public PartnerBody addSitting(String bodyId, long expectedVersion, SittingDraft draft,
            @Nullable UploadedFile minutesFile) {
        access.checkPartnerBodies();
        validation.check(draft);
        PartnerBody body = bodies.findById(bodyId).orElseThrow(() -> new UserFacingException("followup.body.not-found"));
        if (body.getVersion() != expectedVersion) {
            throw new UserFacingException("edit.concurrent");
        }
        MinutesFile stored = minutesFile == null ? null : minutes.store(bodyId, minutesFile);
        body.addSitting(new PartnerBody.Sitting(draft.on(), draft.attendees(), draft.subjects(), stored));
        try {
            return bodies.save(body);
        } catch (OptimisticLockingFailureException concurrent) {
            if (stored != null) {
                minutes.delete(stored);
            }
            throw new UserFacingException("edit.concurrent");
        }
    }

    /** The minutes of a sitting, for staff and delegates. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public FileDownload minutes(String bodyId, String fileId) {
        access.checkPartnerBodies();
        PartnerBody body = bodies.findById(bodyId).orElseThrow(() -> new UserFacingException("followup.body.not-found"));
        MinutesFile ref = body.getSittings().stream().map(PartnerBody.Sitting::minutes)
                .filter(file -> file != null && file.fileId().equals(fileId)).findFirst()
                .orElseThrow(() -> new UserFacingException("followup.minutes.not-found"));
        return minutes.read(ref);
    }

    /** A file as the person uploaded it: its name and bytes. */
    public record UploadedFile(String name, byte[] content) {
    }
}
