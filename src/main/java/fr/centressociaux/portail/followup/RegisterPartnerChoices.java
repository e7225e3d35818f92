package fr.centressociaux.portail.followup;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.centressociaux.portail.meetings.PartnerChoice;
import fr.centressociaux.portail.meetings.PartnerChoices;
import org.springframework.stereotype.Component;

/**
 * The register of partner organisations offered to meetings, which record the partners present by
 * the register's ids (DD016). The register has no retirement yet: every organisation it holds is
 * active. Names and kinds only, so it answers any signed-in reader of a meeting.
 */
@Component
class RegisterPartnerChoices implements PartnerChoices {

    private final PartnerOrganisations organisations;

    RegisterPartnerChoices(PartnerOrganisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public List<PartnerChoice> active() {
        return organisations.register().stream().map(organisation -> new PartnerChoice(organisation.getId(),
                organisation.getName(), organisation.getKind() == PartnerKind.MDS)).toList();
    }

    @Override
    public Map<String, String> labels(Collection<String> ids) {
        return organisations.allOf(ids).stream()
                .collect(Collectors.toMap(PartnerOrganisation::getId, PartnerOrganisation::getName));
    }
}
