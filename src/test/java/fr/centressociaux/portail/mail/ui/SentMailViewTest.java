package fr.centressociaux.portail.mail.ui;

import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.AccountService;
import fr.centressociaux.portail.accounts.Invitation;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.mail.DeliveryState;
import fr.centressociaux.portail.support.Inbox;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Courriels envoyés" page without a browser, on the in-process SMTP server. */
@PortalTest
class SentMailViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountFixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    Inbox inbox;

    @Test
    void an_admin_sees_each_mail_with_its_state_in_french_and_filters_by_state() {
        AccountFixtures.actAs(fixtures.active(Role.ADMIN));
        String email = AccountFixtures.uniqueEmail("page");
        accounts.invite(new Invitation(email, "Pauline Page", Role.DIRECTOR, AccountScope.wholeNetwork()));
        inbox.awaitOutbox();

        navigate(SentMailView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).single();
        int row = IntStream.range(0, test(grid).size()).filter(i -> test(grid).getCellText(i, 1).equals(email))
                .findFirst().orElseThrow();

        assertThat(test(grid).getCellText(row, 2)).isEqualTo("Votre accès au portail des centres sociaux");
        assertThat(test(grid).getCellText(row, 3)).isEqualTo("Envoyé");
        assertThat(test(grid).getCellText(row, 4)).isEqualTo("1");
        assertThat(find(Paragraph.class).withClassName("trial-mailbox").single().getText())
                .as("the page says that it is a trial mailbox").startsWith("Boîte d’essai");

        @SuppressWarnings("unchecked")
        Select<DeliveryState> state = find(Select.class).single();
        test(state).selectItem("Échec");
        assertThat(IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getCellText(i, 1)))
                .doesNotContain(email);
    }
}
