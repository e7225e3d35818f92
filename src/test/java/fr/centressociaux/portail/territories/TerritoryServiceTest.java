package fr.centressociaux.portail.territories;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.AccountService;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Admins create and change territories and choose their delegates; nobody else can. */
@PortalTest
class TerritoryServiceTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);

    @Autowired
    TerritoryService territories;
    @Autowired
    AccountService accountService;
    @Autowired
    AccountFixtures accounts;

    Account admin;

    @BeforeEach
    void signInAsAdmin() {
        admin = accounts.active(Role.ADMIN);
        AccountFixtures.actAs(admin);
    }

    @Test
    void an_admin_creates_a_territory_with_its_code_in_capitals_and_who_created_it() {
        String code = uniqueCode();

        Territory created = territories.create(new TerritoryDraft("  " + code.toLowerCase() + " ",
                "  Audomarois  ", Department.PAS_DE_CALAIS, FROM, null));

        assertThat(created.getCode()).isEqualTo(code);
        assertThat(created.getName()).isEqualTo("Audomarois");
        assertThat(territories.byCode(code)).map(Territory::getId).contains(created.getId());
        assertThat(created.isValidOn(FROM)).isTrue();
        assertThat(created.isValidOn(FROM.minusDays(1))).isFalse();
        assertThat(created.getCreatedBy()).isEqualTo(admin.getEmail());
        assertThat(created.getCreatedAt()).isNotNull();
        assertThat(created.getVersion()).isZero();
    }

    @Test
    void a_code_already_taken_is_refused() {
        String code = uniqueCode();
        territories.create(draft(code, "Lensois"));

        assertThatThrownBy(() -> territories.create(draft(code, "Autre Lensois")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("territory.code-taken"));
        assertThat(territories.byCode(code)).map(Territory::getName).contains("Lensois");
    }

    static Stream<Arguments> invalidDrafts() {
        return Stream.of(
                Arguments.of("a code with a space", new TerritoryDraft("AB CD", "Nom", Department.NORD, FROM, null),
                        "territory.code-invalid"),
                Arguments.of("a one-letter code", new TerritoryDraft("A", "Nom", Department.NORD, FROM, null),
                        "territory.code-invalid"),
                Arguments.of("a blank name", new TerritoryDraft("OK-1", "   ", Department.NORD, FROM, null),
                        "territory.name-required"),
                Arguments.of("a name over 80 characters",
                        new TerritoryDraft("OK-2", "x".repeat(81), Department.NORD, FROM, null),
                        "territory.name-required"),
                Arguments.of("no department", new TerritoryDraft("OK-3", "Nom", null, FROM, null),
                        "territory.fields-required"),
                Arguments.of("an end before the start",
                        new TerritoryDraft("OK-4", "Nom", Department.NORD, FROM, FROM.minusDays(1)),
                        "territory.period-invalid"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDrafts")
    void a_territory_with_bad_fields_is_refused_and_not_stored(String what, TerritoryDraft draft, String key) {
        assertThatThrownBy(() -> territories.create(draft)).isInstanceOfSatisfying(UserFacingException.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
        assertThat(territories.all()).noneMatch(territory -> territory.getName().equals(draft.name())
                && territory.getCode().equals(draft.code()));
    }

    @Test
    void an_update_with_the_version_seen_is_saved_and_bumps_the_version() {
        Territory created = territories.create(draft(uniqueCode(), "Arrageois"));
        LocalDate end = LocalDate.of(2025, 12, 31);

        Territory updated = territories.update(created.getId(), new TerritoryDraft(created.getCode(),
                "Arrageois (ancien)", Department.PAS_DE_CALAIS, FROM, end), created.getVersion());

        assertThat(updated.getName()).isEqualTo("Arrageois (ancien)");
        assertThat(updated.getValidTo()).isEqualTo(end);
        assertThat(updated.isValidOn(end.plusDays(1))).isFalse();
        assertThat(updated.getVersion()).isEqualTo(created.getVersion() + 1);
        assertThat(updated.getModifiedBy()).isEqualTo(admin.getEmail());
    }

    @Test
    void an_update_on_a_version_someone_else_changed_is_refused_and_keeps_their_change() {
        Territory created = territories.create(draft(uniqueCode(), "Boulonnais"));
        territories.update(created.getId(), draft(created.getCode(), "Boulonnais et Montreuillois"),
                created.getVersion());

        assertThatThrownBy(() -> territories.update(created.getId(), draft(created.getCode(), "Boulonnais seul"),
                created.getVersion())).isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("edit.concurrent"));
        assertThat(territories.get(created.getId())).map(Territory::getName).contains("Boulonnais et Montreuillois");
    }

    @Test
    void an_update_to_another_territory_s_code_is_refused() {
        Territory first = territories.create(draft(uniqueCode(), "Calaisis"));
        Territory second = territories.create(draft(uniqueCode(), "Dunkerquois"));

        assertThatThrownBy(() -> territories.update(second.getId(), draft(first.getCode(), "Dunkerquois"),
                second.getVersion())).isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("territory.code-taken"));
        assertThat(territories.get(second.getId())).map(Territory::getCode).contains(second.getCode());
    }

    @Test
    void assigning_delegates_makes_exactly_them_cover_the_territory_and_keeps_their_other_territories() {
        Territory territory = territories.create(draft(uniqueCode(), "Flandre intérieure"));
        Territory elsewhere = territories.create(draft(uniqueCode(), "Flandre maritime"));
        Account anne = accounts.active(Role.DELEGATE, new AccountScope(Set.of(elsewhere.getId()), null));
        Account bruno = accounts.active(Role.DELEGATE, new AccountScope(Set.of(), null));
        Account director = accounts.active(Role.DIRECTOR, new AccountScope(Set.of(), null));

        territories.assignDelegates(territory.getId(), Set.of(anne.getId(), bruno.getId(), director.getId()));

        assertThat(territories.delegatesOf(territory.getId())).containsExactlyInAnyOrder(anne.getId(), bruno.getId());
        assertThat(territoryIdsOf(anne)).containsExactlyInAnyOrder(territory.getId(), elsewhere.getId());

        territories.assignDelegates(territory.getId(), Set.of(bruno.getId()));

        assertThat(territories.delegatesOf(territory.getId())).containsExactly(bruno.getId());
        assertThat(territoryIdsOf(anne)).containsExactly(elsewhere.getId());
    }

    @Test
    void delegates_cannot_be_assigned_to_a_territory_that_does_not_exist() {
        Account anne = accounts.active(Role.DELEGATE, new AccountScope(Set.of(), null));

        assertThatThrownBy(() -> territories.assignDelegates("no-such-territory", Set.of(anne.getId())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("territory.not-found"));
        assertThat(territoryIdsOf(anne)).isEmpty();
    }

    static Stream<Role> everyoneButAdmins() {
        return Stream.of(Role.values()).filter(role -> role != Role.ADMIN);
    }

    @ParameterizedTest
    @MethodSource("everyoneButAdmins")
    void only_admins_create_change_or_staff_territories(Role role) {
        Territory territory = territories.create(draft(uniqueCode(), "Ternois"));
        Account delegate = accounts.active(Role.DELEGATE, new AccountScope(Set.of(), null));
        String newCode = uniqueCode();
        AccountFixtures.actAs(accounts.active(role, new AccountScope(Set.of(territory.getId()), null)));

        refused(service -> service.create(draft(newCode, "Ternois bis")));
        refused(service -> service.update(territory.getId(), draft(territory.getCode(), "Ternois changé"),
                territory.getVersion()));
        refused(service -> service.assignDelegates(territory.getId(), Set.of(delegate.getId())));

        AccountFixtures.actAs(admin);
        assertThat(territories.byCode(newCode)).isEmpty();
        assertThat(territories.get(territory.getId())).map(Territory::getName).contains("Ternois");
        assertThat(territories.delegatesOf(territory.getId())).doesNotContain(delegate.getId());
    }

    private void refused(Consumer<TerritoryService> call) {
        assertThatThrownBy(() -> call.accept(territories)).isInstanceOf(AccessDeniedException.class);
    }

    private Set<String> territoryIdsOf(Account account) {
        return accountService.delegates().stream().filter(delegate -> delegate.getId().equals(account.getId()))
                .findFirst().orElseThrow().getScope().territoryIds();
    }

    private static TerritoryDraft draft(String code, String name) {
        return new TerritoryDraft(code, name, Department.PAS_DE_CALAIS, FROM, null);
    }

    /** A code no other test uses: tests share one database. */
    private static String uniqueCode() {
        return "T" + (System.nanoTime() % 100_000) + "-" + SEQUENCE.incrementAndGet();
    }
}
