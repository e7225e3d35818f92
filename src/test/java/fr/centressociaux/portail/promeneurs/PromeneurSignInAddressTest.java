package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountService;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.Inbox;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A professional with their own account signs in with the address on their record: a new e-mail on
 * the record moves the sign-in too (the old address is told), an address another account signs in
 * with is refused next to the e-mail, and a refused edit leaves both as they were.
 */
@PortalTest
class PromeneurSignInAddressTest {

    @Autowired
    PromeneurRegister register;
    @Autowired
    PromeneursFixtures fixtures;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    AccountService accountService;
    @Autowired
    Inbox inbox;

    @AfterEach
    void signOut() {
        AccountFixtures.actAsNobody();
    }

    @Test
    void a_professional_who_changes_their_email_signs_in_with_the_new_one_and_the_old_address_is_told() {
        Professional professional = labelledProfessional();
        Account account = fixtures.promeneurAccountOf(professional);
        String newEmail = AccountFixtures.uniqueEmail("nouvelle.adresse");
        long version = versionOf(professional);

        AccountFixtures.actAs(account);
        Professional saved = register.update(professional.getId(), version,
                withEmail(professional, newEmail.toUpperCase()));

        assertThat(saved.getEmail()).isEqualTo(newEmail);
        assertThat(accounts.reload(account).getEmail()).isEqualTo(newEmail);
        Inbox.Mail notice = inbox.theMailTo(account.getEmail());
        assertThat(notice.subject()).isEqualTo("Votre adresse de connexion au portail a changé");
        assertThat(notice.text()).contains(newEmail).contains("votre mot de passe ne change pas");
    }

    @Test
    void an_address_another_account_signs_in_with_is_refused_next_to_the_email_and_nothing_changes() {
        Professional professional = labelledProfessional();
        Account account = fixtures.promeneurAccountOf(professional);
        String directorsEmail = accounts.active(Role.DIRECTOR).getEmail();
        long version = versionOf(professional);

        assertThatThrownBy(() -> fixtures.asCoordinator(() -> register.update(professional.getId(),
                version, withEmail(professional, directorsEmail))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("email");
                            assertThat(problem.message()).startsWith("Un autre compte du portail se connecte déjà");
                        }));
        assertThat(accounts.reload(account).getEmail()).isEqualTo(account.getEmail());
        assertThat(fixtures.asCoordinator(() -> register.get(professional.getId())).getEmail())
                .isEqualTo(professional.getEmail());
    }

    @Test
    void an_edit_of_a_record_changed_meanwhile_moves_no_sign_in() {
        Professional professional = labelledProfessional();
        Account account = fixtures.promeneurAccountOf(professional);
        long seen = versionOf(professional) - 1;

        assertThatThrownBy(() -> fixtures.asCoordinator(() -> register.update(professional.getId(), seen,
                withEmail(professional, AccountFixtures.uniqueEmail("trop.tard")))))
                .isInstanceOfSatisfying(UserFacingException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("edit.concurrent"));
        assertThat(accounts.reload(account).getEmail()).isEqualTo(account.getEmail());
    }

    @Test
    void only_a_promeneur_account_follows_a_record_and_a_professional_moves_only_their_own() {
        Account own = accounts.active(Role.PROMENEUR);
        Account someoneElse = accounts.active(Role.PROMENEUR);
        Account director = accounts.active(Role.DIRECTOR);

        AccountFixtures.actAs(own);
        assertThatThrownBy(() -> accountService.movePromeneurSignIn(someoneElse.getId(),
                AccountFixtures.uniqueEmail("pas.la.sienne"))).isInstanceOf(AccessDeniedException.class);
        AccountFixtures.actAs(accounts.active(Role.PDN_COORDINATOR));
        assertThatThrownBy(() -> accountService.movePromeneurSignIn(director.getId(),
                AccountFixtures.uniqueEmail("pas.un.promeneur"))).isInstanceOf(AccessDeniedException.class);

        assertThat(accounts.reload(someoneElse).getEmail()).isEqualTo(someoneElse.getEmail());
        assertThat(accounts.reload(director).getEmail()).isEqualTo(director.getEmail());
    }

    private Professional labelledProfessional() {
        return fixtures.labelledIn(fixtures.structure(StructureKind.COLLEGE, "LIT62"), LocalDate.of(2021, 1, 4));
    }

    /**
     * The version as stored now (linking the account saved the record once more), read as the
     * coordinator: ask it before signing someone in, since reading signs the coordinator out again.
     */
    private long versionOf(Professional professional) {
        return fixtures.asCoordinator(() -> register.get(professional.getId())).getVersion();
    }

    private static ProfessionalDraft withEmail(Professional professional, String email) {
        ProfessionalDraft draft = professional.toDraft();
        return new ProfessionalDraft(draft.firstName(), draft.lastName(), email, draft.phone(), draft.jobTitle(),
                draft.centreId(), draft.structureId(), draft.conventionSignedOn(), draft.conventionEndsOn(),
                draft.networks(), draft.ageFrom(), draft.ageTo(), draft.themes());
    }
}
