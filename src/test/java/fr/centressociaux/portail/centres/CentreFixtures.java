package fr.centressociaux.portail.centres;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.TerritoryService;

/**
 * Member centres for tests, created through the service's trusted path; public for the
 * benchmarks, which build many centres at once and insert them in bulk.
 */
public final class CentreFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final CentreService centres;
    private final TerritoryService territories;

    CentreFixtures(CentreService centres, TerritoryService territories) {
        this.centres = centres;
        this.territories = territories;
    }

    /** A municipal centre in Calais (no SIRET needed), with a unique name. */
    static CentreProfile profile(String name) {
        return new CentreProfile(name + " " + SEQUENCE.incrementAndGet(), CentreKind.CS, Management.MUNICIPALE,
                "12 rue des Fleurs", "62100", "Calais", "CA Grand Calais Terres et Mers", null, null, null, null);
    }

    String territoryId(String code) {
        return territories.byCode(code).orElseThrow().getId();
    }

    /** A member centre of the territory (by code) since the date. */
    Centre centreIn(String territoryCode, LocalDate since) {
        return centres.create(null, profile("Centre social"), territoryId(territoryCode), since,
                List.of(new MembershipYear(since.getYear(), MembershipStatus.MEMBER, since, null, null)), null, null,
                "test");
    }

    /**
     * A municipal centre of the territory since {@code from}, with one membership row per year of
     * {@code statuses} (the first for {@code firstYear}). Not stored: insert it in bulk.
     */
    public static Centre unsaved(String name, String postalCode, String commune, String territoryId, LocalDate from,
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
