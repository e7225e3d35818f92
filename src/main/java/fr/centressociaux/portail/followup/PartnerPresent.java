package fr.centressociaux.portail.followup;

/**
 * An organisation of the register present at a support action: its id, and its name as the action
 * shows it (kept with the action like the centre's name, so a file and its timeline read no register).
 */
public record PartnerPresent(String organisationId, String name) {

    static PartnerPresent of(PartnerOrganisation organisation) {
        return new PartnerPresent(organisation.getId(), organisation.getName());
    }
}
