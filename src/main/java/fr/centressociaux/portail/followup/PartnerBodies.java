package fr.centressociaux.portail.followup;

import java.util.List;

import fr.centressociaux.portail.followup.internal.PartnerBodyRepository;
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

    private final PartnerBodyRepository bodies;
    private final FollowupAccess access;
    private final InputValidation validation;

    PartnerBodies(PartnerBodyRepository bodies, FollowupAccess access, InputValidation validation) {
        this.bodies = bodies;
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
        problems.throwIfAny();
        return bodies.save(new PartnerBody(draft.name(), draft.level(),
                draft.level().needsDepartment() ? draft.department() : null, draft.mandate()));
    }

    /** Records a sitting attended, on the body as it was at {@code expectedVersion}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public PartnerBody addSitting(String bodyId, long expectedVersion, SittingDraft draft) {
        access.checkPartnerBodies();
        validation.check(draft);
        PartnerBody body = bodies.findById(bodyId).orElseThrow(() -> new UserFacingException("followup.body.not-found"));
        if (body.getVersion() != expectedVersion) {
            throw new UserFacingException("edit.concurrent");
        }
        body.addSitting(new PartnerBody.Sitting(draft.on(), draft.attendees(), draft.subjects()));
        try {
            return bodies.save(body);
        } catch (OptimisticLockingFailureException concurrent) {
            throw new UserFacingException("edit.concurrent");
        }
    }
}
