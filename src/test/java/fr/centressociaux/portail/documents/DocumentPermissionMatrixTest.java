package fr.centressociaux.portail.documents;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.reporting.BilanWorkflow;
import fr.centressociaux.portail.reporting.Convention;
import fr.centressociaux.portail.reporting.ConventionService;
import fr.centressociaux.portail.support.PermissionMatrix;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Funders;
import fr.centressociaux.portail.territories.TerritoryService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;


/**
 * Every kind of person against every operation of the documents module, through its services
 * (DD018): everyone signed in gets the bilan document their role reads (the funder the submitted
 * one); staff write any territory's fiche, a delegate only their territories'; a background
 * document is followed and downloaded by the person who asked for it, and by nobody else.
 */
@PortalTest
class DocumentPermissionMatrixTest {

    enum Actor { ADMIN, DELEGATE, DIRECTOR, PDN_COORDINATOR, FUNDER, ANONYMOUS }

    enum Operation { BILAN_DOCUMENT, FICHE_OWN_TERRITORY, FICHE_OTHER_TERRITORY, START_BILAN_JOB, START_FICHE_JOB,
        FOLLOW_SOMEONE_ELSES_JOB, DOWNLOAD_SOMEONE_ELSES_JOB }

    private static final Set<Actor> SIGNED_IN = Set.of(Actor.ADMIN, Actor.DELEGATE, Actor.DIRECTOR,
            Actor.PDN_COORDINATOR, Actor.FUNDER);

    static Set<Actor> allowed(Operation operation) {
        return switch (operation) {
            case BILAN_DOCUMENT, START_BILAN_JOB -> SIGNED_IN;
            case FICHE_OWN_TERRITORY, START_FICHE_JOB -> Set.of(Actor.ADMIN, Actor.DELEGATE);
            case FICHE_OTHER_TERRITORY -> Set.of(Actor.ADMIN);
            case FOLLOW_SOMEONE_ELSES_JOB, DOWNLOAD_SOMEONE_ELSES_JOB -> Set.of();
        };
    }

    static Stream<Arguments> everyActorAndOperation() {
        return PermissionMatrix.everyActorAndOperation(Actor.class, Operation.class, DocumentPermissionMatrixTest::allowed);
    }

    private static final Map<Actor, Account> ACCOUNTS = new EnumMap<>(Actor.class);
    private static Convention convention;
    private static String staffJob;

    @Autowired
    BilanDocuments bilans;
    @Autowired
    TerritoryFiches fiches;
    @Autowired
    DocumentJobs jobs;
    @Autowired
    ConventionService conventions;
    @Autowired
    BilanWorkflow workflow;
    @Autowired
    Funders funders;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    TerritoryService territories;

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("everyActorAndOperation")
    void each_person_may_do_exactly_what_their_role_allows(Actor actor, Operation operation, boolean allowed) {
        prepare();
        actAs(actor);

        PermissionMatrix.assertAllowedOrRefused(allowed, () -> perform(operation));
    }

    private void perform(Operation operation) {
        int year = DocumentFixtures.EMPTY_YEAR;
        switch (operation) {
            case BILAN_DOCUMENT -> bilans.document(convention.getId(), year, Progress.NONE);
            case FICHE_OWN_TERRITORY -> fiches.document(littoral(), year, Progress.NONE);
            case FICHE_OTHER_TERRITORY -> fiches.document(territories.byCode("AA62").orElseThrow().getId(), year,
                    Progress.NONE);
            case START_BILAN_JOB -> jobs.bilan(convention.getId(), year, DocumentFormat.PDF);
            case START_FICHE_JOB -> jobs.territoryFiche(littoral(), year, DocumentFormat.PDF);
            case FOLLOW_SOMEONE_ELSES_JOB -> jobs.status(staffJob);
            case DOWNLOAD_SOMEONE_ELSES_JOB -> jobs.download(staffJob);
        }
    }

    /** A submitted bilan for the funder to read, and a document another member of staff asked for. */
    private void prepare() {
        if (convention == null) {
            AccountFixtures.actAs(accounts.active(Role.ADMIN));
            convention = DocumentFixtures.emptyConvention(conventions, funders);
            workflow.submit(convention.getId(), DocumentFixtures.EMPTY_YEAR);
            staffJob = jobs.bilan(convention.getId(), DocumentFixtures.EMPTY_YEAR, DocumentFormat.XLSX);
        }
    }

    private String littoral() {
        return territories.byCode("LIT62").orElseThrow().getId();
    }

    private void actAs(Actor actor) {
        if (actor == Actor.ANONYMOUS) {
            AccountFixtures.actAsNobody();
        } else {
            AccountFixtures.actAs(account(actor));
        }
    }

    private Account account(Actor actor) {
        return ACCOUNTS.computeIfAbsent(actor, missing -> switch (missing) {
            case DELEGATE -> accounts.active(Role.DELEGATE, new AccountScope(Set.of(littoral()), null));
            default -> accounts.active(Role.valueOf(missing.name()));
        });
    }
}
