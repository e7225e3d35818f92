package fr.centressociaux.portail.centres;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import fr.centressociaux.portail.territories.TerritoryService;

/** Member centres for tests, created through the service's trusted path. */
final class CentreFixtures {

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
}
