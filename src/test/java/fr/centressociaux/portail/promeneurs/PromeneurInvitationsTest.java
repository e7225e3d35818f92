package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.Inbox;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The coordinator invites a professional to keep their own record, once, through the outbox. */
@PortalTest
class PromeneurInvitationsTest {

    @Autowired
    PromeneurInvitations invitations;
    @Autowired
    PromeneursFixtures fixtures;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    Inbox inbox;

    @Test
    void an_invited_professional_gets_a_link_to_choose_a_password_and_their_record_keeps_the_account() {
        Professional professional = fixtures.labelledIn(fixtures.structure(StructureKind.COLLEGE, "LIT62"),
                LocalDate.of(2021, 1, 4));

        Professional invited = fixtures.asCoordinator(() -> invitations.invite(professional.getId()));

        assertThat(invited.getAccountId()).isNotNull();
        Inbox.Mail mail = inbox.theMailTo(professional.getEmail());
        assertThat(mail.setPasswordToken()).isNotBlank();
        assertThat(mail.text()).contains("Promeneur·e du Net");
        assertThat(fixtures.asCoordinator(() -> invitations.canInvite(invited))).isFalse();
        assertThatThrownBy(() -> fixtures.asCoordinator(() -> invitations.invite(professional.getId())))
                .isInstanceOfSatisfying(UserFacingException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("promeneurs.invite.already-invited"));
    }

    @Test
    void an_address_that_already_has_an_account_is_refused_and_the_record_stays_unlinked() {
        String taken = accounts.active(Role.DIRECTOR).getEmail();
        ProfessionalDraft draft = PromeneursFixtures.draft("Déjà", "Compte", null,
                fixtures.structure(StructureKind.COLLEGE, "LIT62").getId());
        Professional professional = fixtures.labelled(new ProfessionalDraft(draft.firstName(), draft.lastName(), taken,
                draft.phone(), draft.jobTitle(), null, draft.structureId(), draft.conventionSignedOn(),
                draft.conventionEndsOn(), draft.networks(), draft.ageFrom(), draft.ageTo(), draft.themes()),
                LocalDate.of(2021, 1, 4));

        assertThatThrownBy(() -> fixtures.asCoordinator(() -> invitations.invite(professional.getId())))
                .isInstanceOfSatisfying(UserFacingException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("account.invite.already-exists"));
        assertThat(fixtures.asCoordinator(() -> fixtures.register.get(professional.getId())).getAccountId()).isNull();
    }
}
