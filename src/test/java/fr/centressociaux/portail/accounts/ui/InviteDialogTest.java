package fr.centressociaux.portail.accounts.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invitation dialog binds an invitation (DD009): a bad address is said next to the address and
 * a funder without a department next to the department, nothing is created and the dialog stays
 * open with what was typed; once the department is chosen the funder is invited.
 */
@PortalTest
class InviteDialogTest extends SpringBrowserlessTest {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    AccountRepository repository;

    @Test
    void a_bad_address_and_a_funder_without_department_are_said_next_to_their_fields_then_the_funder_is_invited() {
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
        navigate("comptes", AccountsView.class);
        test(find(Button.class).withText("Inviter une personne").single()).click();
        EmailField email = find(EmailField.class).withLabel("Adresse électronique").single();
        test(email).setValue("pas-une-adresse");
        test(find(TextField.class).withLabel("Nom et prénom").single()).setValue("Financeur Essai");

        send();

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage())
                .isEqualTo("Saisissez une adresse électronique valide, par exemple nom@example.org.");

        String address = AccountFixtures.uniqueEmail("financeur");
        test(email).setValue(address);
        @SuppressWarnings("unchecked")
        ComboBox<Role> role = find(ComboBox.class).withLabel("Rôle").single();
        test(role).selectItem("Département (lecture seule)");
        send();

        @SuppressWarnings("unchecked")
        ComboBox<String> department = find(ComboBox.class).withLabel("Département du financeur").single();
        assertThat(department.isInvalid()).isTrue();
        assertThat(department.getErrorMessage()).startsWith("Choisissez le département du financeur");
        assertThat(repository.findByEmail(address)).isEmpty();

        test(department).selectItem("Pas-de-Calais (62)");
        send();

        assertThat(repository.findByEmail(address)).get()
                .satisfies(account -> assertThat(account.getScope().departmentCode()).isEqualTo("62"));
        assertThat(find(EmailField.class).withLabel("Adresse électronique").exists()).isFalse();
    }

    private void send() {
        test(find(Button.class).withText("Envoyer l’invitation").single()).click();
    }
}
