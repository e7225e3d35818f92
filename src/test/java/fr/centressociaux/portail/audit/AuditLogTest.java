package fr.centressociaux.portail.audit;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.audit.internal.AuditEntryRepository;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

@PortalTest
@Import(MovableClockConfiguration.class)
class AuditLogTest {

    private static final Pageable ALL = Pageable.ofSize(100);

    @Autowired
    AuditLog auditLog;
    @Autowired
    MovableClock clock;

    String subject;

    @BeforeEach
    void signInAnAdmin() {
        subject = "personne." + System.nanoTime() + "@example.org";
        actAs(Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void an_event_is_recorded_with_its_type_subject_actor_detail_and_time() {
        auditLog.record(AuditEventType.ROLE_CHANGED, "admin@example.org", subject, "DIRECTOR → DELEGATE");

        assertThat(auditLog.page(bySubject(null), ALL)).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isNotNull();
            assertThat(entry.type()).isEqualTo(AuditEventType.ROLE_CHANGED);
            assertThat(entry.subject()).isEqualTo(subject);
            assertThat(entry.actor()).isEqualTo("admin@example.org");
            assertThat(entry.detail()).isEqualTo("DIRECTOR → DELEGATE");
            assertThat(entry.at()).isEqualTo(clock.instant());
            assertThat(entry.remoteAddress()).isNull();
        });
    }

    @Test
    void an_event_recorded_during_a_request_keeps_the_client_address() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.7");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        auditLog.record(AuditEventType.LOGIN_FAILED, null, subject, "bad-credentials");

        assertThat(auditLog.page(bySubject(null), ALL)).singleElement().satisfies(entry -> {
            assertThat(entry.remoteAddress()).isEqualTo("203.0.113.7");
            assertThat(entry.actor()).isNull();
        });
    }

    @Test
    void entries_are_filtered_by_type() {
        auditLog.record(AuditEventType.LOGIN_FAILED, null, subject, "bad-credentials");
        auditLog.record(AuditEventType.LOGIN_FAILED, null, subject, "bad-credentials");
        auditLog.record(AuditEventType.LOGIN_SUCCEEDED, subject, subject, null);

        AuditFilter failures = bySubject(AuditEventType.LOGIN_FAILED);
        assertThat(auditLog.page(failures, ALL)).hasSize(2)
                .allSatisfy(entry -> assertThat(entry.type()).isEqualTo(AuditEventType.LOGIN_FAILED));
        assertThat(auditLog.count(failures)).isEqualTo(2);
        assertThat(auditLog.count(bySubject(AuditEventType.LOGIN_SUCCEEDED))).isEqualTo(1);
        assertThat(auditLog.count(bySubject(AuditEventType.ACCOUNT_LOCKED))).isZero();
        assertThat(auditLog.count(new AuditFilter(AuditEventType.LOGIN_SUCCEEDED, null, null, null)))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_text_matches_part_of_the_subject_or_the_actor_whatever_the_case() {
        String actor = "chef." + System.nanoTime() + "@example.org";
        auditLog.record(AuditEventType.ACCOUNT_DEACTIVATED, actor, subject, null);
        auditLog.record(AuditEventType.INVITATION_SENT, "quelqu.un@example.org", subject, "DIRECTOR");

        String localPart = subject.substring(0, subject.indexOf('@'));
        assertThat(auditLog.page(new AuditFilter(null, "  " + localPart.toUpperCase() + " ", null, null), ALL))
                .extracting(AuditEntry::type)
                .containsExactlyInAnyOrder(AuditEventType.ACCOUNT_DEACTIVATED, AuditEventType.INVITATION_SENT);
        assertThat(auditLog.page(new AuditFilter(null, actor.substring(0, actor.indexOf('@')), null, null), ALL))
                .extracting(AuditEntry::type).containsExactly(AuditEventType.ACCOUNT_DEACTIVATED);
    }

    @Test
    void the_text_is_taken_literally_not_as_a_pattern() {
        String plusAddress = "jean+" + System.nanoTime() + "@example.org";
        auditLog.record(AuditEventType.PASSWORD_RESET_REQUESTED, null, plusAddress, null);

        assertThat(auditLog.count(new AuditFilter(null, plusAddress, null, null))).isEqualTo(1);
        assertThat(auditLog.count(new AuditFilter(null, plusAddress.replace("+", ".*"), null, null))).isZero();
    }

    @Test
    void entries_are_filtered_by_dates_both_inclusive() {
        LocalDate firstDay = LocalDate.now(clock);
        auditLog.record(AuditEventType.LOGIN_FAILED, null, subject, "first");
        clock.advance(Duration.ofDays(2));
        LocalDate thirdDay = LocalDate.now(clock);
        auditLog.record(AuditEventType.LOGIN_FAILED, null, subject, "third");

        assertThat(details(between(firstDay, firstDay))).containsExactly("first");
        assertThat(details(between(thirdDay, thirdDay))).containsExactly("third");
        assertThat(details(between(firstDay.plusDays(1), firstDay.plusDays(1)))).isEmpty();
        assertThat(details(between(firstDay, null))).containsExactly("third", "first");
        assertThat(details(between(null, firstDay.plusDays(1)))).containsExactly("first");
        assertThat(details(between(thirdDay, null))).containsExactly("third");
        assertThat(auditLog.count(between(firstDay, thirdDay))).isEqualTo(2);
    }

    @Test
    void type_text_and_dates_combine() {
        LocalDate today = LocalDate.now(clock);
        auditLog.record(AuditEventType.LOGIN_FAILED, null, subject, "bad-credentials");
        auditLog.record(AuditEventType.LOGIN_SUCCEEDED, subject, subject, null);

        AuditFilter all = new AuditFilter(AuditEventType.LOGIN_SUCCEEDED, subject, today, today);
        assertThat(auditLog.page(all, ALL)).extracting(AuditEntry::type).containsExactly(AuditEventType.LOGIN_SUCCEEDED);
        assertThat(auditLog.count(new AuditFilter(AuditEventType.LOGIN_SUCCEEDED, subject, today.plusDays(1), null)))
                .isZero();
    }

    @Test
    void pages_come_newest_first_and_the_count_ignores_paging() {
        for (String detail : List.of("1", "2", "3")) {
            auditLog.record(AuditEventType.LOGIN_FAILED, null, subject, detail);
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(auditLog.page(bySubject(null), PageRequest.of(0, 2))).extracting(AuditEntry::detail)
                .containsExactly("3", "2");
        assertThat(auditLog.page(bySubject(null), PageRequest.of(1, 2))).extracting(AuditEntry::detail)
                .containsExactly("1");
        assertThat(auditLog.count(bySubject(null))).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void only_admins_read_the_log(Role role) {
        actAs(role);

        assertThrows(AccessDeniedException.class, () -> auditLog.page(AuditFilter.none(), ALL));
        assertThrows(AccessDeniedException.class, () -> auditLog.count(AuditFilter.none()));
    }

    @Test
    void nobody_signed_out_reads_the_log() {
        SecurityContextHolder.clearContext();

        assertThrows(AuthenticationCredentialsNotFoundException.class, () -> auditLog.page(AuditFilter.none(), ALL));
        assertThrows(AuthenticationCredentialsNotFoundException.class, () -> auditLog.count(AuditFilter.none()));
    }

    @ParameterizedTest
    @ValueSource(classes = {AuditLog.class, AuditEntryRepository.class})
    void the_audit_module_offers_no_way_to_change_or_remove_an_entry(Class<?> type) {
        List<String> writers = Arrays.stream(type.getMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .map(Method::getName)
                .filter(name -> name.matches("(?i)(update|delete|save|remove|replace|modify|upsert|drop).*"))
                .toList();

        assertThat(writers).isEmpty();
        assertThat(Repository.class.isAssignableFrom(type)).as("a Spring Data repository").isFalse();
    }

    private AuditFilter bySubject(AuditEventType type) {
        return new AuditFilter(type, subject, null, null);
    }

    private AuditFilter between(LocalDate from, LocalDate to) {
        return new AuditFilter(null, subject, from, to);
    }

    private List<String> details(AuditFilter filter) {
        return auditLog.page(filter, ALL).stream().map(AuditEntry::detail).toList();
    }

    private static void actAs(Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                role.name().toLowerCase() + "@example.org", null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }
}
