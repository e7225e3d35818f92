package fr.centressociaux.portail.centres;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.territories.Department;

/** Builds centres straight from their parts, for tests and benchmarks that need many of them at once. */
public final class CentreFixtures {

    private CentreFixtures() {
    }

    /**
     * A member centre of the territory since {@code from}, with one membership row per year of
     * {@code statuses} (the first for {@code firstYear}). Not stored: insert it in bulk.
     */
    public static Centre centre(String name, String postalCode, String commune, String territoryId, LocalDate from,
            int firstYear, List<MembershipStatus> statuses) {
        CentreProfile profile = new CentreProfile(name, CentreKind.CS, Management.MUNICIPALE, "1 place de la Mairie",
                postalCode, commune, null, null, null, null, null);
        Centre centre = new Centre(null, profile, Department.ofPostalCode(postalCode).orElseThrow());
        centre.moveTo(territoryId, from);
        for (int i = 0; i < statuses.size(); i++) {
            MembershipStatus status = statuses.get(i);
            int year = firstYear + i;
            centre.putMembership(new MembershipYear(year, status, LocalDate.of(year, 1, 1), null,
                    status == MembershipStatus.NOT_RENEWED ? "Non renouvelée" : null));
        }
        return centre;
    }
}
