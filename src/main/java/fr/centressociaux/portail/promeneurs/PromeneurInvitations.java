package fr.centressociaux.portail.promeneurs;

import java.util.Optional;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountService;
import fr.centressociaux.portail.promeneurs.internal.ProfessionalRepository;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The professional's own account (DD015, "PROMENEUR accounts"): the coordinator invites a
 * professional from their record; the accounts module creates a {@code PROMENEUR} account and mails
 * the invitation through the outbox, and the record keeps the account's id. That link, not the
 * e-mail, is what scopes the account to the record, so a later change of address on the record does
 * not hand it to someone else.
 */
@Service
public class PromeneurInvitations {

    private final ProfessionalRepository professionals;
    private final AccountService accounts;
    private final PromeneurAccess access;

    PromeneurInvitations(ProfessionalRepository professionals, AccountService accounts, PromeneurAccess access) {
        this.professionals = professionals;
        this.accounts = accounts;
        this.access = access;
    }

    /**
     * Creates the professional's account and mails the invitation. Refused when the record already
     * has an account, when the person has left the network, or when the address already has an
     * account (a director who is also a promeneur, say: one account per address).
     */
    @PreAuthorize("isAuthenticated()")
    public Professional invite(String professionalId) {
        access.checkRunTheNetwork();
        Professional professional = professionals.findById(professionalId)
                .orElseThrow(() -> new UserFacingException("promeneurs.not-found"));
        if (professional.getAccountId() != null) {
            throw new UserFacingException("promeneurs.invite.already-invited");
        }
        if (professional.getStatus() == ProfessionalStatus.LEFT) {
            throw new UserFacingException("promeneurs.invite.left");
        }
        Account account = accounts.invitePromeneur(professional.getEmail(), professional.fullName());
        professional.linkAccount(account.getId());
        try {
            return professionals.save(professional);
        } catch (OptimisticLockingFailureException savedMeanwhile) {
            // The account exists and its invitation is queued: link it to the record as saved since.
            Professional fresh = professionals.findById(professionalId).orElseThrow();
            fresh.linkAccount(account.getId());
            return professionals.save(fresh);
        }
    }

    /** Whether the caller may invite this professional (for the record's page to offer it). */
    @PreAuthorize("isAuthenticated()")
    public boolean canInvite(Professional professional) {
        return access.canRunTheNetwork() && professional.getAccountId() == null
                && professional.getStatus() != ProfessionalStatus.LEFT;
    }

    /** Whether this is the signed-in professional's own record (their page leads nowhere else). */
    @PreAuthorize("isAuthenticated()")
    public boolean isOwnRecord(Professional professional) {
        return access.promeneurAccountId().filter(id -> id.equals(professional.getAccountId())).isPresent();
    }

    /** The signed-in professional's own record; empty for any other account. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Professional> ownRecord() {
        return access.promeneurAccountId().flatMap(professionals::findByAccountId);
    }
}
