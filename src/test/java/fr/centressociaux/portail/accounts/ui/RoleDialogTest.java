package fr.centressociaux.portail.accounts.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role dialog picks the role in a combo box (DD010): it opens on the account's role, a role
 * cleared or a funder without a department is said next to its field and hands nothing to the view,
 * and a funder with its department is handed over.
 */
@PortalTest
class RoleDialogTest extends SpringBrowserlessTest {

    @Autowired
    AccountFixtures accounts;

    @Test
    void a_cleared_role_or_a_funder_without_department_is_refused_next_to_its_field_then_the_funder_is_handed_over() {
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
        Account director = accounts.active(Role.DIRECTOR);
        List<String> handedOver = new ArrayList<>();
        new RoleDialog(director, (role, department) -> handedOver.add(role + " " + department)).open();
        @SuppressWarnings("unchecked")
        ComboBox<Role> role = find(ComboBox.class).withLabel("Rôle").single();
        assertThat(role.getValue()).isEqualTo(Role.DIRECTOR);

        role.clear();
        save();

        assertThat(role.isInvalid()).isTrue();
        assertThat(role.getErrorMessage()).isEqualTo("Choisissez le rôle de la personne.");
        assertThat(handedOver).isEmpty();

        test(role).selectItem("Département (lecture seule)");
        save();

        @SuppressWarnings("unchecked")
        ComboBox<String> department = find(ComboBox.class).withLabel("Département du financeur").single();
        assertThat(department.isInvalid()).isTrue();
        assertThat(handedOver).isEmpty();

        test(department).selectItem("Pas-de-Calais (62)");
        save();

        assertThat(handedOver).containsExactly("FUNDER 62");
        assertThat(find(ComboBox.class).withLabel("Rôle").exists()).isFalse();
    }

    private void save() {
        test(find(Button.class).withText("Enregistrer").single()).click();
    }
}
