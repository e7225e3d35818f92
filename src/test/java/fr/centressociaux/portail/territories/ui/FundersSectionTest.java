package fr.centressociaux.portail.territories.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Funder;
import fr.centressociaux.portail.territories.Funders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admins give a department its funder on the page Territoires: a blank name is refused next to the
 * field and nothing is saved; a complete one is saved and listed.
 */
@PortalTest
class FundersSectionTest extends SpringBrowserlessTest {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    Funders funders;

    @AfterEach
    void theNordHasNoFunderAgain() {
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
        funders.remove(Department.NORD);
    }

    @Test
    void an_admin_gives_the_nord_a_funder_after_a_refused_blank_name() {
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
        navigate("territoires", TerritoriesView.class);
        assertThat(funderColumn()).containsExactly("Aucun financeur", "Département du Pas-de-Calais");

        find(FundersSection.class).single().edit(Department.NORD);
        test(find(TextArea.class).withLabel("Mention sur les feuilles d’émargement").single())
                .setValue("Action menée avec le soutien du Département du Nord.");
        test(find(Button.class).withText("Enregistrer").single()).click();

        TextField name = find(TextField.class).withLabel("Financeur").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Indiquez le nom du financeur (120 caractères au plus).");
        assertThat(funders.of(Department.NORD)).isEmpty();

        test(name).setValue("Département du Nord");
        test(find(Button.class).withText("Enregistrer").single()).click();

        assertThat(funders.of(Department.NORD)).map(Funder::getMention)
                .contains("Action menée avec le soutien du Département du Nord.");
        assertThat(funderColumn()).containsExactly("Département du Nord", "Département du Pas-de-Calais");
    }

    /** The funder's name on the row of each department, Nord first. */
    @SuppressWarnings("unchecked")
    private java.util.List<String> funderColumn() {
        Grid<Department> grid = find(Grid.class).withClassName("funders-grid").single();
        return java.util.stream.IntStream.range(0, Department.values().length)
                .mapToObj(row -> test(grid).getCellText(row, 1)).toList();
    }
}
