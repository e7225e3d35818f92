package fr.centressociaux.portail.centres;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.TerritoryService;
import org.jspecify.annotations.Nullable;

/**
 * Puts centres straight into the database for a test, as an import or an approved application
 * would, without going through anyone's rights. Public for journeys in other packages and for
 * the benchmarks, which build many centres at once and insert them in bulk.
 */
public final class CentreFixtures {

    private static final AtomicLong SIRET_SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final CentreService centres;
    private final TerritoryService territories;

    public CentreFixtures(CentreService centres, TerritoryService territories) {
        this.centres = centres;
        this.territories = territories;
    }

    /** A municipal centre in Calais (no SIRET needed), with a unique name. */
    static CentreProfile profile(String name) {
        return new CentreProfile(name + " " + SEQUENCE.incrementAndGet(), CentreKind.CS, Management.MUNICIPALE,
                "12 rue des Fleurs", "62100", "Calais", "CA Grand Calais Terres et Mers", null, null, null, null);
    }

    /** An associative centre social at this postal code, with every field filled in. */
    public static CentreProfile profile(String name, String postalCode, String commune) {
        return new CentreProfile(name, CentreKind.CS, Management.ASSOCIATIVE, "12 rue de la République", postalCode,
                commune, "Communauté d’agglomération", "contact@" + postalCode + ".example.org", "03 21 00 00 00",
                "https://centre.example.org", newSiret());
    }

    /** A municipal espace de vie sociale, which needs no SIRET. */
    public static CentreProfile municipalEvs(String name, String postalCode, String commune) {
        return new CentreProfile(name, CentreKind.EVS, Management.MUNICIPALE, "1 place de la Mairie", postalCode,
                commune, null, null, null, null, null);
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

    /** A centre in the territory of this code since 2015, with these membership years. */
    public Centre create(CentreProfile profile, String territoryCode, MembershipYear... memberships) {
        return create(profile, territoryCode, null, memberships);
    }

    public Centre create(CentreProfile profile, String territoryCode, @Nullable RoleHolder director,
            MembershipYear... memberships) {
        return centres.create(null, profile, territoryId(territoryCode), LocalDate.of(2015, 1, 1),
                List.of(memberships), director, null, "fixtures@example.org");
    }

    /** Gives the centre its CAF approval and a year of figures, as an import would. */
    public Centre approveAndCount(Centre centre, Approval approval, YearlyFigures... figures) {
        Centre stored = centres.find(centre.getId()).orElseThrow();
        stored.changeApproval(approval);
        for (YearlyFigures row : figures) {
            stored.putFigures(row);
        }
        return centres.saveTrusted(stored, new ChangeList(Instant.now(), "fixtures@example.org"));
    }

    public static MembershipYear member(int year) {
        return new MembershipYear(year, MembershipStatus.MEMBER, LocalDate.of(year, 1, 1), null, null);
    }

    /** Fourteen digits whose Luhn checksum is right, different each time. */
    static String newSiret() {
        String body = String.format("%013d", SIRET_SEQUENCE.incrementAndGet() % 10_000_000_000_000L);
        for (int check = 0; check <= 9; check++) {
            if (Siret.isValid(body + check)) {
                return body + check;
            }
        }
        throw new IllegalStateException("No Luhn digit for " + body);
    }

    /** Gives an unsaved centre its CAF approval, for the benchmarks that insert centres in bulk. */
    public static Centre withApproval(Centre centre, Approval approval) {
        centre.changeApproval(approval);
        return centre;
    }

    /** Moves an unsaved centre to another territory from that day (the last period ends the day before). */
    public static Centre movedTo(Centre centre, String territoryId, LocalDate from) {
        centre.moveTo(territoryId, from);
        return centre;
    }

    /** A membership row with any status, since and departure dates, for the benchmarks. */
    public static Centre withMembership(Centre centre, MembershipYear row) {
        centre.putMembership(row);
        return centre;
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
