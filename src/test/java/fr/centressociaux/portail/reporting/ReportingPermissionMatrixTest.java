package fr.centressociaux.portail.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.reporting.Instalment.PaymentTrigger;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.ParameterKind;
import fr.centressociaux.portail.support.PermissionMatrix;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.FunderDraft;
import fr.centressociaux.portail.territories.Funders;
import fr.centressociaux.portail.territories.TerritoryService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every kind of person against every operation on conventions and bilans, through the services
 * (DD013): staff prepare everything; the funder reads its department's conventions and their
 * submitted bilans and validates them; delegates, directors and the Promeneurs du Net coordinator
 * read the conventions and compute bilans with the figures their role shows them (scoped by the
 * meetings and trainings modules). A refused change leaves the bilan as it was.
 */
@PortalTest
class ReportingPermissionMatrixTest {

    /** FUNDER's account carries the Pas-de-Calais, FUNDER_NORD's the Nord: the department is the account's. */
    enum Actor { ADMIN, DELEGATE, DIRECTOR, PDN_COORDINATOR, FUNDER, FUNDER_NORD, ANONYMOUS }

    enum Operation { LIST_CONVENTIONS, READ_CONVENTION_62, READ_CONVENTION_59, CREATE_CONVENTION, EDIT_TERMS,
        EDIT_FICHES, LIVE_BILAN, READ_NARRATIVES, SAVE_NARRATIVE, SUBMIT, READ_SUBMITTED, VALIDATE, RETURN, DRIFT,
        READ_PAYMENTS, RECORD_PAYMENT, MY_CENTRE, MEASURE_CHOICES }

    private static final Set<Actor> SIGNED_IN = Set.of(Actor.ADMIN, Actor.DELEGATE, Actor.DIRECTOR,
            Actor.PDN_COORDINATOR, Actor.FUNDER, Actor.FUNDER_NORD);

    static Set<Actor> allowed(Operation operation) {
        return switch (operation) {
            case LIST_CONVENTIONS -> SIGNED_IN;
            case READ_CONVENTION_62 -> Set.of(Actor.ADMIN, Actor.DELEGATE, Actor.DIRECTOR, Actor.PDN_COORDINATOR,
                    Actor.FUNDER);
            case READ_CONVENTION_59 -> Set.of(Actor.ADMIN, Actor.DELEGATE, Actor.DIRECTOR, Actor.PDN_COORDINATOR,
                    Actor.FUNDER_NORD);
            case LIVE_BILAN -> Set.of(Actor.ADMIN, Actor.DELEGATE, Actor.DIRECTOR, Actor.PDN_COORDINATOR);
            case CREATE_CONVENTION, EDIT_TERMS, EDIT_FICHES, READ_NARRATIVES, SAVE_NARRATIVE, SUBMIT, DRIFT,
                    RECORD_PAYMENT -> Set.of(Actor.ADMIN);
            case READ_SUBMITTED, READ_PAYMENTS -> Set.of(Actor.ADMIN, Actor.FUNDER);
            case VALIDATE, RETURN -> Set.of(Actor.FUNDER);
            case MY_CENTRE -> Set.of(Actor.DIRECTOR);
            case MEASURE_CHOICES -> Set.of(Actor.ADMIN);
        };
    }

    static Stream<Arguments> everyActorAndOperation() {
        return PermissionMatrix.everyActorAndOperation(Actor.class, Operation.class, ReportingPermissionMatrixTest::allowed);
    }

    private static final Map<Actor, Account> ACCOUNTS = new EnumMap<>(Actor.class);
    private static final int YEAR = 2029;

    @Autowired
    ConventionService conventions;
    @Autowired
    BilanWorkflow workflow;
    @Autowired
    BilanService bilans;
    @Autowired
    NarrativeService narratives;
    @Autowired
    BilanPayments payments;
    @Autowired
    CentreInBilan centreInBilan;
    @Autowired
    MeasureChoices choices;
    @Autowired
    Funders funders;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    TerritoryService territories;

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("everyActorAndOperation")
    void each_person_may_do_exactly_what_their_role_allows(Actor actor, Operation operation, boolean allowed) {
        AccountFixtures.actAs(account(Actor.ADMIN));
        Convention pasDeCalais = convention(Department.PAS_DE_CALAIS);
        Convention nord = convention(Department.NORD);
        if (Set.of(Operation.READ_SUBMITTED, Operation.VALIDATE, Operation.RETURN, Operation.DRIFT)
                .contains(operation)) {
            workflow.submit(pasDeCalais.getId(), YEAR);
        }
        Optional<BilanStatus> before = workflow.status(pasDeCalais.getId(), YEAR);
        List<BilanPayments.InstalmentStatus> paidBefore = payments.of(pasDeCalais.getId(), YEAR);
        actAs(actor);

        if (allowed) {
            assertThatCode(() -> perform(operation, pasDeCalais, nord)).doesNotThrowAnyException();
        } else {
            PermissionMatrix.assertRefused(() -> perform(operation, pasDeCalais, nord));
            AccountFixtures.actAs(account(Actor.ADMIN));
            assertThat(workflow.status(pasDeCalais.getId(), YEAR)).as("nothing changed").isEqualTo(before);
            assertThat(payments.of(pasDeCalais.getId(), YEAR)).as("no payment recorded").isEqualTo(paidBefore);
            assertThat(narratives.find(pasDeCalais.getId(), YEAR,
                    pasDeCalais.getFiches().getFirst().objectives().getFirst().id())).as("no narrative").isEmpty();
        }
    }

    private void perform(Operation operation, Convention pasDeCalais, Convention nord) {
        switch (operation) {
            case LIST_CONVENTIONS -> conventions.list();
            case READ_CONVENTION_62 -> conventions.get(pasDeCalais.getId());
            case READ_CONVENTION_59 -> conventions.get(nord.getId());
            case CREATE_CONVENTION -> conventions.create(draft(Department.PAS_DE_CALAIS));
            case EDIT_TERMS -> conventions.update(pasDeCalais.getId(), pasDeCalais.getVersion(),
                    ConventionService.draftOf(pasDeCalais));
            case EDIT_FICHES -> conventions.replaceFiches(pasDeCalais.getId(), pasDeCalais.getVersion(), List.of());
            case READ_NARRATIVES -> narratives.current(new Bilan(pasDeCalais.getId(), "", "", YEAR, List.of()));
            case SAVE_NARRATIVE -> narratives.save(pasDeCalais.getId(), YEAR,
                    pasDeCalais.getFiches().getFirst().objectives().getFirst().id(), 0, "Trois assemblées.");
            case READ_PAYMENTS -> payments.of(pasDeCalais.getId(), YEAR);
            case MY_CENTRE -> centreInBilan.mine(pasDeCalais.getId(), YEAR);
            case MEASURE_CHOICES -> choices.of(ParameterKind.TERRITORIES);
            case RECORD_PAYMENT -> payments.recordPaid(pasDeCalais.getId(), YEAR, 0, LocalDate.of(2024, 3, 1));
            case LIVE_BILAN -> bilans.live(pasDeCalais.getId(), YEAR);
            case SUBMIT -> workflow.submit(pasDeCalais.getId(), YEAR);
            case READ_SUBMITTED -> workflow.submitted(pasDeCalais.getId(), YEAR);
            case VALIDATE -> workflow.validate(pasDeCalais.getId(), YEAR);
            case RETURN -> workflow.giveBack(pasDeCalais.getId(), YEAR, "Précisez les chiffres.");
            case DRIFT -> workflow.drift(pasDeCalais.getId(), YEAR);
        }
    }

    /** A convention of its own, with one indicator counting the year's territorial assemblies of Littoral 62. */
    private Convention convention(Department department) {
        if (funders.of(department).isEmpty()) {
            funders.save(department, new FunderDraft("Département " + department.code(), "Avec son soutien."), 0);
        }
        Convention convention = conventions.create(draft(department));
        return conventions.replaceFiches(convention.getId(), convention.getVersion(), List.of(new FicheAction(
                "Animer le réseau", List.of(new Objective("Animer les instances", List.of(Indicator.of(
                        "Assemblées territoriales", MeasureCall.of("meetings.count",
                                MeasureArguments.of("kinds", "TERRITORIAL_ASSEMBLY").with("territories", "LIT62")))))))));
    }

    private static ConventionDraft draft(Department department) {
        return new ConventionDraft(department, "Réseau d’essai " + UUID.randomUUID(), YEAR, YEAR,
                new BigDecimal("1000"), List.of(new Instalment(100, PaymentTrigger.SIGNATURE)),
                LocalDate.of(YEAR + 1, 6, 30));
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
            case DELEGATE -> accounts.active(Role.DELEGATE, new AccountScope(
                    Set.of(territories.byCode("LIT62").orElseThrow().getId()), null));
            case FUNDER_NORD -> accounts.active(Role.FUNDER, AccountScope.funderOf("59"));
            default -> accounts.active(Role.valueOf(missing.name()));
        });
    }
}
