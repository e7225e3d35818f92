package fr.centressociaux.portail.centres.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.MembershipCampaigns;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;

/**
 * Staff confirming renewals from the directory: while the campaign of the year shown is open, a
 * button turns the grid into a multi-selection, and the centres chosen are confirmed at once
 * (those not "à renouveler" are left as they are). Leaving gives the grid back its row-opens-centre
 * behaviour.
 */
class RenewalSelection extends Div {

    private final Grid<Centre> grid;
    private final MembershipCampaigns campaigns;
    private final Runnable singleSelection;
    private final Runnable onConfirmed;
    private final Button start = new Button();
    private final Button confirm = new Button();
    private final Button leave = new Button();
    private int year;

    /** {@code singleSelection} puts the grid back into its usual mode; {@code onConfirmed} refreshes the view. */
    RenewalSelection(Grid<Centre> grid, MembershipCampaigns campaigns, Runnable singleSelection,
            Runnable onConfirmed) {
        this.grid = grid;
        this.campaigns = campaigns;
        this.singleSelection = singleSelection;
        this.onConfirmed = onConfirmed;
        addClassName("renewal-selection");
        start.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        start.addClickListener(click -> begin());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> confirmSelected());
        leave.setText(getTranslation("action.cancel"));
        leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        leave.addClickListener(click -> end());
        add(start, confirm, leave);
    }

    /** Offers the selection when the campaign of the year shown is open; always starts outside it. */
    void showFor(int shownYear) {
        this.year = shownYear;
        end();
        setVisible(campaigns.campaign(shownYear).isPresent());
        start.setText(getTranslation("directory.renewals.start", String.valueOf(shownYear)));
    }

    private void begin() {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // Each selection mode has its own listeners: this one lives as long as the multi-selection.
        grid.addSelectionListener(selection -> updateCount());
        start.setVisible(false);
        confirm.setVisible(true);
        leave.setVisible(true);
        updateCount();
    }

    private void end() {
        if (grid.getSelectionMode() == Grid.SelectionMode.MULTI) {
            singleSelection.run();
        }
        start.setVisible(true);
        confirm.setVisible(false);
        leave.setVisible(false);
    }

    private void updateCount() {
        int chosen = grid.getSelectionMode() == Grid.SelectionMode.MULTI ? grid.getSelectedItems().size() : 0;
        confirm.setText(getTranslation("directory.renewals.confirm", chosen, String.valueOf(year)));
        confirm.setEnabled(chosen > 0);
    }

    private void confirmSelected() {
        try {
            int confirmed = campaigns.confirmAll(grid.getSelectedItems().stream().map(Centre::getId).toList(), year);
            Notifications.success("campaign.confirmed", confirmed);
            end();
            onConfirmed.run();
        } catch (UserFacingException refusal) {
            Notifications.error(refusal);
        }
    }
}
