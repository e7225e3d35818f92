package fr.centressociaux.portail.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.accounts.internal.LoginThrottle;
import fr.centressociaux.portail.accounts.internal.OneTimeLinks;
import fr.centressociaux.portail.accounts.internal.SessionTerminator;
import fr.centressociaux.portail.audit.AuditEventType;
import fr.centressociaux.portail.audit.AuditLog;
import fr.centressociaux.portail.mail.OutgoingMail;
import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.shared.EmailAddresses;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Links;
import fr.centressociaux.portail.shared.PortalProperties;
import fr.centressociaux.portail.shared.RateLimiter;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Everything done to accounts: invitations, single-use links, password changes, roles and
 * deactivation. Each operation checks its caller's rights here, whatever the UI shows.
 */
@Service
public class AccountService {

    /** Reset mails one address may receive in an hour. */
    public static final int RESETS_PER_ADDRESS_PER_HOUR = 3;

    private final AccountRepository accounts;
    private final OneTimeLinks links;
    private final LoginThrottle throttle;
    private final SessionTerminator sessions;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Texts texts;
    private final RateLimiter rateLimiter;
    private final PortalProperties properties;
    private final Links portalLinks;
    private final Clock clock;
    private final PasswordResets resets;
    private final InputValidation validation;

    AccountService(AccountRepository accounts, OneTimeLinks links, LoginThrottle throttle, SessionTerminator sessions,
            PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, CurrentUser currentUser, Outbox outbox,
            AuditLog audit, Texts texts, RateLimiter rateLimiter, PortalProperties properties, Links portalLinks,
            Clock clock, PasswordResets resets, InputValidation validation) {
        this.resets = resets;
        this.validation = validation;
        this.accounts = accounts;
        this.links = links;
        this.throttle = throttle;
        this.sessions = sessions;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.outbox = outbox;
        this.audit = audit;
        this.texts = texts;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.portalLinks = portalLinks;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Account> list(AccountFilter filter, Pageable pageable) {
        return accounts.findPage(filter, pageable);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(AccountFilter filter) {
        return accounts.count(filter);
    }

    /**
     * Creates an invited account and mails it a link to choose a password. The invitation's
     * constraints are checked again (DD009): a refusal names the fields (address, name, a funder's
     * department) so the dialog shows it next to them.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Account invite(Invitation invitation) {
        return createInvited(validation.check(invitation));
    }

    private Account createInvited(Invitation invitation) {
        String email = EmailAddresses.normalise(invitation.email());
        if (!EmailAddresses.isValid(email)) {
            throw new UserFacingException("account.invite.email-invalid");
        }
        String name = invitation.displayName().strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new UserFacingException("account.invite.name-required");
        }
        AccountScope scope = scopeOfInvitee(invitation);
        if (accounts.findByEmail(email).isPresent()) {
            throw new UserFacingException("account.invite.already-exists");
        }
        Account account;
        try {
            account = accounts.insert(new Account(email, name, invitation.role(), scope));
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("account.invite.already-exists");
        }
        sendInvitation(account);
        return account;
    }

    /**
     * A funder reads the conventions and bilans of its department only (DD013): its invitation must
     * name one of the network's departments. Other roles carry none (a department never widens or
     * narrows what they see), so one given for them is dropped.
     */
    private static AccountScope scopeOfInvitee(Invitation invitation) {
        return scopeForRole(invitation.role(), invitation.scope());
    }

    /**
     * The scope an account of this role keeps out of the one asked: a funder's must name one of the
     * network's departments (and is only that department); any other role's department is dropped.
     */
    private static AccountScope scopeForRole(Role role, AccountScope scope) {
        if (role != Role.FUNDER) {
            return new AccountScope(scope.territoryIds(), scope.centreId());
        }
        String department = scope.departmentCode() == null ? "" : scope.departmentCode().strip();
        if (!AccountScope.DEPARTMENT_CODES.contains(department)) {
            throw new UserFacingException("account.invite.department-required");
        }
        return AccountScope.funderOf(department);
    }

    /** Mails a fresh invitation link to an account that has not chosen a password yet. */
    @PreAuthorize("hasRole('ADMIN')")
    public void resendInvitation(String accountId) {
        Account account = load(accountId);
        if (account.getStatus() != AccountStatus.INVITED) {
            throw new UserFacingException("account.invite.not-pending");
        }
        sendInvitation(account);
    }

    private void sendInvitation(Account account) {
        String token = links.issue(account.getId(), LinkPurpose.INVITATION, properties.invitationValidity());
        outbox.enqueue(new OutgoingMail(account.getEmail(), texts.get("mail.invitation.subject"),
                texts.get("mail.invitation.body", account.getDisplayName(), texts.get(account.getRole().labelKey()),
                        portalLinks.to("/mot-de-passe/" + token), hours(properties.invitationValidity()))));
        audit.record(AuditEventType.INVITATION_SENT, actor(), account.getEmail(), account.getRole().name());
    }

    /**
     * Mails a reset link if an active account has this address. Says nothing either way, and does
     * the same work either way before answering: the look-up, the link and the mail happen after
     * ({@link PasswordResets}), so the time of the answer does not tell whether the address exists
     * (issue 17 §11). The returned future completes when that work is done (for tests).
     */
    public CompletableFuture<Void> requestPasswordReset(String email) {
        String normalised = EmailAddresses.normalise(email);
        if (!rateLimiter.tryAcquire("password-reset:" + normalised, RESETS_PER_ADDRESS_PER_HOUR, Duration.ofHours(1))) {
            // Same silent answer: the page must not reveal anything, and nobody's inbox gets flooded.
            audit.record(AuditEventType.PASSWORD_RESET_REQUESTED, null, normalised, "rate-limited");
            return CompletableFuture.completedFuture(null);
        }
        audit.record(AuditEventType.PASSWORD_RESET_REQUESTED, null, normalised, null);
        return resets.later(normalised);
    }

    /** What a valid, unused link is for; empty if it is unknown, expired or used. */
    public Optional<PendingLink> describeLink(String token) {
        return links.peek(token).flatMap(link -> accounts.findById(link.accountId())
                .filter(account -> account.getStatus() != AccountStatus.DEACTIVATED)
                .map(account -> new PendingLink(link.purpose(), account.getEmail(), account.getDisplayName())));
    }

    /**
     * Sets the password through an invitation or reset link, which is then used up; the account's
     * open sessions end.
     */
    public void completeLink(String token, String password, String confirmation) {
        PendingLink pending = describeLink(token).orElseThrow(() -> new UserFacingException("link.invalid"));
        checkNewPassword(password, confirmation, pending.email(), pending.displayName());
        OneTimeLinks.LinkToken used = links.consume(token).orElseThrow(() -> new UserFacingException("link.invalid"));
        Account account = load(used.accountId());
        account.activateWithPassword(passwordEncoder.encode(password));
        accounts.save(account);
        // Whoever was signed in with the old password (perhaps the reason for the reset) is signed out.
        sessions.endOtherSessionsOf(account.getEmail());
        throttle.clearAccount(account.getEmail());
        audit.record(used.purpose() == LinkPurpose.INVITATION ? AuditEventType.INVITATION_ACCEPTED
                : AuditEventType.PASSWORD_RESET_COMPLETED, null, account.getEmail(), null);
    }

    /**
     * The signed-in person changes their own password, proving they know the current one. Their
     * other sessions (another browser, a shared computer) end.
     */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword, String confirmation) {
        AccountPrincipal me = currentUser.get().orElseThrow();
        Account account = load(me.accountId());
        if (account.getPasswordHash() == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new UserFacingException("password.current-wrong");
        }
        checkNewPassword(newPassword, confirmation, account.getEmail(), account.getDisplayName());
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        accounts.save(account);
        // Sessions opened elsewhere with the old password end; this one goes on.
        sessions.endOtherSessionsOf(account.getEmail());
        audit.record(AuditEventType.PASSWORD_CHANGED, account.getEmail(), account.getEmail(), null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void changeRole(String accountId, Role role, @Nullable String departmentCode) {
        Account account = load(accountId);
        refuseOwnAccount(account, "account.role.not-self");
        Role previous = account.getRole();
        AccountScope current = account.getScope();
        // A funder is moved with its department, as when invited; other roles lose any department.
        AccountScope scope = scopeForRole(role,
                new AccountScope(current.territoryIds(), current.centreId(), departmentCode));
        if (previous == role && scope.equals(current)) {
            return;
        }
        account.changeRole(role);
        account.changeScope(scope);
        accounts.save(account);
        // Open sessions carry the old role: end them so the new one applies at next sign-in.
        sessions.endSessionsOf(account.getEmail());
        String department = scope.departmentCode() == null ? "" : " (" + scope.departmentCode() + ")";
        audit.record(AuditEventType.ROLE_CHANGED, actor(), account.getEmail(), previous + " → " + role + department);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void deactivate(String accountId) {
        Account account = load(accountId);
        refuseOwnAccount(account, "account.deactivate.not-self");
        if (account.getStatus() == AccountStatus.DEACTIVATED) {
            return;
        }
        account.deactivate();
        accounts.save(account);
        sessions.endSessionsOf(account.getEmail());
        audit.record(AuditEventType.ACCOUNT_DEACTIVATED, actor(), account.getEmail(), null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void reactivate(String accountId) {
        Account account = load(accountId);
        if (account.getStatus() != AccountStatus.DEACTIVATED) {
            return;
        }
        account.reactivate();
        accounts.save(account);
        audit.record(AuditEventType.ACCOUNT_REACTIVATED, actor(), account.getEmail(), null);
    }

    /** Delegates' accounts, for assigning them to territories. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Account> delegates() {
        return accounts.findByRoleOrderByDisplayName(Role.DELEGATE);
    }

    /** Ids of the delegate accounts whose scope includes the territory. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public Set<String> delegatesOf(String territoryId) {
        return accounts.findByRoleAndScopeTerritoryIdsContaining(Role.DELEGATE, territoryId).stream()
                .map(Account::getId).collect(Collectors.toSet());
    }

    /** Makes exactly these delegates cover the territory, adding or removing it from their scopes. */
    @PreAuthorize("hasRole('ADMIN')")
    public void assignTerritoryDelegates(String territoryId, Set<String> delegateAccountIds) {
        for (Account account : accounts.findByRoleOrderByDisplayName(Role.DELEGATE)) {
            Set<String> territories = new HashSet<>(account.getScope().territoryIds());
            boolean changed = delegateAccountIds.contains(account.getId()) ? territories.add(territoryId)
                    : territories.remove(territoryId);
            if (changed) {
                account.changeScope(account.getScope().withTerritories(territories));
                accounts.save(account);
                sessions.endSessionsOf(account.getEmail());
                audit.record(AuditEventType.SCOPE_CHANGED, actor(), account.getEmail(), String.join(", ", territories));
            }
        }
    }

    /**
     * Gives the director of a newly approved centre an account scoped to it and mails them an
     * invitation. An address that already has an account gets nothing here (empty): an approval
     * never re-scopes an existing account, whoever typed its address into an application; an
     * admin links it explicitly ({@link #linkExistingAccountToCentre}).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public Optional<Account> inviteNewDirector(String email, String displayName, String centreId) {
        String normalised = EmailAddresses.normalise(email);
        if (accounts.findByEmail(normalised).isPresent()) {
            return Optional.empty();
        }
        Account account;
        try {
            account = accounts.insert(new Account(normalised, displayName.strip(), Role.DIRECTOR,
                    new AccountScope(Set.of(), centreId)));
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        sendInvitation(account);
        return Optional.of(account);
    }

    /**
     * Gives a Promeneur du Net professional an account of their own (role {@code PROMENEUR}, no
     * scope: the promeneurs module links the account to the person's record and limits it to that
     * record) and mails them an invitation through the outbox. An address that already has an
     * account is refused: one person, one account, and no existing role is ever changed here.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'PDN_COORDINATOR')")
    public Account invitePromeneur(String email, String displayName) {
        return createInvited(new Invitation(email, displayName, Role.PROMENEUR, AccountScope.wholeNetwork()));
    }

    /** Whether an account other than this one signs in with the address (compared normalised). */
    @PreAuthorize("isAuthenticated()")
    public boolean addressTakenByAnother(String email, String accountId) {
        return accounts.findByEmail(EmailAddresses.normalise(email))
                .filter(other -> !Objects.equals(other.getId(), accountId)).isPresent();
    }

    /**
     * A Promeneur du Net's sign-in follows the address on their record: the promeneurs module calls
     * this once it has checked that the caller may edit that record (the coordinator, a director of
     * the employing centre, the professional themselves). Only a {@code PROMENEUR} account moves
     * here, never a staff or director account, and a professional moves their own only. Refused when
     * another account has the address. The old address is told (someone who may edit the record could
     * otherwise take the sign-in over unseen), and the account's other sessions end: they carry the
     * old address, which the portal no longer knows.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'PDN_COORDINATOR', 'DIRECTOR', 'PROMENEUR')")
    public void movePromeneurSignIn(String accountId, String newEmail) {
        Account account = load(accountId);
        AccountPrincipal caller = currentUser.get().orElseThrow();
        if (account.getRole() != Role.PROMENEUR
                || caller.role() == Role.PROMENEUR && !caller.accountId().equals(accountId)) {
            throw new AccessDeniedException("Only a Promeneur du Net's own sign-in follows their record");
        }
        String previous = account.getEmail();
        String email = EmailAddresses.normalise(newEmail);
        if (email.equals(previous)) {
            return;
        }
        account.changeEmail(email);
        try {
            accounts.save(account);
        } catch (DuplicateKeyException taken) {
            throw new UserFacingException("account.email.taken");
        }
        sessions.endOtherSessionsOf(previous);
        outbox.enqueue(new OutgoingMail(previous, texts.get("mail.sign-in-moved.subject"),
                texts.get("mail.sign-in-moved.body", account.getDisplayName(), email)));
        audit.record(AuditEventType.SIGN_IN_ADDRESS_CHANGED, actor(), email, previous + " → " + email);
    }

    /**
     * An admin confirms that the existing account with this address runs the centre: its scope
     * moves to that centre and its open sessions end, so the new scope applies at once.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Account linkExistingAccountToCentre(String email, String centreId) {
        Account account = accounts.findByEmail(EmailAddresses.normalise(email))
                .orElseThrow(() -> new UserFacingException("account.not-found"));
        return scope(account, centreId);
    }

    /** Points a demo or imported director account at its centre. */
    @PreAuthorize("hasRole('ADMIN')")
    public void scopeToCentre(String accountId, String centreId) {
        scope(load(accountId), centreId);
    }

    private Account scope(Account account, String centreId) {
        account.changeScope(account.getScope().withCentre(centreId));
        Account saved = accounts.save(account);
        // Open sessions carry the old scope: end them, as for a role change.
        sessions.endSessionsOf(account.getEmail());
        audit.record(AuditEventType.SCOPE_CHANGED, actor(), account.getEmail(), centreId);
        return saved;
    }

    void recordSignIn(String email) {
        accounts.findByEmail(email).ifPresent(account -> {
            account.signedInAt(clock.instant());
            accounts.save(account);
        });
    }

    private void checkNewPassword(String password, String confirmation, String email, String name) {
        if (!password.equals(confirmation)) {
            throw new UserFacingException("password.mismatch");
        }
        List<String> problems = passwordPolicy.problems(password, email, name);
        if (!problems.isEmpty()) {
            throw new UserFacingException("password.refused", String.join(" ", problems));
        }
    }

    private void refuseOwnAccount(Account account, String messageKey) {
        if (Objects.equals(account.getId(), currentUser.get().map(AccountPrincipal::accountId).orElse(null))) {
            throw new UserFacingException(messageKey);
        }
    }

    private Account load(String accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new UserFacingException("account.not-found"));
    }

    private String actor() {
        return currentUser.get().map(AccountPrincipal::getUsername).orElse("system");
    }

    private static long hours(Duration duration) {
        return duration.toHours();
    }

}
