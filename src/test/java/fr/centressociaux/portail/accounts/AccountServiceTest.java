package fr.centressociaux.portail.accounts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.Duration;
import java.util.List;
import java.time.Duration;
import java.util.Set;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.time.Duration;
import java.util.concurrent.Future;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.audit.AuditEntry;
import fr.centressociaux.portail.audit.AuditEventType;
import fr.centressociaux.portail.audit.internal.AuditEntryRepository;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.Links;
import fr.centressociaux.portail.shared.PortalProperties;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.AuditTrail;
import fr.centressociaux.portail.support.Inbox;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.junit.jupiter.api.Assertions.assertThrows;

@PortalTest
@Import(MovableClockConfiguration.class)
class AccountServiceTest {

    private static final String NEW_PASSWORD = "cerf-volant-ardoise-marmelade";
    private static final String WEAK_PASSWORD = "motdepasse123";

    @Autowired
    AccountService service;
    @Autowired
    org.springframework.data.mongodb.core.MongoOperations mongo;
    @Autowired
    AccountRepository repository;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PortalProperties properties;

    @Autowired
    Links links;
    @Autowired
    MovableClock clock;
    @Autowired
    SessionRegistry sessionRegistry;
    @Autowired
    Inbox inbox;
    @Autowired
    AuditEntryRepository auditEntries;

    AccountFixtures fixtures;
    AuditTrail audit;
    Account admin;

    @BeforeEach
    void signInAnAdmin() {
        fixtures = new AccountFixtures(repository, encoder);
        audit = new AuditTrail(auditEntries);
        admin = fixtures.active(Role.ADMIN);
        AccountFixtures.actAs(admin);
    }

    @AfterEach
    void signOut() {
        AccountFixtures.actAsNobody();
    }

    // Invitations

    @Test
    void an_admin_invites_someone_who_receives_a_link_to_choose_a_password() {
        String email = AccountFixtures.uniqueEmail("nadia");

        Account invited = service.invite(invitation(email, Role.DIRECTOR));

        assertThat(invited.getStatus()).isEqualTo(AccountStatus.INVITED);
        assertThat(invited.getRole()).isEqualTo(Role.DIRECTOR);
        assertThat(fixtures.reload(invited).getPasswordHash()).isNull();
        assertThat(inbox.mailsTo(email)).singleElement().satisfies(mail -> {
            assertThat(mail.text()).contains(links.to("/mot-de-passe/" + mail.setPasswordToken()));
            assertThat(service.describeLink(mail.setPasswordToken()))
                    .contains(new PendingLink(LinkPurpose.INVITATION, email, "Nadia Test"));
        });
        assertThat(audit.of(AuditEventType.INVITATION_SENT, email)).singleElement()
                .extracting(AuditEntry::actor).isEqualTo(admin.getEmail());
    }

    @Test
    void an_invitation_link_sets_the_password_once_and_activates_the_account() {
        String email = AccountFixtures.uniqueEmail("julien");
        Account invited = service.invite(invitation(email, Role.DELEGATE));
        String token = onlyMailTo(email).setPasswordToken();
        AccountFixtures.actAsNobody();

        service.completeLink(token, NEW_PASSWORD, NEW_PASSWORD);

        Account activated = fixtures.reload(invited);
        assertThat(activated.getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(encoder.matches(NEW_PASSWORD, activated.getPasswordHash())).isTrue();
        assertThat(audit.of(AuditEventType.INVITATION_ACCEPTED, email)).hasSize(1);
        assertThat(service.describeLink(token)).isEmpty();
        assertRefusedWith("link.invalid", () -> service.completeLink(token, "autre-chose-tout-aussi-longue",
                "autre-chose-tout-aussi-longue"));
        assertThat(encoder.matches(NEW_PASSWORD, fixtures.reload(invited).getPasswordHash())).isTrue();
    }

    @Test
    void an_invitation_link_clicked_twice_at_the_same_moment_works_once() throws Exception {
        String email = AccountFixtures.uniqueEmail("marc");
        Account invited = service.invite(invitation(email, Role.DIRECTOR));
        String token = onlyMailTo(email).setPasswordToken();
        List<String> passwords = List.of(NEW_PASSWORD, "hibou-citrouille-parapluie-orage");
        CountDownLatch start = new CountDownLatch(1);

        List<String> accepted = new ArrayList<>();
        try (ExecutorService clicks = Executors.newFixedThreadPool(passwords.size())) {
            List<Future<Boolean>> outcomes = passwords.stream().map(password -> clicks.submit(() -> {
                start.await();
                try {
                    service.completeLink(token, password, password);
                    return true;
                } catch (UserFacingException e) {
                    assertThat(e.messageKey()).isEqualTo("link.invalid");
                    return false;
                }
            })).toList();
            start.countDown();
            for (int i = 0; i < passwords.size(); i++) {
                if (outcomes.get(i).get(30, TimeUnit.SECONDS)) {
                    accepted.add(passwords.get(i));
                }
            }
        }

        assertThat(accepted).hasSize(1);
        assertThat(encoder.matches(accepted.getFirst(), fixtures.reload(invited).getPasswordHash())).isTrue();
        assertThat(audit.of(AuditEventType.INVITATION_ACCEPTED, email)).hasSize(1);
    }

    @Test
    void an_invitation_link_no_longer_works_after_its_validity() {
        String email = AccountFixtures.uniqueEmail("sophie");
        Account invited = service.invite(invitation(email, Role.FUNDER));
        String token = onlyMailTo(email).setPasswordToken();

        clock.advance(properties.invitationValidity().plusMinutes(1));

        assertThat(service.describeLink(token)).isEmpty();
        assertRefusedWith("link.invalid", () -> service.completeLink(token, NEW_PASSWORD, NEW_PASSWORD));
        assertThat(fixtures.reload(invited).getStatus()).isEqualTo(AccountStatus.INVITED);
    }

    @Test
    void an_invitation_link_still_works_just_before_its_validity_ends() {
        String email = AccountFixtures.uniqueEmail("theo");
        Account invited = service.invite(invitation(email, Role.PDN_COORDINATOR));
        String token = onlyMailTo(email).setPasswordToken();

        clock.advance(properties.invitationValidity().minusMinutes(1));
        service.completeLink(token, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(fixtures.reload(invited).getStatus()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void a_weak_password_through_the_link_is_refused_and_the_link_still_works() {
        String email = AccountFixtures.uniqueEmail("camille");
        Account invited = service.invite(invitation(email, Role.DIRECTOR));
        String token = onlyMailTo(email).setPasswordToken();

        assertRefusedWith("password.refused", () -> service.completeLink(token, WEAK_PASSWORD, WEAK_PASSWORD));
        assertRefusedWith("password.mismatch", () -> service.completeLink(token, NEW_PASSWORD, NEW_PASSWORD + "!"));

        Account untouched = fixtures.reload(invited);
        assertThat(untouched.getStatus()).isEqualTo(AccountStatus.INVITED);
        assertThat(untouched.getPasswordHash()).isNull();
        assertThat(audit.of(AuditEventType.INVITATION_ACCEPTED, email)).isEmpty();
        assertThat(service.describeLink(token)).isPresent();

        service.completeLink(token, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(fixtures.reload(invited).getStatus()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void inviting_an_address_that_already_has_an_account_is_refused() {
        String email = AccountFixtures.uniqueEmail("lucie");
        service.invite(invitation(email, Role.DIRECTOR));
        int mailsBefore = inbox.total();

        assertRefusedWith("account.invite.already-exists",
                () -> service.invite(invitation("  " + email.toUpperCase() + " ", Role.DELEGATE)));

        assertThat(inbox.total()).isEqualTo(mailsBefore);
        assertThat(repository.findByEmail(email)).get().extracting(Account::getRole).isEqualTo(Role.DIRECTOR);
    }

    @Test
    void inviting_an_invalid_address_is_refused_and_creates_nothing() {
        long accountsBefore = repository.count();
        int mailsBefore = inbox.total();

        assertRefusedOn("email", () -> service.invite(invitation("pas-une-adresse", Role.FUNDER)));
        assertRefusedOn("email", () -> service.invite(invitation("a b@example.org", Role.FUNDER)));

        assertThat(repository.count()).isEqualTo(accountsBefore);
        assertThat(inbox.total()).isEqualTo(mailsBefore);
    }

    @Test
    void a_funder_is_invited_with_its_department_and_reads_that_department_only() {
        String email = AccountFixtures.uniqueEmail("financeur");

        Account invited = service.invite(new Invitation(email, "Financeur Nord", Role.FUNDER, AccountScope.funderOf("59")));

        assertThat(fixtures.reload(invited).getScope().departmentCode()).isEqualTo("59");
        assertThat(inbox.mailsTo(email)).hasSize(1);
    }

    @Test
    void inviting_a_funder_without_one_of_the_network_departments_is_refused_and_creates_nothing() {
        long accountsBefore = repository.count();
        int mailsBefore = inbox.total();

        assertRefusedOn("scope", () -> service.invite(new Invitation(
                AccountFixtures.uniqueEmail("sans"), "Financeur Sans", Role.FUNDER, AccountScope.wholeNetwork())));
        assertRefusedOn("scope", () -> service.invite(new Invitation(
                AccountFixtures.uniqueEmail("somme"), "Financeur Somme", Role.FUNDER, AccountScope.funderOf("80"))));

        assertThat(repository.count()).isEqualTo(accountsBefore);
        assertThat(inbox.total()).isEqualTo(mailsBefore);
    }

    @Test
    void a_department_given_for_another_role_than_funder_is_not_kept() {
        Account invited = service.invite(new Invitation(AccountFixtures.uniqueEmail("delegue"), "Délégué Test",
                Role.DELEGATE, AccountScope.funderOf("62")));

        assertThat(fixtures.reload(invited).getScope().departmentCode()).isNull();
    }

    @Test
    void the_departments_a_funder_may_be_invited_for_are_the_networks() {
        assertThat(AccountScope.DEPARTMENT_CODES)
                .containsExactlyElementsOf(Arrays.stream(Department.values()).map(Department::code).toList());
    }

    @Test
    void resending_an_invitation_revokes_the_first_link() {
        String email = AccountFixtures.uniqueEmail("yasmine");
        Account invited = service.invite(invitation(email, Role.DIRECTOR));

        service.resendInvitation(invited.getId());

        assertThat(inbox.mailsTo(email)).hasSize(2);
        String first = inbox.mailsTo(email).get(0).setPasswordToken();
        String second = inbox.mailsTo(email).get(1).setPasswordToken();
        assertRefusedWith("link.invalid", () -> service.completeLink(first, NEW_PASSWORD, NEW_PASSWORD));
        service.completeLink(second, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(fixtures.reload(invited).getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertRefusedWith("account.invite.not-pending", () -> service.resendInvitation(invited.getId()));
    }

    // Only admins manage accounts, whatever the UI shows

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void someone_who_is_not_an_admin_cannot_manage_accounts(Role role) {
        Account target = fixtures.active(Role.DIRECTOR);
        String email = AccountFixtures.uniqueEmail("intrus");
        AccountFixtures.actAs(fixtures.active(role));

        assertDenied(AccessDeniedException.class, target, email);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "PDN_COORDINATOR"}, mode = EnumSource.Mode.EXCLUDE)
    void only_admins_and_the_pdn_coordinator_invite_a_promeneur(Role role) {
        String email = AccountFixtures.uniqueEmail("promeneuse");
        AccountFixtures.actAs(fixtures.active(role));

        assertThrows(AccessDeniedException.class, () -> service.invitePromeneur(email, "Inès Promeneuse"));
        assertThat(repository.findByEmail(email)).isEmpty();
    }

    @Test
    void the_pdn_coordinator_invites_a_promeneur_with_no_scope_and_a_link_by_mail() {
        String email = AccountFixtures.uniqueEmail("promeneuse");
        AccountFixtures.actAs(fixtures.active(Role.PDN_COORDINATOR));

        Account invited = service.invitePromeneur(email, "Inès Promeneuse");

        assertThat(invited.getRole()).isEqualTo(Role.PROMENEUR);
        assertThat(invited.getStatus()).isEqualTo(AccountStatus.INVITED);
        assertThat(invited.getScope()).isEqualTo(AccountScope.wholeNetwork());
        assertThat(inbox.theMailTo(email).setPasswordToken()).isNotBlank();
    }

    @Test
    void someone_not_signed_in_cannot_manage_accounts() {
        Account target = fixtures.active(Role.DIRECTOR);
        String email = AccountFixtures.uniqueEmail("anonyme");
        AccountFixtures.actAsNobody();

        assertDenied(AuthenticationCredentialsNotFoundException.class, target, email);
    }

    private void assertDenied(Class<? extends Exception> denial, Account target, String email) {
        assertThrows(denial, () -> service.invite(invitation(email, Role.ADMIN)));
        assertThrows(denial, () -> service.list(AccountFilter.none(), Pageable.ofSize(10)));
        assertThrows(denial, () -> service.count(AccountFilter.none()));
        assertThrows(denial, () -> service.changeRole(target.getId(), Role.ADMIN, null));
        assertThrows(denial, () -> service.deactivate(target.getId()));
        assertThrows(denial, () -> service.reactivate(target.getId()));
        assertThrows(denial, () -> service.resendInvitation(target.getId()));

        assertThat(repository.findByEmail(email)).isEmpty();
        Account unchanged = fixtures.reload(target);
        assertThat(unchanged.getRole()).isEqualTo(Role.DIRECTOR);
        assertThat(unchanged.getStatus()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void an_admin_lists_and_counts_accounts_by_text_and_role() {
        Account director = fixtures.active(Role.DIRECTOR);
        fixtures.active(Role.FUNDER);

        AccountFilter byEmail = new AccountFilter(director.getEmail().toUpperCase(), null);
        assertThat(service.list(byEmail, Pageable.ofSize(10))).extracting(Account::getId).containsExactly(director.getId());
        assertThat(service.count(byEmail)).isEqualTo(1);
        assertThat(service.list(new AccountFilter(director.getEmail(), Role.FUNDER), Pageable.ofSize(10))).isEmpty();
        assertThat(service.list(new AccountFilter(null, Role.FUNDER), Pageable.ofSize(1000)))
                .isNotEmpty().allSatisfy(account -> assertThat(account.getRole()).isEqualTo(Role.FUNDER));
    }

    // Password reset

    @Test
    void a_reset_for_an_unknown_address_sends_nothing_and_says_nothing() {
        String unknown = AccountFixtures.uniqueEmail("inconnu");
        int mailsBefore = inbox.total();
        AccountFixtures.actAsNobody();

        assertThatNoException().isThrownBy(() -> service.requestPasswordReset(unknown).join());

        assertThat(inbox.total()).isEqualTo(mailsBefore);
        assertThat(audit.of(AuditEventType.PASSWORD_RESET_REQUESTED, unknown)).singleElement()
                .extracting(AuditEntry::detail).isNull();
    }

    @Test
    void a_known_and_an_unknown_address_get_the_same_answer_after_the_same_work_and_only_the_known_one_a_mail() {
        Account account = fixtures.active(Role.DIRECTOR);
        String unknown = AccountFixtures.uniqueEmail("inconnu");
        AccountFixtures.actAsNobody();
        long linksBefore = mongo.getCollection("account_links").countDocuments();

        java.util.concurrent.CompletableFuture<Void> known = service.requestPasswordReset(account.getEmail());
        java.util.concurrent.CompletableFuture<Void> nobody = service.requestPasswordReset(unknown);

        // The answer is the same, and what the request itself wrote is the same: one journal line each.
        assertThat(audit.of(AuditEventType.PASSWORD_RESET_REQUESTED, account.getEmail()))
                .extracting(AuditEntry::detail).containsExactly((String) null);
        assertThat(audit.of(AuditEventType.PASSWORD_RESET_REQUESTED, unknown))
                .extracting(AuditEntry::detail).containsExactly((String) null);
        known.join();
        nobody.join();
        // The work done after the answer: a link and a mail for the account, nothing for the unknown address.
        assertThat(mongo.getCollection("account_links").countDocuments()).isEqualTo(linksBefore + 1);
        assertThat(inbox.mailsTo(account.getEmail())).hasSize(1);
        assertThat(inbox.mailsTo(unknown)).isEmpty();
    }

    @Test
    void a_reset_for_an_invited_or_deactivated_account_sends_nothing() {
        Account invited = fixtures.invited(Role.DIRECTOR);
        Account deactivated = fixtures.active(Role.DIRECTOR);
        service.deactivate(deactivated.getId());
        int mailsBefore = inbox.total();
        AccountFixtures.actAsNobody();

        service.requestPasswordReset(invited.getEmail()).join();
        service.requestPasswordReset(deactivated.getEmail()).join();

        assertThat(inbox.total()).isEqualTo(mailsBefore);
    }

    @Test
    void a_reset_for_an_active_account_mails_one_link_that_sets_a_new_password() {
        Account account = fixtures.active(Role.DELEGATE);
        AccountFixtures.actAsNobody();

        service.requestPasswordReset("  " + account.getEmail().toUpperCase()).join();

        String token = onlyMailTo(account.getEmail()).setPasswordToken();
        assertThat(service.describeLink(token)).get().extracting(PendingLink::purpose).isEqualTo(LinkPurpose.PASSWORD_RESET);
        service.completeLink(token, NEW_PASSWORD, NEW_PASSWORD);

        Account reset = fixtures.reload(account);
        assertThat(encoder.matches(NEW_PASSWORD, reset.getPasswordHash())).isTrue();
        assertThat(encoder.matches(AccountFixtures.PASSWORD, reset.getPasswordHash())).isFalse();
        assertThat(reset.getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(audit.of(AuditEventType.PASSWORD_RESET_COMPLETED, account.getEmail())).hasSize(1);
        assertRefusedWith("link.invalid", () -> service.completeLink(token, NEW_PASSWORD, NEW_PASSWORD));
    }

    @Test
    void a_newer_reset_link_revokes_the_older_one() {
        Account account = fixtures.active(Role.DIRECTOR);
        AccountFixtures.actAsNobody();

        service.requestPasswordReset(account.getEmail()).join();
        service.requestPasswordReset(account.getEmail()).join();

        assertThat(inbox.mailsTo(account.getEmail())).hasSize(2);
        String older = inbox.mailsTo(account.getEmail()).get(0).setPasswordToken();
        String newer = inbox.mailsTo(account.getEmail()).get(1).setPasswordToken();
        assertThat(service.describeLink(older)).isEmpty();
        assertRefusedWith("link.invalid", () -> service.completeLink(older, NEW_PASSWORD, NEW_PASSWORD));
        service.completeLink(newer, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(encoder.matches(NEW_PASSWORD, fixtures.reload(account).getPasswordHash())).isTrue();
    }

    @Test
    void an_address_gets_at_most_three_reset_mails_an_hour_and_the_answer_stays_silent() {
        Account account = fixtures.active(Role.DIRECTOR);
        AccountFixtures.actAsNobody();

        for (int i = 0; i < AccountService.RESETS_PER_ADDRESS_PER_HOUR + 2; i++) {
            assertThatNoException().isThrownBy(() -> service.requestPasswordReset(account.getEmail()).join());
        }
        assertThat(inbox.mailsTo(account.getEmail())).hasSize(AccountService.RESETS_PER_ADDRESS_PER_HOUR);

        clock.advance(Duration.ofHours(1));
        service.requestPasswordReset(account.getEmail()).join();
        assertThat(inbox.mailsTo(account.getEmail())).hasSize(AccountService.RESETS_PER_ADDRESS_PER_HOUR + 1);
    }

    @Test
    void a_reset_link_expires_after_its_validity() {
        Account account = fixtures.active(Role.FUNDER);
        AccountFixtures.actAsNobody();
        service.requestPasswordReset(account.getEmail()).join();
        String token = onlyMailTo(account.getEmail()).setPasswordToken();

        clock.advance(properties.resetValidity().plusMinutes(1));

        assertRefusedWith("link.invalid", () -> service.completeLink(token, NEW_PASSWORD, NEW_PASSWORD));
        assertThat(encoder.matches(AccountFixtures.PASSWORD, fixtures.reload(account).getPasswordHash())).isTrue();
    }

    @Test
    void a_reset_link_of_an_account_deactivated_since_no_longer_works() {
        Account account = fixtures.active(Role.DIRECTOR);
        service.requestPasswordReset(account.getEmail()).join();
        String token = onlyMailTo(account.getEmail()).setPasswordToken();

        service.deactivate(account.getId());

        assertRefusedWith("link.invalid", () -> service.completeLink(token, NEW_PASSWORD, NEW_PASSWORD));
        assertThat(fixtures.reload(account).getStatus()).isEqualTo(AccountStatus.DEACTIVATED);
    }

    // Own password

    @Test
    void changing_ones_own_password_needs_the_current_one() {
        Account me = fixtures.active(Role.DIRECTOR);
        AccountFixtures.actAs(me);

        assertRefusedWith("password.current-wrong",
                () -> service.changeOwnPassword("pas-le-bon-mot-de-passe", NEW_PASSWORD, NEW_PASSWORD));
        assertThat(encoder.matches(AccountFixtures.PASSWORD, fixtures.reload(me).getPasswordHash())).isTrue();

        service.changeOwnPassword(AccountFixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(encoder.matches(NEW_PASSWORD, fixtures.reload(me).getPasswordHash())).isTrue();
        assertThat(audit.of(AuditEventType.PASSWORD_CHANGED, me.getEmail())).singleElement()
                .extracting(AuditEntry::actor).isEqualTo(me.getEmail());
    }

    @Test
    void changing_ones_own_password_follows_the_policy() {
        Account me = fixtures.active(Role.FUNDER);
        AccountFixtures.actAs(me);

        assertRefusedWith("password.refused",
                () -> service.changeOwnPassword(AccountFixtures.PASSWORD, WEAK_PASSWORD, WEAK_PASSWORD));

        assertThat(encoder.matches(AccountFixtures.PASSWORD, fixtures.reload(me).getPasswordHash())).isTrue();
    }

    @Test
    void a_new_password_over_72_bytes_is_refused_with_a_message_instead_of_failing() {
        Account me = fixtures.active(Role.DIRECTOR);
        AccountFixtures.actAs(me);
        // 63 characters, but 79 bytes in UTF-8: bcrypt's encoder would throw on it.
        String accentedPhrase = "Été élégiaque à Hénin-Beaumont où ça déçoit même l’écureuil ôté";

        assertRefusedWith("password.refused",
                () -> service.changeOwnPassword(AccountFixtures.PASSWORD, accentedPhrase, accentedPhrase));

        assertThat(encoder.matches(AccountFixtures.PASSWORD, fixtures.reload(me).getPasswordHash())).isTrue();
    }

    @Test
    void changing_ones_own_password_ends_the_other_sessions_but_not_the_current_one() {
        Account me = fixtures.active(Role.DIRECTOR);
        AccountFixtures.actAs(me);
        String elsewhere = openSessionOf(me);
        String here = openSessionOf(me);
        Account bystander = fixtures.active(Role.DIRECTOR);
        String bystanderSession = openSessionOf(bystander);

        withinRequestOfSession(here, () -> service.changeOwnPassword(AccountFixtures.PASSWORD, NEW_PASSWORD,
                NEW_PASSWORD));

        assertThat(sessionRegistry.getSessionInformation(elsewhere).isExpired()).isTrue();
        assertThat(sessionRegistry.getSessionInformation(here).isExpired()).isFalse();
        assertThat(sessionRegistry.getSessionInformation(bystanderSession).isExpired()).isFalse();
    }

    @Test
    void a_password_reset_ends_the_accounts_open_sessions() {
        Account forgetful = fixtures.active(Role.DELEGATE);
        String stolenSession = openSessionOf(forgetful);
        AccountFixtures.actAsNobody();
        service.requestPasswordReset(forgetful.getEmail()).join();
        String token = onlyMailTo(forgetful.getEmail()).setPasswordToken();

        service.completeLink(token, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(sessionRegistry.getSessionInformation(stolenSession).isExpired()).isTrue();
    }

    @Test
    void changing_a_password_needs_someone_signed_in() {
        AccountFixtures.actAsNobody();

        assertThrows(AuthenticationCredentialsNotFoundException.class,
                () -> service.changeOwnPassword(AccountFixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD));
    }

    // Roles and deactivation

    @Test
    void a_role_change_is_audited_and_ends_the_persons_sessions() {
        Account director = fixtures.active(Role.DIRECTOR);
        String sessionId = openSessionOf(director);

        service.changeRole(director.getId(), Role.DELEGATE, null);

        assertThat(fixtures.reload(director).getRole()).isEqualTo(Role.DELEGATE);
        assertThat(sessionRegistry.getSessionInformation(sessionId).isExpired()).isTrue();
        assertThat(audit.of(AuditEventType.ROLE_CHANGED, director.getEmail())).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(admin.getEmail());
            assertThat(entry.detail()).contains(Role.DIRECTOR.name()).contains(Role.DELEGATE.name());
        });
    }

    @Test
    void moving_an_account_to_funder_without_one_of_the_network_departments_is_refused_and_changes_nothing() {
        Account director = fixtures.active(Role.DIRECTOR);

        assertRefusedWith("account.invite.department-required",
                () -> service.changeRole(director.getId(), Role.FUNDER, null));
        assertRefusedWith("account.invite.department-required",
                () -> service.changeRole(director.getId(), Role.FUNDER, "80"));

        assertThat(fixtures.reload(director).getRole()).isEqualTo(Role.DIRECTOR);
        assertThat(audit.of(AuditEventType.ROLE_CHANGED, director.getEmail())).isEmpty();
    }

    @Test
    void an_account_moved_to_funder_keeps_the_department_chosen() {
        Account director = fixtures.active(Role.DIRECTOR);

        service.changeRole(director.getId(), Role.FUNDER, "59");

        Account funder = fixtures.reload(director);
        assertThat(funder.getRole()).isEqualTo(Role.FUNDER);
        assertThat(funder.getScope()).isEqualTo(AccountScope.funderOf("59"));
    }

    @Test
    void a_funder_moved_to_another_role_loses_its_department() {
        Account funder = fixtures.active(Role.FUNDER, AccountScope.funderOf("62"));

        service.changeRole(funder.getId(), Role.DELEGATE, "62");

        Account delegate = fixtures.reload(funder);
        assertThat(delegate.getRole()).isEqualTo(Role.DELEGATE);
        assertThat(delegate.getScope().departmentCode()).isNull();
    }

    @Test
    void a_funder_kept_funder_may_change_department() {
        Account funder = fixtures.active(Role.FUNDER, AccountScope.funderOf("62"));

        service.changeRole(funder.getId(), Role.FUNDER, "59");

        assertThat(fixtures.reload(funder).getScope().departmentCode()).isEqualTo("59");
    }

    @Test
    void an_admin_cannot_change_their_own_role() {
        assertRefusedWith("account.role.not-self", () -> service.changeRole(admin.getId(), Role.FUNDER, "59"));

        assertThat(fixtures.reload(admin).getRole()).isEqualTo(Role.ADMIN);
        assertThat(audit.of(AuditEventType.ROLE_CHANGED, admin.getEmail())).isEmpty();
    }

    @Test
    void deactivation_is_audited_and_ends_the_persons_open_sessions() {
        Account director = fixtures.active(Role.DIRECTOR);
        String firstSession = openSessionOf(director);
        String secondSession = openSessionOf(director);
        Account bystander = fixtures.active(Role.DIRECTOR);
        String bystanderSession = openSessionOf(bystander);

        service.deactivate(director.getId());

        assertThat(fixtures.reload(director).getStatus()).isEqualTo(AccountStatus.DEACTIVATED);
        assertThat(sessionRegistry.getSessionInformation(firstSession).isExpired()).isTrue();
        assertThat(sessionRegistry.getSessionInformation(secondSession).isExpired()).isTrue();
        assertThat(sessionRegistry.getSessionInformation(bystanderSession).isExpired()).isFalse();
        assertThat(audit.of(AuditEventType.ACCOUNT_DEACTIVATED, director.getEmail())).singleElement()
                .extracting(AuditEntry::actor).isEqualTo(admin.getEmail());
    }

    @Test
    void an_admin_cannot_deactivate_themself() {
        assertRefusedWith("account.deactivate.not-self", () -> service.deactivate(admin.getId()));

        assertThat(fixtures.reload(admin).getStatus()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void a_reactivated_account_is_active_again_and_it_is_audited() {
        Account director = fixtures.active(Role.DIRECTOR);
        service.deactivate(director.getId());

        service.reactivate(director.getId());

        assertThat(fixtures.reload(director).getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(encoder.matches(AccountFixtures.PASSWORD, fixtures.reload(director).getPasswordHash())).isTrue();
        assertThat(audit.of(AuditEventType.ACCOUNT_REACTIVATED, director.getEmail())).singleElement()
                .extracting(AuditEntry::actor).isEqualTo(admin.getEmail());
    }

    @Test
    void a_reactivated_account_that_never_chose_a_password_is_invited_again() {
        Account invited = fixtures.invited(Role.FUNDER);
        service.deactivate(invited.getId());

        service.reactivate(invited.getId());

        assertThat(fixtures.reload(invited).getStatus()).isEqualTo(AccountStatus.INVITED);
    }

    private Invitation invitation(String email, Role role) {
        String firstWord = email.strip().split("[^A-Za-z]+")[0];
        String name = firstWord.substring(0, 1).toUpperCase() + firstWord.substring(1).toLowerCase() + " Test";
        return new Invitation(email, name, role,
                role == Role.FUNDER ? AccountScope.funderOf("62") : new AccountScope(Set.of(), null));
    }

    private Inbox.Mail onlyMailTo(String email) {
        assertThat(inbox.mailsTo(email)).hasSize(1);
        return inbox.mailsTo(email).getFirst();
    }

    private String openSessionOf(Account account) {
        String sessionId = "session-" + System.nanoTime();
        sessionRegistry.registerNewSession(sessionId, AccountFixtures.principalOf(fixtures.reload(account)));
        return sessionId;
    }

    /** Runs the action as Spring runs a request of the browser holding this session. */
    private static void withinRequestOfSession(String sessionId, Runnable action) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, sessionId));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            action.run();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    /** Refused as a draft (DD009), with the problem on that field for the dialog to show next to it. */
    private static void assertRefusedOn(String field, Executable action) {
        InvalidInputException refusal = assertThrows(InvalidInputException.class, action);
        assertThat(refusal.problems()).extracting(FieldProblem::field).containsExactly(field);
    }

    private static void assertRefusedWith(String messageKey, Executable action) {
        UserFacingException refusal = assertThrows(UserFacingException.class, action);
        assertThat(refusal.messageKey()).isEqualTo(messageKey);
    }
}
