package fr.centressociaux.portail.centres;

/**
 * What the signed-in person may change on one centre, as {@link CentreAccess} decides it, so
 * screens show read-only what the service would refuse instead of guessing the rules again.
 *
 * @param editProfile the profile, the director and chair, the yearly figures
 * @param editFederationFields membership years and CAF approval dates
 * @param moveTerritory moving the centre to another territory from a date
 */
public record CentrePermissions(boolean editProfile, boolean editFederationFields, boolean moveTerritory) {
}
