package fr.centressociaux.portail.centres;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFilter;
import fr.centressociaux.portail.accounts.AccountService;
import fr.centressociaux.portail.accounts.RunAs;
import fr.centressociaux.portail.centres.internal.CentreRepository;
import fr.centressociaux.portail.shared.DemoDataPolicy;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo network, loaded into an empty embedded database: the centres of
 * {@code demo/centres.csv} (docs/demo-data-sources.md), read and checked by the import itself,
 * each given a past: membership years since 2023 (three Liévin centres left on 30 June 2024),
 * 2023 figures next to the file's 2024 ones, and for the Arrageois and Bassin-Minier centres the
 * territory they shared until the end of 2024. The demo director runs the centre whose director
 * address is theirs; the demo delegate covers Littoral 62 and Flandre Maritime.
 */
@Component
@Order(10)
class DemoCentres implements ApplicationRunner {

    static final String FILE = "demo/centres.csv";
    static final int FIGURES_YEAR = 2024;
    static final int FIRST_MEMBERSHIP_YEAR = 2023;
    static final String ACTOR = "system";
    static final String DEMO_ADMIN = "admin@example.org";
    static final String DEMO_DIRECTOR = "direction@example.org";
    static final String DEMO_DELEGATE = "delegue@example.org";
    static final Set<String> DELEGATE_TERRITORIES = Set.of("LIT62", "FLM");
    /** Territories created on 1 January 2025 by splitting Arrageois et Bassin-Minier. */
    static final Map<String, String> SPLIT_FROM = Map.of("ARR62", "ABM62", "BM62", "ABM62");
    private static final Logger LOG = LoggerFactory.getLogger(DemoCentres.class);

    private final DemoDataPolicy policy;
    private final CentreImport imports;
    private final CentreService centres;
    private final CentreRepository repository;
    private final TerritoryService territories;
    private final AccountService accounts;
    private final RunAs runAs;
    private final Clock clock;

    DemoCentres(DemoDataPolicy policy, CentreImport imports, CentreService centres, CentreRepository repository,
            TerritoryService territories, AccountService accounts, RunAs runAs, Clock clock) {
        this.policy = policy;
        this.imports = imports;
        this.centres = centres;
        this.repository = repository;
        this.territories = territories;
        this.accounts = accounts;
        this.runAs = runAs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!policy.loadsDemoData()) {
            return;
        }
        byte[] file = new ClassPathResource(FILE).getContentAsByteArray();
        ImportPreview preview = imports.read(FILE, file, FIGURES_YEAR, ACTOR).preview();
        if (preview.hasErrors()) {
            throw new IllegalStateException("The demo centres file has errors: " + preview.errors());
        }
        ImportResult result = imports.write(preview, ACTOR, this::withPast);
        asDemoAdmin(this::assignDemoAccounts);
        LOG.info("Demo centres: {} created", result.created());
    }

    /** Membership years, 2023 figures, and the territory shared until 2024 for the centres of a split one. */
    private CentreImport.Beginning withPast(ImportedRow row, CentreImport.Beginning usual) {
        Territory territory = row.validTerritory();
        Territory first = territories.byCode(SPLIT_FROM.getOrDefault(territory.getCode(), territory.getCode()))
                .orElseThrow();
        return new CentreImport.Beginning(first.getId(), first.getValidFrom(), memberships(row.departure()),
                (centre, changes) -> {
                    if (!first.getId().equals(territory.getId())) {
                        centres.recordMove(centre, territory, territory.getValidFrom(), changes);
                    }
                    if (row.figures() != null) {
                        centre.putFigures(figuresBefore(row.figures(), row.profile().name()));
                    }
                });
    }

    private List<MembershipYear> memberships(@Nullable MembershipYear departure) {
        List<MembershipYear> years = new ArrayList<>();
        int lastYear = departure == null ? LocalDate.now(clock).getYear() : departure.year() - 1;
        for (int year = FIRST_MEMBERSHIP_YEAR; year <= lastYear; year++) {
            years.add(new MembershipYear(year, MembershipStatus.MEMBER, LocalDate.of(year, 1, 1), null, null));
        }
        if (departure != null) {
            years.add(departure);
        }
        return years;
    }

    /** The year before's figures: a little different, the same for every run. */
    static YearlyFigures figuresBefore(YearlyFigures figures, String name) {
        int shift = Math.floorMod(name.hashCode(), 5) - 2;
        int employees = Math.max(1, figures.employees() - shift);
        double fullTime = Math.min(employees, Math.round(figures.fullTimeEquivalent() * employees
                / Math.max(1, figures.employees()) * 10) / 10.0);
        int volunteers = Math.max(0, figures.volunteers() + 3 * shift);
        return new YearlyFigures(figures.year() - 1, employees, fullTime, volunteers);
    }

    private void assignDemoAccounts() {
        findAccount(DEMO_DIRECTOR).ifPresent(director -> repository.findByDirectorEmail(DEMO_DIRECTOR)
                .forEach(centre -> {
                    accounts.scopeToCentre(director.getId(), centre.getId());
                    centres.linkDirectorAccount(centre, director.getId());
                }));
        findAccount(DEMO_DELEGATE).ifPresent(delegate -> DELEGATE_TERRITORIES.forEach(code -> territories
                .assignDelegates(territories.byCode(code).orElseThrow().getId(), Set.of(delegate.getId()))));
    }

    private Optional<Account> findAccount(String email) {
        return accounts.list(new AccountFilter(email, null), PageRequest.of(0, 10)).stream()
                .filter(account -> account.getEmail().equals(email)).findFirst();
    }

    /** Account changes are for admins: they are made as the demo admin, so the audit log says who. */
    private void asDemoAdmin(Runnable work) {
        try {
            boolean done = runAs.account(DEMO_ADMIN, () -> {
                work.run();
                return true;
            }).isPresent();
            if (!done) {
                LOG.warn("No demo admin account: demo accounts are not linked to demo centres");
            }
        } catch (UserFacingException e) {
            throw new IllegalStateException("Demo accounts could not be linked: " + e.getMessage(), e);
        }
    }
}
