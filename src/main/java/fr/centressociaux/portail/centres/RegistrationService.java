package fr.centressociaux.portail.centres;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.accounts.AccountService;
import fr.centressociaux.portail.audit.AuditEventType;
import fr.centressociaux.portail.audit.AuditLog;
import fr.centressociaux.portail.centres.internal.ApplicationRepository;
import fr.centressociaux.portail.mail.OutgoingMail;
import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.shared.EmailAddresses;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.Links;
import fr.centressociaux.portail.shared.PortalProperties;
import fr.centressociaux.portail.shared.RateLimiter;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.Tokens;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Self-registration: a structure applies (public form), its director confirms their address,
 * and the federation (admins, or the delegates of the chosen territory) approves or rejects.
 * Approval creates the centre and the director's account scoped to it.
 */
@Service
public class RegistrationService {

    static final int SUBMISSIONS_PER_ADDRESS_PER_HOUR = 5;
    private static final Set<ApplicationStatus> OPEN_STATES =
            Set.of(ApplicationStatus.AWAITING_EMAIL_CONFIRMATION, ApplicationStatus.PENDING);
    public static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);
    private static final Logger LOG = LoggerFactory.getLogger(RegistrationService.class);

    private final ApplicationRepository applications;
    private final MongoOperations mongo;
    private final CentreService centres;
    private final CentreAccess access;
    private final TerritoryService territories;
    private final AccountService accounts;
    private final RateLimiter rateLimiter;
    private final Outbox outbox;
    private final Texts texts;
    private final PortalProperties properties;
    private final Links links;
    private final Clock clock;
    private final InputValidation validation;
    private final AuditLog audit;

    RegistrationService(ApplicationRepository applications, MongoOperations mongo, CentreService centres,
            CentreAccess access, TerritoryService territories, AccountService accounts, RateLimiter rateLimiter,
            Outbox outbox, Texts texts, PortalProperties properties, Links links, Clock clock,
            InputValidation validation, AuditLog audit) {
        this.validation = validation;
        this.audit = audit;
        this.applications = applications;
        this.mongo = mongo;
        this.centres = centres;
        this.access = access;
        this.territories = territories;
        this.accounts = accounts;
        this.rateLimiter = rateLimiter;
        this.outbox = outbox;
        this.texts = texts;
        this.properties = properties;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Records an application and mails the director a confirmation link. Every field is checked
     * here, whatever the form did; all problems come back at once.
     */
    public void submit(ApplicationForm form, @Nullable String remoteAddress) {
        if (form.honeypot() != null && !form.honeypot().isBlank()) {
            // A robot filled the hidden field: answer as if accepted, keep nothing.
            LOG.info("Application dropped by the honeypot (from {})", remoteAddress);
            return;
        }
        CentreProfile profile = validated(form);
        // Counted once the form is valid: what the limit protects is the mail sent to any address,
        // and a person correcting their mistakes must not run out of attempts.
        if (remoteAddress != null && !rateLimiter.tryAcquire("application:" + remoteAddress,
                SUBMISSIONS_PER_ADDRESS_PER_HOUR, Duration.ofHours(1))) {
            throw new UserFacingException("application.rate-limited");
        }
        String email = EmailAddresses.normalise(form.directorEmail());
        if (applications.existsForDirectorAndName(email, "^" + Pattern.quote(profile.name()) + "$", OPEN_STATES)) {
            // One open application per address and structure: a repeat looks accepted, and neither
            // stores nor mails anything, so the form cannot be used to flood a mailbox (issue 17 §10).
            LOG.info("Repeated application for an open one dropped (from {})", remoteAddress);
            return;
        }
        List<String> lookalikes = centres.lookalikes(profile).stream().map(Centre::getId).toList();
        String token = Tokens.random();
        Instant now = clock.instant();
        applications.insert(new MembershipApplication(profile, form.territoryId(), form.directorName().strip(), email,
                Tokens.hash(token), now, now.plus(CONFIRMATION_VALIDITY), remoteAddress, lookalikes));
        outbox.enqueue(new OutgoingMail(email, texts.get("mail.application.confirm.subject"),
                texts.get("mail.application.confirm.body", profile.name(),
                        links.to("/adherer/confirmer/" + token), CONFIRMATION_VALIDITY.toHours())));
    }

    /**
     * The application a confirmation link is for, while it still awaits confirmation; does not
     * confirm. The page asks the person to click, because mail scanners open links by themselves.
     */
    public Optional<MembershipApplication> awaitingConfirmation(String token) {
        return Optional.ofNullable(mongo.findOne(awaitingConfirmationQuery(token), MembershipApplication.class));
    }

    /** Confirms the director's address; the application then waits for the federation. */
    public Optional<MembershipApplication> confirmEmail(String token) {
        return Optional.ofNullable(mongo.findAndModify(awaitingConfirmationQuery(token),
                new Update().set("status", ApplicationStatus.PENDING).set("confirmedAt", clock.instant())
                        .unset("confirmationHash").inc("version", 1),
                FindAndModifyOptions.options().returnNew(true), MembershipApplication.class));
    }

    private Query awaitingConfirmationQuery(String token) {
        return Query.query(Criteria.where("confirmationHash").is(Tokens.hash(token))
                .and("status").is(ApplicationStatus.AWAITING_EMAIL_CONFIRMATION)
                .and("confirmationExpiresAt").gt(clock.instant()));
    }

    /** Applications waiting for a decision that the caller may take, oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public List<MembershipApplication> pending() {
        return applications.findByStatusOrderBySubmittedAt(ApplicationStatus.PENDING).stream()
                .filter(application -> access.canDecideApplicationFor(application.getTerritoryId()))
                .map(this::withCurrentLookalikes)
                .toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public MembershipApplication get(String id) {
        MembershipApplication application = applications.findById(id)
                .orElseThrow(() -> new UserFacingException("application.not-found"));
        checkDecider(application);
        return withCurrentLookalikes(application);
    }

    /** The existing centres an application looks like, for the reviewer to compare before deciding. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public List<LookalikeCentre> lookalikesOf(String applicationId) {
        return get(applicationId).getLookalikeCentreIds().stream().map(centres::find).flatMap(Optional::stream)
                .map(centre -> new LookalikeCentre(centre.getId(), centre.getProfile().name(),
                        centre.getProfile().postalCode(), centre.getProfile().commune()))
                .toList();
    }

    /**
     * Approves: the centre is created as a member for this year in the chosen territory, and its
     * director gets an account scoped to it (invitation mail), unless their address already has an
     * account: that one is left as it is and the centre's director stays unlinked
     * ({@link Centre#hasUnlinkedDirector()}) until an admin links it. An application that looks like an
     * existing centre needs {@code lookalikesReviewed}: nothing is created silently.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public Centre approve(String id, long expectedVersion, boolean lookalikesReviewed) {
        MembershipApplication application = decidable(id, expectedVersion);
        if (!application.getLookalikeCentreIds().isEmpty() && !lookalikesReviewed) {
            // The lookalike may be the centre another reviewer just created from this very application.
            decidable(id, expectedVersion);
            throw new UserFacingException("application.lookalikes-to-review");
        }
        String centreId = new ObjectId().toHexString();
        // Claim the application first (versioned save): two reviewers cannot both create a centre.
        application.approved(centreId, access.actor(), clock.instant());
        save(application);
        LocalDate today = LocalDate.now(clock);
        Centre centre = centres.create(centreId, application.getProfile(), application.getTerritoryId(), today,
                List.of(new MembershipYear(today.getYear(), MembershipStatus.MEMBER, today, null, null)),
                new RoleHolder(application.getDirectorName(), application.getDirectorEmail(), null), null,
                access.actor());
        // An address that already has an account stays unlinked (the centre's director has no
        // account id) until an admin links it: an approval never moves an existing account.
        Centre linked = accounts.inviteNewDirector(application.getDirectorEmail(), application.getDirectorName(),
                centreId).map(director -> centres.linkDirectorAccount(centre, director.getId())).orElse(centre);
        outbox.enqueue(new OutgoingMail(application.getDirectorEmail(), texts.get("mail.application.approved.subject"),
                texts.get("mail.application.approved.body", application.getDirectorName(),
                        centre.getProfile().name())));
        audit.record(AuditEventType.APPLICATION_APPROVED, access.actor(), application.getProfile().name(),
                linked.hasUnlinkedDirector() ? "director-account-to-link" : null);
        return linked;
    }

    /**
     * An admin confirms that the existing account with the director's address runs this centre
     * (after an approval left it unlinked): the account is scoped to the centre, its sessions end.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Centre linkExistingDirectorAccount(String centreId) {
        Centre centre = centres.find(centreId).orElseThrow(() -> new UserFacingException("centre.not-found"));
        RoleHolder director = centre.getDirector();
        if (director == null || director.email() == null || !centre.hasUnlinkedDirector()) {
            throw new UserFacingException("centre.director.nothing-to-link");
        }
        Account account = accounts.linkExistingAccountToCentre(director.email(), centreId);
        return centres.linkDirectorAccount(centre, account.getId());
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public void reject(String id, long expectedVersion, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new UserFacingException("application.reason-required");
        }
        MembershipApplication application = decidable(id, expectedVersion);
        application.rejected(reason.strip(), access.actor(), clock.instant());
        save(application);
        outbox.enqueue(new OutgoingMail(application.getDirectorEmail(), texts.get("mail.application.rejected.subject"),
                texts.get("mail.application.rejected.body", application.getDirectorName(),
                        application.getProfile().name(), reason.strip())));
        audit.record(AuditEventType.APPLICATION_REJECTED, access.actor(), application.getProfile().name(), null);
    }

    private MembershipApplication decidable(String id, long expectedVersion) {
        MembershipApplication application = get(id);
        if (application.getStatus() != ApplicationStatus.PENDING || application.getVersion() != expectedVersion) {
            throw new UserFacingException("application.already-decided");
        }
        return application;
    }

    private void save(MembershipApplication application) {
        try {
            applications.save(application);
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException("application.already-decided");
        }
    }

    /**
     * A waiting application is compared with the centres as they are now, not only as they were
     * when it was sent: a centre approved or imported since then must not be duplicated silently.
     */
    private MembershipApplication withCurrentLookalikes(MembershipApplication application) {
        if (application.getStatus() == ApplicationStatus.PENDING) {
            application.lookalikesAre(centres.lookalikes(application.getProfile()).stream().map(Centre::getId)
                    .toList());
        }
        return application;
    }

    private void checkDecider(MembershipApplication application) {
        if (!access.canDecideApplicationFor(application.getTerritoryId())) {
            throw CentreAccess.denied();
        }
    }

    private CentreProfile validated(ApplicationForm form) {
        Problems problems = validation.of(form.profile(), form);
        if (form.territoryId() != null && !form.territoryId().isBlank()) {
            Optional<Territory> territory = territories.get(form.territoryId())
                    .filter(found -> found.isValidOn(LocalDate.now(clock)));
            if (territory.isEmpty()) {
                problems.add("territoryId", "application.rule.territory");
            } else if (form.profile().postalCode() != null
                    && Department.ofPostalCode(form.profile().postalCode().strip())
                            .filter(department -> department != territory.get().getDepartment()).isPresent()) {
                problems.add("territoryId", "application.rule.territory-department");
            }
        }
        problems.throwIfAny();
        return CentreProfiles.tidy(form.profile());
    }
}
