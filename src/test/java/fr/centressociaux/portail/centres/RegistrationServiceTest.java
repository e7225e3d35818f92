package fr.centressociaux.portail.centres;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import fr.centressociaux.portail.audit.AuditEventType;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.AccountStatus;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.centres.internal.ApplicationRepository;
import fr.centressociaux.portail.centres.internal.CentreRepository;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.Tokens;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.Inbox;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Self-registration, from the public form to the federation's decision: confirmation of the
 * director's address, checks of every field, protection against abuse, lookalikes of existing
 * centres, and who may decide. Every test uses names, addresses and SIRETs of its own.
 */
@PortalTest
@Import(MovableClockConfiguration.class)
class RegistrationServiceTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    RegistrationService registrations;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    CentreRepository centres;
    @Autowired
    TerritoryService territories;
    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Texts texts;
    @Autowired
    MovableClock clock;
    @Autowired
    Inbox inbox;
    @Autowired
    fr.centressociaux.portail.audit.internal.AuditEntryRepository auditEntries;
    @Autowired
    SessionRegistry sessionRegistry;

    AccountFixtures fixtures;
    Account admin;
    Territory littoral;
    Territory valenciennois;

    @BeforeEach
    void signInAnAdmin() {
        fixtures = new AccountFixtures(accounts, encoder);
        littoral = territories.byCode("LIT62").orElseThrow();
        valenciennois = territories.byCode("VAL").orElseThrow();
        admin = fixtures.active(Role.ADMIN);
        AccountFixtures.actAs(admin);
    }

    // --- Applying and confirming the address ---

    @Test
    void a_valid_application_waits_for_the_directors_confirmation_and_mails_them_a_link() {
        Draft draft = new Draft();

        registrations.submit(draft.form(), draft.address);

        MembershipApplication stored = storedFor(draft);
        assertThat(stored.getStatus()).isEqualTo(ApplicationStatus.AWAITING_EMAIL_CONFIRMATION);
        assertThat(stored.getProfile().name()).isEqualTo(draft.name);
        assertThat(stored.getProfile().phone()).as("phone tidied").isEqualTo("03 21 44 55 66");
        assertThat(stored.getTerritoryId()).isEqualTo(littoral.getId());
        assertThat(stored.getDirectorName()).isEqualTo("Nadège Martin");
        assertThat(stored.getSubmittedAt()).isEqualTo(clock.instant());
        assertThat(stored.getLookalikeCentreIds()).isEmpty();
        Inbox.Mail mail = inbox.theMailTo(draft.directorEmail);
        assertThat(mail.subject()).isEqualTo("Confirmez votre demande d’adhésion");
        // Only the structure's name is echoed: the mail carries no other text typed by a stranger.
        assertThat(mail.text()).startsWith("Bonjour,")
                .contains("la demande d’adhésion de « " + draft.name + " »").doesNotContain("Nadège Martin")
                .contains("Ce lien est valable 48 heures.");
        assertThat(mail.linkPath()).startsWith("/adherer/confirmer/");
        assertThat(ReflectionTestUtils.getField(stored, "confirmationHash")).as("only the link's hash is stored")
                .isEqualTo(Tokens.hash(mail.linkToken()));
    }

    @Test
    void opening_the_link_shows_the_application_without_confirming_it() {
        Draft draft = new Draft();
        String token = submit(draft);

        assertThat(registrations.awaitingConfirmation(token)).get()
                .extracting(application -> application.getProfile().name()).isEqualTo(draft.name);
        assertThat(storedFor(draft).getStatus()).isEqualTo(ApplicationStatus.AWAITING_EMAIL_CONFIRMATION);
        registrations.confirmEmail(token);
        assertThat(registrations.awaitingConfirmation(token)).as("after confirmation").isEmpty();
    }

    @Test
    void confirming_the_address_moves_the_application_to_pending_and_the_link_works_once() {
        Draft draft = new Draft();
        String token = submit(draft);

        MembershipApplication confirmed = registrations.confirmEmail(token).orElseThrow();

        assertThat(confirmed.getStatus()).isEqualTo(ApplicationStatus.PENDING);
        assertThat(confirmed.getConfirmedAt()).isEqualTo(clock.instant());
        assertThat(storedFor(draft).getStatus()).isEqualTo(ApplicationStatus.PENDING);
        clock.advance(Duration.ofMinutes(5));
        assertThat(registrations.confirmEmail(token)).as("second use").isEmpty();
        assertThat(storedFor(draft).getConfirmedAt()).isEqualTo(confirmed.getConfirmedAt());
        assertThat(registrations.confirmEmail("not-a-token-we-sent")).isEmpty();
    }

    @Test
    void a_confirmation_link_expires_48_hours_after_the_application() {
        Draft early = new Draft();
        Draft late = new Draft();
        String earlyToken = submit(early);
        String lateToken = submit(late);

        clock.advance(Duration.ofHours(48).minusSeconds(1));
        assertThat(registrations.confirmEmail(earlyToken)).as("just in time").isPresent();
        clock.advance(Duration.ofSeconds(2));
        assertThat(registrations.confirmEmail(lateToken)).as("too late").isEmpty();

        assertThat(storedFor(late).getStatus()).isEqualTo(ApplicationStatus.AWAITING_EMAIL_CONFIRMATION);
        assertThat(registrations.pending()).extracting(MembershipApplication::getDirectorEmail)
                .contains(early.directorEmail).doesNotContain(late.directorEmail);
    }

    // --- Checks of every field ---

    @Test
    void every_invalid_field_is_reported_at_once_and_nothing_is_stored_or_mailed() {
        Draft draft = new Draft();
        draft.name = " ";
        draft.postalCode = "6210";
        draft.siret = withWrongCheckDigit(validSiret());
        draft.phone = "12 34";
        draft.website = "tilleuls.example.org";
        draft.directorEmail = "";
        long applicationsBefore = applications.count();
        int mailsBefore = inbox.total();

        InvalidInputException refusal = assertThrows(InvalidInputException.class,
                () -> registrations.submit(draft.form(), draft.address));

        assertThat(problemsOf(refusal)).containsOnly(
                entry("name", "portal.validation.required"),
                entry("postalCode", "portal.validation.centre.postal-code"),
                entry("siret", "portal.validation.centre.siret"),
                entry("phone", "portal.validation.centre.phone"),
                entry("website", "portal.validation.centre.website"),
                entry("directorEmail", "portal.validation.email"));
        assertThat(texts.get(refusal.messageKey(), refusal.arguments()))
                .isEqualTo("Le formulaire contient 6 erreur(s) : corrigez les champs signalés.");
        assertThat(applications.count()).isEqualTo(applicationsBefore);
        assertThat(inbox.total()).isEqualTo(mailsBefore);
    }

    @Test
    void a_territory_of_the_other_department_and_a_missing_siret_of_an_association_are_refused() {
        Draft draft = new Draft();
        draft.territoryId = valenciennois.getId();
        draft.siret = "";
        draft.kind = null;

        InvalidInputException refusal = assertThrows(InvalidInputException.class,
                () -> registrations.submit(draft.form(), draft.address));

        assertThat(problemsOf(refusal)).containsOnly(
                entry("territoryId", "application.rule.territory-department"),
                entry("siret", "portal.validation.centre.siret-required"),
                entry("kind", "portal.validation.required"));
        assertThat(applications.findAll()).noneMatch(application -> application.getDirectorEmail()
                .equals(draft.directorEmail));
        assertThat(inbox.mailsTo(draft.directorEmail)).isEmpty();
    }

    @Test
    void a_territory_that_no_longer_exists_cannot_be_chosen() {
        Draft draft = new Draft();
        Territory merged = territories.byCode("ABM62").orElseThrow();
        assertThat(merged.isValidOn(LocalDate.now(clock))).as("test premise").isFalse();
        draft.territoryId = merged.getId();

        InvalidInputException refusal = assertThrows(InvalidInputException.class,
                () -> registrations.submit(draft.form(), draft.address));

        assertThat(problemsOf(refusal)).containsOnly(entry("territoryId", "application.rule.territory"));
    }

    @Test
    void a_municipal_centre_needs_no_siret_but_fields_longer_than_their_limit_are_refused() {
        Draft municipal = new Draft();
        municipal.management = Management.MUNICIPALE;
        municipal.siret = "";
        assertDoesNotThrow(() -> registrations.submit(municipal.form(), municipal.address));

        Draft oversized = new Draft();
        oversized.name = "N".repeat(151);
        oversized.street = "R".repeat(201);
        oversized.epci = "E".repeat(151);
        oversized.website = "https://" + "w".repeat(200) + ".example.org";
        oversized.directorName = "D".repeat(121);
        oversized.territoryId = "no-such-territory";
        InvalidInputException refusal = assertThrows(InvalidInputException.class,
                () -> registrations.submit(oversized.form(), oversized.address));

        assertThat(problemsOf(refusal)).containsOnly(
                entry("name", "portal.validation.too-long"),
                entry("street", "portal.validation.too-long"),
                entry("epci", "portal.validation.too-long"),
                entry("website", "portal.validation.too-long"),
                entry("directorName", "portal.validation.application.director-name"),
                entry("territoryId", "application.rule.territory"));
    }

    // --- Protection against abuse ---

    @Test
    void a_filled_honeypot_looks_accepted_but_nothing_is_stored_or_mailed() {
        Draft robot = new Draft();
        robot.honeypot = "03 21 00 00 00";

        assertDoesNotThrow(() -> registrations.submit(robot.form(), robot.address));

        assertThat(applications.findAll()).noneMatch(application -> application.getDirectorEmail()
                .equals(robot.directorEmail));
        assertThat(inbox.mailsTo(robot.directorEmail)).isEmpty();
    }

    @Test
    void the_sixth_application_from_one_address_within_an_hour_is_refused_in_french() {
        String address = newAddress();
        for (int i = 1; i <= RegistrationService.SUBMISSIONS_PER_ADDRESS_PER_HOUR; i++) {
            Draft draft = new Draft();
            assertDoesNotThrow(() -> registrations.submit(draft.form(), address), "application " + i);
        }
        Draft sixth = new Draft();

        UserFacingException refusal = assertThrows(UserFacingException.class,
                () -> registrations.submit(sixth.form(), address));

        assertThat(texts.get(refusal.messageKey(), refusal.arguments()))
                .isEqualTo("Trop de demandes ont été envoyées depuis votre connexion. Réessayez dans une heure.");
        assertThat(applications.findAll()).noneMatch(application -> application.getDirectorEmail()
                .equals(sixth.directorEmail));
        assertThat(inbox.mailsTo(sixth.directorEmail)).isEmpty();
        Draft elsewhere = new Draft();
        assertDoesNotThrow(() -> registrations.submit(elsewhere.form(), elsewhere.address), "another address");
        clock.advance(Duration.ofHours(1));
        assertDoesNotThrow(() -> registrations.submit(sixth.form(), address), "an hour later");
    }

    @Test
    void the_limit_of_an_address_slides_instead_of_starting_again_on_the_hour() {
        String address = newAddress();
        clock.advance(Duration.ofMinutes(59 - clock.instant().atZone(clock.getZone()).getMinute()));
        for (int i = 1; i <= RegistrationService.SUBMISSIONS_PER_ADDRESS_PER_HOUR; i++) {
            Draft draft = new Draft();
            assertDoesNotThrow(() -> registrations.submit(draft.form(), address), "application " + i);
        }
        clock.advance(Duration.ofMinutes(2));
        Draft nextHour = new Draft();

        assertThrows(UserFacingException.class, () -> registrations.submit(nextHour.form(), address),
                "a new clock hour does not give a new allowance");
        assertThat(inbox.mailsTo(nextHour.directorEmail)).isEmpty();
    }

    @Test
    void repeating_an_open_application_for_the_same_address_and_structure_stores_and_mails_it_once() {
        Draft draft = new Draft();
        for (int i = 0; i < 4; i++) {
            Draft again = new Draft();
            again.directorEmail = draft.directorEmail;
            again.name = i % 2 == 0 ? draft.name : draft.name.toUpperCase(java.util.Locale.FRANCE);
            assertDoesNotThrow(() -> registrations.submit(again.form(), again.address), "submission " + i);
        }
        inbox.awaitOutbox();

        assertThat(applications.findAll()).filteredOn(application -> application.getDirectorEmail()
                .equals(draft.directorEmail)).hasSize(1);
        assertThat(inbox.mailsTo(draft.directorEmail)).hasSize(1);
    }

    @Test
    void corrected_mistakes_do_not_use_up_the_allowance_of_an_address() {
        String address = newAddress();
        Draft draft = new Draft();
        draft.postalCode = "6210";
        for (int i = 0; i < RegistrationService.SUBMISSIONS_PER_ADDRESS_PER_HOUR + 1; i++) {
            assertThrows(InvalidInputException.class, () -> registrations.submit(draft.form(), address));
        }
        draft.postalCode = "62100";

        assertDoesNotThrow(() -> registrations.submit(draft.form(), address));
        assertThat(storedFor(draft).getStatus()).isEqualTo(ApplicationStatus.AWAITING_EMAIL_CONFIRMATION);
    }

    // --- Lookalikes of existing centres ---

    @Test
    void an_application_with_the_siret_of_an_existing_centre_is_flagged_with_that_centre() {
        Draft first = new Draft();
        Centre existing = approvedCentre(first);
        Draft again = new Draft();
        again.siret = first.siret.substring(0, 3) + " " + first.siret.substring(3);

        MembershipApplication flagged = pendingApplication(again);

        assertThat(flagged.getLookalikeCentreIds()).containsExactly(existing.getId());
        assertThat(registrations.lookalikesOf(flagged.getId())).containsExactly(new LookalikeCentre(
                existing.getId(), first.name, first.postalCode, first.commune));
    }

    @Test
    void an_application_with_the_name_of_a_centre_of_the_same_commune_is_flagged_whatever_case_and_accents() {
        int number = SEQUENCE.incrementAndGet();
        Draft first = new Draft();
        first.name = "Centre Social Éclaté " + number;
        first.commune = "Liévin";
        first.postalCode = "62800";
        Centre existing = approvedCentre(first);
        Draft sameName = new Draft();
        sameName.name = "centre social eclate " + number;
        sameName.commune = "LIEVIN";
        sameName.postalCode = "62800";
        Draft otherCommune = new Draft();
        otherCommune.name = "Centre Social Éclaté " + number;
        otherCommune.commune = "Lens";
        otherCommune.postalCode = "62300";

        assertThat(pendingApplication(sameName).getLookalikeCentreIds()).containsExactly(existing.getId());
        assertThat(pendingApplication(otherCommune).getLookalikeCentreIds()).isEmpty();
    }

    @Test
    void a_flagged_application_is_approved_only_once_the_lookalikes_were_reviewed() {
        Draft first = new Draft();
        approvedCentre(first);
        Draft again = new Draft();
        again.siret = first.siret;
        MembershipApplication flagged = pendingApplication(again);

        assertRefusedWith("application.lookalikes-to-review",
                () -> registrations.approve(flagged.getId(), flagged.getVersion(), false));
        assertThat(centres.findBySiret(first.siret)).hasSize(1);
        assertThat(storedFor(again).getStatus()).isEqualTo(ApplicationStatus.PENDING);

        Centre created = registrations.approve(flagged.getId(), flagged.getVersion(), true);

        assertThat(centres.findBySiret(first.siret)).extracting(Centre::getId).contains(created.getId()).hasSize(2);
    }

    @Test
    void a_centre_approved_after_an_application_was_sent_still_flags_that_application() {
        Draft first = new Draft();
        Draft twin = new Draft();
        twin.name = first.name.toUpperCase();
        MembershipApplication firstApplication = pendingApplication(first);
        MembershipApplication twinApplication = pendingApplication(twin);
        assertThat(twinApplication.getLookalikeCentreIds()).as("nothing to look like yet").isEmpty();

        Centre created = registrations.approve(firstApplication.getId(), firstApplication.getVersion(), false);

        assertThat(registrations.get(twinApplication.getId()).getLookalikeCentreIds())
                .containsExactly(created.getId());
        assertThat(registrations.pending()).filteredOn(application -> application.getId()
                .equals(twinApplication.getId())).singleElement().satisfies(application ->
                        assertThat(application.getLookalikeCentreIds()).containsExactly(created.getId()));
        assertRefusedWith("application.lookalikes-to-review",
                () -> registrations.approve(twinApplication.getId(), twinApplication.getVersion(), false));
    }

    // --- Decisions ---

    @Test
    void approval_creates_the_member_centre_and_its_directors_account_and_tells_the_director() {
        Draft draft = new Draft();
        MembershipApplication application = pendingApplication(draft);
        LocalDate today = LocalDate.now(clock);

        Centre centre = registrations.approve(application.getId(), application.getVersion(), false);

        Centre stored = centres.findById(centre.getId()).orElseThrow();
        assertThat(stored.getProfile().name()).isEqualTo(draft.name);
        assertThat(stored.getProfile().siret()).isEqualTo(draft.siret);
        assertThat(stored.membership(today.getYear())).hasValueSatisfying(year -> {
            assertThat(year.status()).isEqualTo(MembershipStatus.MEMBER);
            assertThat(year.since()).isEqualTo(today);
        });
        assertThat(stored.getTerritoryHistory()).containsExactly(new TerritoryPeriod(littoral.getId(), today, null));
        Account director = accounts.findByEmail(draft.directorEmail).orElseThrow();
        assertThat(director.getRole()).isEqualTo(Role.DIRECTOR);
        assertThat(director.getStatus()).isEqualTo(AccountStatus.INVITED);
        assertThat(director.getScope()).isEqualTo(new AccountScope(Set.of(), centre.getId()));
        assertThat(stored.getDirector()).isEqualTo(new RoleHolder("Nadège Martin", draft.directorEmail,
                director.getId()));
        MembershipApplication decided = storedFor(draft);
        assertThat(decided.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(decided.getCentreId()).isEqualTo(centre.getId());
        assertThat(decided.getDecidedBy()).isEqualTo(admin.getEmail());
        assertThat(inbox.mailsTo(draft.directorEmail)).extracting(Inbox.Mail::subject).containsExactlyInAnyOrder(
                "Confirmez votre demande d’adhésion", "Votre adhésion à la fédération est acceptée",
                "Votre accès au portail des centres sociaux");
        assertThat(mailTo(draft, "Votre adhésion à la fédération est acceptée").text())
                .contains("La fédération a accepté l’adhésion de « " + draft.name + " ».");
        assertThat(mailTo(draft, "Votre accès au portail des centres sociaux").text())
                .contains("avec le rôle : Direction de centre.").contains("/mot-de-passe/");
        assertThat(registrations.pending()).extracting(MembershipApplication::getId)
                .doesNotContain(application.getId());
        assertThat(new fr.centressociaux.portail.support.AuditTrail(auditEntries).of(AuditEventType.APPLICATION_APPROVED, draft.name)).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo(admin.getEmail()));
    }

    @Test
    void a_rejection_needs_a_reason_which_is_mailed_to_the_director() {
        Draft draft = new Draft();
        MembershipApplication application = pendingApplication(draft);

        assertRefusedWith("application.reason-required",
                () -> registrations.reject(application.getId(), application.getVersion(), "  "));
        assertRefusedWith("application.reason-required",
                () -> registrations.reject(application.getId(), application.getVersion(), "x".repeat(1001)));
        assertThat(storedFor(draft).getStatus()).isEqualTo(ApplicationStatus.PENDING);

        registrations.reject(application.getId(), application.getVersion(),
                " La structure n’a pas encore d’agrément de la CAF. ");

        MembershipApplication rejected = storedFor(draft);
        assertThat(rejected.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(rejected.getRejectionReason()).isEqualTo("La structure n’a pas encore d’agrément de la CAF.");
        assertThat(mailTo(draft, "Votre demande d’adhésion à la fédération").text())
                .contains("« " + draft.name + " », pour le motif suivant :")
                .contains("La structure n’a pas encore d’agrément de la CAF.");
        assertThat(centres.findBySiret(draft.siret)).isEmpty();
        assertThat(accounts.findByEmail(draft.directorEmail)).isEmpty();
        assertThat(new fr.centressociaux.portail.support.AuditTrail(auditEntries).of(AuditEventType.APPLICATION_REJECTED, draft.name)).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo(admin.getEmail()));
        assertRefusedWith("application.already-decided",
                () -> registrations.approve(application.getId(), rejected.getVersion(), true));
    }

    @Test
    void two_reviewers_approving_at_the_same_moment_create_one_centre() throws Exception {
        Draft draft = new Draft();
        MembershipApplication application = pendingApplication(draft);
        Account otherAdmin = fixtures.active(Role.ADMIN);
        CountDownLatch start = new CountDownLatch(1);

        List<String> outcomes = new ArrayList<>();
        try (ExecutorService reviewers = Executors.newFixedThreadPool(2)) {
            List<Future<String>> futures = List.of(admin, otherAdmin).stream().map(reviewer -> reviewers.submit(() -> {
                AccountFixtures.actAs(reviewer);
                start.await();
                try {
                    return registrations.approve(application.getId(), application.getVersion(), false).getId();
                } catch (UserFacingException refusal) {
                    return refusal.messageKey();
                } finally {
                    AccountFixtures.actAsNobody();
                }
            })).toList();
            start.countDown();
            for (Future<String> future : futures) {
                outcomes.add(future.get(30, TimeUnit.SECONDS));
            }
        }

        List<Centre> created = centres.findBySiret(draft.siret);
        assertThat(created).hasSize(1);
        assertThat(outcomes).containsExactlyInAnyOrder(created.getFirst().getId(), "application.already-decided");
        assertThat(inbox.mailsTo(draft.directorEmail)).filteredOn(mail -> mail.subject()
                .equals("Votre adhésion à la fédération est acceptée")).hasSize(1);
    }

    // --- An application naming an address that already has an account ---

    @ParameterizedTest(name = "approved by {0}")
    @EnumSource(value = Role.class, names = {"ADMIN", "DELEGATE"})
    void approving_an_application_naming_an_existing_directors_address_leaves_that_account_where_it_was(
            Role approver) {
        Centre theirCentre = approvedCentre(new Draft());
        Account existing = fixtures.active(Role.DIRECTOR, new AccountScope(Set.of(), theirCentre.getId()));
        String openSession = openSessionOf(existing);
        Draft naming = new Draft();
        naming.directorEmail = existing.getEmail();
        MembershipApplication application = pendingApplication(naming);
        AccountFixtures.actAs(approver == Role.ADMIN ? admin
                : fixtures.active(Role.DELEGATE, new AccountScope(Set.of(littoral.getId()), null)));

        Centre created = registrations.approve(application.getId(), application.getVersion(), true);

        Account after = accounts.findById(existing.getId()).orElseThrow();
        assertThat(after.getScope()).isEqualTo(new AccountScope(Set.of(), theirCentre.getId()));
        assertThat(after.getRole()).isEqualTo(Role.DIRECTOR);
        assertThat(sessionRegistry.getSessionInformation(openSession).isExpired()).isFalse();
        assertThat(created.hasUnlinkedDirector()).as("the approver is told the account was left unlinked").isTrue();
        assertThat(centres.findById(created.getId()).orElseThrow().getDirector().accountId()).isNull();
        assertThat(inbox.mailsTo(existing.getEmail())).extracting(Inbox.Mail::subject)
                .doesNotContain("Votre accès au portail des centres sociaux");
    }

    @Test
    void an_admin_links_the_existing_account_explicitly_which_ends_its_sessions() {
        Account existing = fixtures.active(Role.DIRECTOR, new AccountScope(Set.of(), approvedCentre(new Draft()).getId()));
        String openSession = openSessionOf(existing);
        Draft naming = new Draft();
        naming.directorEmail = existing.getEmail();
        Centre created = approvedCentre(naming);

        Centre linked = registrations.linkExistingDirectorAccount(created.getId());

        assertThat(linked.getDirector().accountId()).isEqualTo(existing.getId());
        assertThat(linked.hasUnlinkedDirector()).isFalse();
        assertThat(accounts.findById(existing.getId()).orElseThrow().getScope())
                .isEqualTo(new AccountScope(Set.of(), created.getId()));
        assertThat(sessionRegistry.getSessionInformation(openSession).isExpired()).isTrue();
        assertRefusedWith("centre.director.nothing-to-link",
                () -> registrations.linkExistingDirectorAccount(created.getId()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Role.class, names = {"DELEGATE", "DIRECTOR", "PDN_COORDINATOR", "FUNDER"})
    void only_an_admin_may_link_an_existing_account_to_a_centre(Role role) {
        Account existing = fixtures.active(Role.DIRECTOR, new AccountScope(Set.of(), approvedCentre(new Draft()).getId()));
        Draft naming = new Draft();
        naming.directorEmail = existing.getEmail();
        Centre created = approvedCentre(naming);
        AccountFixtures.actAs(fixtures.active(role, new AccountScope(Set.of(littoral.getId()), created.getId())));

        assertThrows(AccessDeniedException.class, () -> registrations.linkExistingDirectorAccount(created.getId()));

        assertThat(accounts.findById(existing.getId()).orElseThrow().getScope().centreId())
                .isNotEqualTo(created.getId());
        assertThat(centres.findById(created.getId()).orElseThrow().hasUnlinkedDirector()).isTrue();
    }

    // --- Who decides ---

    @Test
    void a_delegate_sees_and_decides_only_the_applications_of_their_territories() {
        Draft mine = new Draft();
        Draft notMine = new Draft();
        notMine.postalCode = "59300";
        notMine.commune = "Valenciennes";
        notMine.territoryId = valenciennois.getId();
        MembershipApplication myApplication = pendingApplication(mine);
        MembershipApplication otherApplication = pendingApplication(notMine);
        AccountFixtures.actAs(fixtures.active(Role.DELEGATE, new AccountScope(Set.of(littoral.getId()), null)));

        assertThat(registrations.pending()).extracting(MembershipApplication::getId)
                .contains(myApplication.getId()).doesNotContain(otherApplication.getId());
        assertThrows(AccessDeniedException.class, () -> registrations.get(otherApplication.getId()));
        assertThrows(AccessDeniedException.class, () -> registrations.lookalikesOf(otherApplication.getId()));
        assertThrows(AccessDeniedException.class,
                () -> registrations.approve(otherApplication.getId(), otherApplication.getVersion(), true));
        assertThrows(AccessDeniedException.class,
                () -> registrations.reject(otherApplication.getId(), otherApplication.getVersion(), "Hors réseau."));
        assertThat(storedFor(notMine).getStatus()).isEqualTo(ApplicationStatus.PENDING);

        Centre created = registrations.approve(myApplication.getId(), myApplication.getVersion(), false);

        assertThat(created.territoryOn(LocalDate.now(clock))).contains(littoral.getId());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"DIRECTOR", "PDN_COORDINATOR", "FUNDER"})
    void other_roles_can_neither_see_nor_decide_applications(Role role) {
        MembershipApplication application = pendingApplication(new Draft());
        AccountFixtures.actAs(fixtures.active(role));

        assertDenied(AccessDeniedException.class, application);
    }

    @Test
    void nobody_signed_in_can_see_or_decide_applications() {
        MembershipApplication application = pendingApplication(new Draft());
        AccountFixtures.actAsNobody();

        assertDenied(AuthenticationCredentialsNotFoundException.class, application);
    }

    // --- Helpers ---

    private void assertDenied(Class<? extends RuntimeException> denial, MembershipApplication application) {
        assertThrows(denial, () -> registrations.pending());
        assertThrows(denial, () -> registrations.get(application.getId()));
        assertThrows(denial, () -> registrations.lookalikesOf(application.getId()));
        assertThrows(denial, () -> registrations.approve(application.getId(), application.getVersion(), true));
        assertThrows(denial, () -> registrations.reject(application.getId(), application.getVersion(), "Non."));
        assertThat(applications.findById(application.getId()).orElseThrow().getStatus())
                .isEqualTo(ApplicationStatus.PENDING);
    }

    /** Submits from the draft's own address and returns the token mailed to the director. */
    private String submit(Draft draft) {
        registrations.submit(draft.form(), draft.address);
        return inbox.theMailTo(draft.directorEmail).linkToken();
    }

    private MembershipApplication pendingApplication(Draft draft) {
        MembershipApplication confirmed = registrations.confirmEmail(submit(draft)).orElseThrow();
        return registrations.get(confirmed.getId());
    }

    private Centre approvedCentre(Draft draft) {
        MembershipApplication application = pendingApplication(draft);
        return registrations.approve(application.getId(), application.getVersion(), true);
    }

    private String openSessionOf(Account account) {
        String sessionId = "session-" + System.nanoTime();
        sessionRegistry.registerNewSession(sessionId, AccountFixtures.principalOf(account));
        return sessionId;
    }

    private MembershipApplication storedFor(Draft draft) {
        List<MembershipApplication> found = applications.findAll().stream()
                .filter(application -> application.getDirectorEmail().equals(draft.directorEmail)).toList();
        assertThat(found).as("applications of %s", draft.directorEmail).hasSize(1);
        return found.getFirst();
    }

    private Inbox.Mail mailTo(Draft draft, String subject) {
        return inbox.mailsTo(draft.directorEmail).stream().filter(mail -> mail.subject().equals(subject))
                .findFirst().orElseThrow(() -> new AssertionError("No mail '" + subject + "' to " + draft.directorEmail));
    }

    private static Map<String, String> problemsOf(InvalidInputException refusal) {
        return refusal.problems().stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::messageKey));
    }

    private static void assertRefusedWith(String messageKey, Executable action) {
        UserFacingException refusal = assertThrows(UserFacingException.class, action);
        assertThat(refusal.messageKey()).isEqualTo(messageKey);
    }

    private static String newAddress() {
        int number = SEQUENCE.incrementAndGet();
        return "198.51." + (number / 256) + "." + (number % 256);
    }

    /** A SIRET no other test uses, with a right Luhn check digit. */
    static String validSiret() {
        String body = String.format("%013d", Math.floorMod(System.nanoTime(), 10_000_000_000_000L) / 10 * 10
                + SEQUENCE.incrementAndGet() % 10);
        for (int check = 0; check <= 9; check++) {
            if (Siret.isValid(body + check)) {
                return body + check;
            }
        }
        throw new IllegalStateException("Every SIRET body has one check digit");
    }

    private static String withWrongCheckDigit(String siret) {
        int last = siret.charAt(13) - '0';
        return siret.substring(0, 13) + (last + 1) % 10;
    }

    /** An application as a structure of Calais would fill it, changed field by field by the tests. */
    private final class Draft {
        String name = "Centre social Les Tilleuls " + SEQUENCE.incrementAndGet();
        CentreKind kind = CentreKind.CS;
        Management management = Management.ASSOCIATIVE;
        String street = "12 rue des Écoles";
        String postalCode = "62100";
        String commune = "Calais";
        String epci = "Grand Calais Terres et Mers";
        String email = "contact@tilleuls.example.org";
        String phone = "03.21.44.55.66";
        String website = "https://tilleuls.example.org";
        String siret = validSiret();
        String territoryId = littoral.getId();
        String directorName = "Nadège Martin";
        String directorEmail = "direction." + SEQUENCE.incrementAndGet() + "." + System.nanoTime() + "@example.org";
        String honeypot = "";
        final String address = newAddress();

        ApplicationForm form() {
            return new ApplicationForm(new CentreProfile(name, kind, management, street, postalCode, commune, epci,
                    email, phone, website, siret), territoryId, directorName, directorEmail, honeypot);
        }
    }
}
