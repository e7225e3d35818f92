package fr.centressociaux.portail.accounts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.accounts.internal.LoginThrottle;
import fr.centressociaux.portail.audit.AuditEntry;
import fr.centressociaux.portail.audit.AuditEventType;
import fr.centressociaux.portail.audit.internal.AuditEntryRepository;
import fr.centressociaux.portail.support.AuditTrail;
import fr.centressociaux.portail.support.Inbox;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

@PortalTest
@Import(MovableClockConfiguration.class)
class SignInTest {

    private static final String WRONG_PASSWORD = "ce-n-est-pas-le-bon-mot-de-passe";
    private static final int MAX_FAILURES = 5;
    private static final Duration LOCK = Duration.ofMinutes(15);

    @Autowired
    AuthenticationProvider signIn;
    @Autowired
    AccountService service;
    @Autowired
    AccountRepository repository;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    MovableClock clock;
    @Autowired
    AuditEntryRepository auditEntries;
    @Autowired
    Inbox inbox;

    AccountFixtures fixtures;
    AuditTrail audit;

    @BeforeEach
    void setUp() {
        fixtures = new AccountFixtures(repository, encoder);
        audit = new AuditTrail(auditEntries);
    }

    @AfterEach
    void signOut() {
        AccountFixtures.actAsNobody();
    }

    @Test
    void the_right_password_signs_in_and_it_is_audited() {
        Account director = fixtures.active(Role.DIRECTOR);

        Authentication result = signIn.authenticate(attempt(director.getEmail(), AccountFixtures.PASSWORD, null));

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getPrincipal()).isInstanceOfSatisfying(AccountPrincipal.class, principal -> {
            assertThat(principal.accountId()).isEqualTo(director.getId());
            assertThat(principal.role()).isEqualTo(Role.DIRECTOR);
        });
        assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .filteredOn(authority -> authority.startsWith("ROLE_")).containsExactly(Role.DIRECTOR.authority());
        assertThat(fixtures.reload(director).getLastLoginAt()).isEqualTo(clock.instant());
        assertThat(audit.of(AuditEventType.LOGIN_SUCCEEDED, director.getEmail())).hasSize(1);
    }

    @Test
    void the_email_is_matched_whatever_its_case_and_surrounding_spaces() {
        Account delegate = fixtures.active(Role.DELEGATE);

        Authentication result = signIn.authenticate(
                attempt("  " + delegate.getEmail().toUpperCase() + " ", AccountFixtures.PASSWORD, null));

        assertThat(result.getName()).isEqualTo(delegate.getEmail());
    }

    @Test
    void a_wrong_password_or_an_unknown_address_is_refused_alike() {
        Account funder = fixtures.active(Role.FUNDER);

        assertThrows(BadCredentialsException.class,
                () -> signIn.authenticate(attempt(funder.getEmail(), WRONG_PASSWORD, null)));
        assertThrows(BadCredentialsException.class,
                () -> signIn.authenticate(attempt(AccountFixtures.uniqueEmail("personne"), AccountFixtures.PASSWORD, null)));
        assertThat(audit.of(AuditEventType.LOGIN_FAILED, funder.getEmail())).hasSize(1);
    }

    @Test
    void an_invited_account_without_a_password_cannot_sign_in() {
        Account invited = fixtures.invited(Role.DIRECTOR);

        assertThrows(BadCredentialsException.class,
                () -> signIn.authenticate(attempt(invited.getEmail(), AccountFixtures.PASSWORD, null)));
        assertThrows(BadCredentialsException.class, () -> signIn.authenticate(attempt(invited.getEmail(), "", null)));
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_password() {
        Account director = fixtures.active(Role.DIRECTOR);

        failToSignIn(director.getEmail(), MAX_FAILURES - 1);
        clock.advance(LOCK.minusMinutes(1));
        failToSignIn(director.getEmail(), 1);

        assertThat(audit.of(AuditEventType.ACCOUNT_LOCKED, director.getEmail())).hasSize(1);
        assertThrows(LockedException.class,
                () -> signIn.authenticate(attempt(director.getEmail(), AccountFixtures.PASSWORD, null)));
        assertThat(audit.of(AuditEventType.LOGIN_REFUSED_WHILE_LOCKED, director.getEmail())).hasSize(1);
        assertThat(audit.of(AuditEventType.LOGIN_SUCCEEDED, director.getEmail())).isEmpty();
    }

    @Test
    void four_wrong_passwords_do_not_lock_and_the_right_one_starts_the_count_again() {
        Account director = fixtures.active(Role.DIRECTOR);

        failToSignIn(director.getEmail(), MAX_FAILURES - 1);
        signIn.authenticate(attempt(director.getEmail(), AccountFixtures.PASSWORD, null));
        failToSignIn(director.getEmail(), MAX_FAILURES - 1);

        assertThat(signIn.authenticate(attempt(director.getEmail(), AccountFixtures.PASSWORD, null)).isAuthenticated())
                .isTrue();
        assertThat(audit.of(AuditEventType.ACCOUNT_LOCKED, director.getEmail())).isEmpty();
    }

    @Test
    void failures_at_the_same_moment_all_count() throws Exception {
        Account director = fixtures.active(Role.DIRECTOR);
        CountDownLatch start = new CountDownLatch(1);

        try (ExecutorService attackers = Executors.newFixedThreadPool(MAX_FAILURES)) {
            List<Future<?>> attempts = new ArrayList<>();
            for (int i = 0; i < MAX_FAILURES; i++) {
                attempts.add(attackers.submit(() -> {
                    start.await();
                    return assertThrows(BadCredentialsException.class,
                            () -> signIn.authenticate(attempt(director.getEmail(), WRONG_PASSWORD, null)));
                }));
            }
            start.countDown();
            for (Future<?> attempt : attempts) {
                attempt.get(30, TimeUnit.SECONDS);
            }
        }

        assertThrows(LockedException.class,
                () -> signIn.authenticate(attempt(director.getEmail(), AccountFixtures.PASSWORD, null)));
    }

    @Test
    void failures_older_than_fifteen_minutes_do_not_count() {
        Account delegate = fixtures.active(Role.DELEGATE);

        failToSignIn(delegate.getEmail(), MAX_FAILURES - 1);
        clock.advance(Duration.ofMinutes(16));
        failToSignIn(delegate.getEmail(), 1);

        assertThat(signIn.authenticate(attempt(delegate.getEmail(), AccountFixtures.PASSWORD, null)).isAuthenticated())
                .isTrue();
    }

    @Test
    void the_lock_lifts_after_fifteen_minutes() {
        Account delegate = fixtures.active(Role.DELEGATE);
        failToSignIn(delegate.getEmail(), MAX_FAILURES);

        clock.advance(LOCK.minusSeconds(1));
        assertThrows(LockedException.class,
                () -> signIn.authenticate(attempt(delegate.getEmail(), AccountFixtures.PASSWORD, null)));

        clock.advance(Duration.ofSeconds(2));
        assertThat(signIn.authenticate(attempt(delegate.getEmail(), AccountFixtures.PASSWORD, null)).isAuthenticated())
                .isTrue();
    }

    @Test
    void five_wrong_passwords_from_one_address_lock_that_address_out_but_not_the_owner_elsewhere() {
        Account admin = fixtures.active(Role.ADMIN);
        String attacker = randomClientAddress();
        for (int i = 0; i < MAX_FAILURES; i++) {
            assertThrows(BadCredentialsException.class,
                    () -> signIn.authenticate(attempt(admin.getEmail(), WRONG_PASSWORD, attacker)));
        }

        assertThrows(LockedException.class,
                () -> signIn.authenticate(attempt(admin.getEmail(), AccountFixtures.PASSWORD, attacker)));
        assertThat(signIn.authenticate(attempt(admin.getEmail(), AccountFixtures.PASSWORD, randomClientAddress()))
                .isAuthenticated()).as("the owner, from the office, still signs in").isTrue();
    }

    @Test
    void guesses_spread_over_many_addresses_lock_the_account_for_everyone() {
        Account admin = fixtures.active(Role.ADMIN);
        int addresses = LoginThrottle.MAX_FAILURES_PER_ACCOUNT / MAX_FAILURES;
        for (int a = 0; a < addresses; a++) {
            String botnet = randomClientAddress();
            for (int i = 0; i < MAX_FAILURES; i++) {
                assertThrows(BadCredentialsException.class,
                        () -> signIn.authenticate(attempt(admin.getEmail(), WRONG_PASSWORD, botnet)));
            }
        }

        assertThrows(LockedException.class,
                () -> signIn.authenticate(attempt(admin.getEmail(), AccountFixtures.PASSWORD, randomClientAddress())));
        assertThat(audit.of(AuditEventType.ACCOUNT_LOCKED, admin.getEmail())).hasSize(addresses);
    }

    @Test
    void enough_failures_for_different_addresses_from_one_client_address_lock_that_address() {
        String attacker = randomClientAddress();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            String someone = fixtures.active(Role.FUNDER).getEmail();
            assertThrows(BadCredentialsException.class, () -> signIn.authenticate(attempt(someone, WRONG_PASSWORD, attacker)));
        }
        Account director = fixtures.active(Role.DIRECTOR);

        assertThrows(LockedException.class,
                () -> signIn.authenticate(attempt(director.getEmail(), AccountFixtures.PASSWORD, attacker)));
        assertThat(signIn.authenticate(attempt(director.getEmail(), AccountFixtures.PASSWORD, randomClientAddress()))
                .isAuthenticated()).isTrue();
        assertThat(signIn.authenticate(attempt(director.getEmail(), AccountFixtures.PASSWORD, null)).isAuthenticated())
                .isTrue();
    }

    @Test
    void choosing_a_new_password_through_a_reset_link_lifts_the_lock() {
        Account director = fixtures.active(Role.DIRECTOR);
        failToSignIn(director.getEmail(), MAX_FAILURES);
        String newPassword = "hibou-citrouille-parapluie-orage";

        service.requestPasswordReset(director.getEmail()).join();
        String token = inbox.mailsTo(director.getEmail()).getLast().setPasswordToken();
        service.completeLink(token, newPassword, newPassword);

        assertThat(signIn.authenticate(attempt(director.getEmail(), newPassword, null)).isAuthenticated()).isTrue();
    }

    @Test
    void a_deactivated_account_learns_it_only_with_the_right_password() {
        Account director = fixtures.active(Role.DIRECTOR);
        AccountFixtures.actAs(fixtures.active(Role.ADMIN));
        service.deactivate(director.getId());
        AccountFixtures.actAsNobody();

        assertThrows(DisabledException.class,
                () -> signIn.authenticate(attempt(director.getEmail(), AccountFixtures.PASSWORD, null)));
        assertThrows(BadCredentialsException.class,
                () -> signIn.authenticate(attempt(director.getEmail(), WRONG_PASSWORD, null)));
        assertThat(audit.of(AuditEventType.LOGIN_FAILED, director.getEmail()))
                .extracting(AuditEntry::detail).containsExactly("deactivated", "bad-credentials");
        assertThat(audit.of(AuditEventType.LOGIN_SUCCEEDED, director.getEmail())).isEmpty();
    }

    @Test
    void a_reactivated_account_signs_in_again() {
        Account director = fixtures.active(Role.DIRECTOR);
        AccountFixtures.actAs(fixtures.active(Role.ADMIN));
        service.deactivate(director.getId());
        service.reactivate(director.getId());
        AccountFixtures.actAsNobody();

        assertThat(signIn.authenticate(attempt(director.getEmail(), AccountFixtures.PASSWORD, null)).isAuthenticated())
                .isTrue();
    }

    private void failToSignIn(String email, int times) {
        for (int i = 0; i < times; i++) {
            assertThrows(BadCredentialsException.class, () -> signIn.authenticate(attempt(email, WRONG_PASSWORD, null)));
        }
    }

    /** A sign-in attempt as the login form makes it, from a client address when one is given. */
    static UsernamePasswordAuthenticationToken attempt(String email, String password, @Nullable String clientAddress) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        if (clientAddress != null) {
            token.setDetails(new WebAuthenticationDetails(clientAddress, null));
        }
        return token;
    }

    /** An address in the documentation range of IPv6, different for every test. */
    static String randomClientAddress() {
        return "2001:db8::" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff));
    }
}
