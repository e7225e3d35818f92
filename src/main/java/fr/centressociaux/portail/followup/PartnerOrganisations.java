package fr.centressociaux.portail.followup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import fr.centressociaux.portail.followup.internal.PartnerOrganisationRepository;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The register of partner organisations (MDS, CAF, towns, associations), kept by staff and delegates
 * like the partner bodies that reference it.
 */
@Service
public class PartnerOrganisations {

    private static final int CHOICES = 500;

    private final PartnerOrganisationRepository organisations;
    private final FollowupAccess access;
    private final InputValidation validation;

    PartnerOrganisations(PartnerOrganisationRepository organisations, FollowupAccess access,
            InputValidation validation) {
        this.organisations = organisations;
        this.access = access;
        this.validation = validation;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public List<PartnerOrganisation> page(Pageable pageable) {
        access.checkPartnerBodies();
        return organisations.findAllByOrderByNameAsc(pageable);
    }

    /** Every organisation, by name, to choose from: the register holds tens of them (a cap keeps it a list). */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public List<PartnerOrganisation> choices() {
        access.checkPartnerBodies();
        return register();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public long count() {
        access.checkPartnerBodies();
        return organisations.count();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public PartnerOrganisation create(PartnerOrganisationDraft draft) {
        access.checkPartnerBodies();
        validation.check(draft);
        try {
            return organisations.insert(new PartnerOrganisation(draft.name(), draft.kind(), draft.department(),
                    draft.area()));
        } catch (DuplicateKeyException twin) {
            throw new UserFacingException("followup.organisation.exists", draft.name());
        }
    }

    /** The organisations of these ids the register holds, by name (a support action's partners present). */
    List<PartnerOrganisation> allOf(Collection<String> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        List<PartnerOrganisation> found = new ArrayList<>();
        organisations.findAllById(organisationIds).forEach(found::add);
        found.sort(Comparator.comparing(PartnerOrganisation::getName));
        return found;
    }

    /** Every organisation, by name, whoever asks (meetings offer and name them: {@link RegisterPartnerChoices}). */
    List<PartnerOrganisation> register() {
        return organisations.findAllByOrderByNameAsc(Pageable.ofSize(CHOICES));
    }

    /** The register's organisations of this kind, by name (the MDS, for the figures of fiche action 2). */
    List<PartnerOrganisation> ofKind(PartnerKind kind) {
        return organisations.findByKindOrderByNameAsc(kind);
    }

    /** Whether the register holds this organisation: a body's convener must be one of them. */
    boolean exists(String organisationId) {
        return organisations.existsById(organisationId);
    }
}
