package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.centres.TerritoryPeriod;
import fr.centressociaux.portail.promeneurs.internal.CommuneTerritoryRepository;
import fr.centressociaux.portail.promeneurs.internal.StructureRepository;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.TerritoryService;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The employers of professionals outside the network, and the dated commune → territory mapping
 * that places them in a territory. A professional's employer is resolved here: a member centre
 * gives its own territory history, a structure the history of its commune.
 */
@Service
public class PromeneurStructures {

    private final StructureRepository structures;
    private final CommuneTerritoryRepository communes;
    private final CentreService centres;
    private final TerritoryService territories;
    private final PromeneurAccess access;
    private final InputValidation validation;
    private final EmployerTerritories employerTerritories;

    PromeneurStructures(StructureRepository structures, CommuneTerritoryRepository communes, CentreService centres,
            TerritoryService territories, PromeneurAccess access, InputValidation validation,
            EmployerTerritories employerTerritories) {
        this.employerTerritories = employerTerritories;
        this.structures = structures;
        this.communes = communes;
        this.centres = centres;
        this.territories = territories;
        this.access = access;
        this.validation = validation;
    }

    /** Every structure outside the network, by name (a few hundred at most), for choosing an employer. */
    @PreAuthorize("isAuthenticated()")
    public List<Structure> all() {
        access.checkRunTheNetwork();
        return structures.findAllByOrderByNameKey();
    }

    @PreAuthorize("isAuthenticated()")
    public Structure create(StructureDraft draft) {
        access.checkRunTheNetwork();
        Problems problems = validation.of(draft);
        if (draft.kind() == StructureKind.MEMBER_CENTRE) {
            problems.add("kind", "promeneurs.structure.not-a-centre");
        }
        problems.throwIfAny();
        try {
            return structures.insert(new Structure(draft.name().strip(), draft.kind(), draft.commune().strip(),
                    draft.department()));
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("promeneurs.structure.exists", draft.name().strip(), draft.commune().strip());
        }
    }

    /**
     * The employers the caller may choose: for the network's staff, the member centres of the
     * department today and every structure outside the network; for a director, their own centre.
     */
    @PreAuthorize("isAuthenticated()")
    public List<EmployerChoice> employerChoices(Department department) {
        if (!access.canRunTheNetwork()) {
            String own = access.ownCentreId();
            if (own == null) {
                throw PromeneurAccess.denied();
            }
            Centre centre = centres.get(own);
            return List.of(new EmployerChoice(own, null, centre.getProfile().name() + " (" + centre.getProfile().commune() + ")"));
        }
        LocalDate today = access.today();
        List<String> territoryIds = territories.validOn(today).stream()
                .filter(territory -> territory.getDepartment() == department).map(territory -> territory.getId()).toList();
        java.util.stream.Stream<EmployerChoice> members = centres.membersInTerritoriesOn(territoryIds, today).stream()
                .map(centre -> new EmployerChoice(centre.getId(), null,
                        centre.getProfile().name() + " (" + centre.getProfile().commune() + ")"));
        java.util.stream.Stream<EmployerChoice> others = structures.findAllByOrderByNameKey().stream()
                .filter(structure -> structure.getDepartment() == department)
                .map(structure -> new EmployerChoice(null, structure.getId(),
                        structure.getName() + " (" + structure.getCommune() + ")"));
        return java.util.stream.Stream.concat(members, others)
                .sorted(java.util.Comparator.comparing(choice -> SearchKeys.of(choice.label()))).toList();
    }

    /** The commune belongs to the territory from a date, until a date or still. */
    @PreAuthorize("isAuthenticated()")
    public CommuneTerritory mapCommune(String commune, String territoryId, LocalDate from, @Nullable LocalDate to) {
        access.checkRunTheNetwork();
        territories.get(territoryId).orElseThrow(() -> new UserFacingException("territory.not-found"));
        if (to != null && to.isBefore(from)) {
            throw new UserFacingException("territory.period-invalid");
        }
        CommuneTerritory mapped = communes.insert(new CommuneTerritory(commune.strip(), territoryId, from, to));
        employerTerritories.communeMapped(commune, territoriesOf(commune));
        return mapped;
    }

    /** The commune's territories over time, oldest first; empty for a commune not mapped yet. */
    public List<TerritoryPeriod> territoriesOf(String commune) {
        return communes.findByCommuneKeyOrderByFrom(SearchKeys.of(commune)).stream().map(CommuneTerritory::period)
                .toList();
    }

    /** Who employs the draft's professional, where, and in which territories; problems go to {@code problems}. */
    @Nullable Placement place(ProfessionalDraft draft, Problems problems) {
        boolean centre = draft.centreId() != null;
        boolean structure = draft.structureId() != null;
        if (centre == structure) {
            problems.add("employer", "promeneurs.employer.one-required");
            return null;
        }
        if (centre) {
            Centre employer = centres.get(draft.centreId());
            return new Placement(new Employer(StructureKind.MEMBER_CENTRE, employer.getId(),
                    null, employer.getProfile().name(), employer.getProfile().commune()), employer.getDepartment(),
                    employer.getTerritoryHistory());
        }
        Structure employer = structures.findById(draft.structureId()).orElse(null);
        if (employer == null) {
            problems.add("employer", "promeneurs.employer.unknown");
            return null;
        }
        List<TerritoryPeriod> history = territoriesOf(employer.getCommune());
        if (history.isEmpty()) {
            problems.add("employer", "promeneurs.employer.commune-unmapped", employer.getCommune());
            return null;
        }
        return new Placement(new Employer(employer.getKind(), null, employer.getId(), employer.getName(),
                employer.getCommune()), employer.getDepartment(), history);
    }

    /** An employer with its department and territory history. */
    record Placement(Employer employer, Department department, List<TerritoryPeriod> territoryHistory) {
    }
}
