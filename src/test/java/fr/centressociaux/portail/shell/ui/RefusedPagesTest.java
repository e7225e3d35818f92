package fr.centressociaux.portail.shell.ui;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.audit.AuditEventType;
import fr.centressociaux.portail.audit.internal.AuditEntryRepository;
import fr.centressociaux.portail.support.AuditTrail;
import fr.centressociaux.portail.support.PortalTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in person who types the address of a page their role may not open reads "Page
 * introuvable", and the security journal records the refused page (issue 17 §13); a page they may
 * open records nothing.
 */
@PortalTest
class RefusedPagesTest extends SpringBrowserlessTest {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    AuditEntryRepository entries;

    @Test
    void the_journal_page_opened_by_a_delegate_is_journaled_as_a_refused_access() {
        Account delegate = accounts.active(Role.DELEGATE);
        AccountFixtures.actAs(delegate);

        navigate("journal", NotFoundView.class);

        assertThat(new AuditTrail(entries).of(AuditEventType.ACCESS_REFUSED, "/journal")).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo(delegate.getEmail()));
    }

    @Test
    void a_page_one_may_open_is_not_journaled() {
        AccountFixtures.actAs(accounts.active(Role.ADMIN));

        navigate("", HomeView.class);

        assertThat(new AuditTrail(entries).of(AuditEventType.ACCESS_REFUSED, "/")).isEmpty();
    }
}
