package fr.centressociaux.portail.centres.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.MembershipCampaign;
import fr.centressociaux.portail.centres.MembershipCampaigns;
import fr.centressociaux.portail.shared.FrenchDates;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * The centres of a campaign that have not answered, a page at a time, to confirm for them in bulk
 * or, once the closing date has passed, to mark as not renewed.
 */
class UndecidedCentres extends Div {

    private final Grid<Centre> grid = new Grid<>();
    private final H2 title = new H2();
    private final Button confirm = new Button();
    private final Button notRenewed = new Button();
    private final MembershipCampaigns campaigns;
    private final int year;
    private final boolean closed;

    UndecidedCentres(MembershipCampaigns campaigns, MembershipCampaign campaign, boolean closed,
            Consumer<List<String>> onConfirm, Consumer<List<String>> onNotRenewed) {
        this.campaigns = campaigns;
        this.year = campaign.getYear();
        this.closed = closed;
        addClassNames("home-section", "undecided-centres");
        Paragraph help = new Paragraph(getTranslation(closed ? "campaign.undecided.closed" : "campaign.undecided.open",
                FrenchDates.format(campaign.getClosesOn())));
        help.addClassName("secondary-text");
        confirm.setIcon(VaadinIcon.CHECK.create());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> onConfirm.accept(selectedIds()));
        notRenewed.addThemeVariants(ButtonVariant.LUMO_ERROR);
        notRenewed.addClickListener(click -> onNotRenewed.accept(selectedIds()));
        notRenewed.setVisible(closed);
        Div actions = new Div(confirm, notRenewed);
        actions.addClassName("form-buttons");

        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(centre -> centre.getProfile().name()).setHeader(getTranslation("directory.column.name"))
                .setFlexGrow(2);
        grid.addColumn(centre -> centre.getProfile().commune())
                .setHeader(getTranslation("directory.column.commune")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("campaign.undecided.grid", String.valueOf(year)));
        grid.setEmptyStateText(getTranslation("campaign.undecided.empty"));
        grid.setItems(query -> campaigns.undecided(year, toSpringPageRequest(query)).stream(),
                query -> (int) campaigns.countUndecided(year));
        grid.addSelectionListener(selection -> updateActions());
        grid.setHeight("24rem");
        add(title, help, actions, grid);
        refresh();
    }

    void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        title.setText(getTranslation("campaign.undecided.title", campaigns.countUndecided(year)));
        updateActions();
    }

    private void updateActions() {
        int chosen = grid.getSelectedItems().size();
        confirm.setText(getTranslation(closed ? "campaign.renew-anyway" : "campaign.confirm-selected", chosen));
        notRenewed.setText(getTranslation("campaign.mark-not-renewed", chosen));
        confirm.setEnabled(chosen > 0);
        notRenewed.setEnabled(chosen > 0);
    }

    private List<String> selectedIds() {
        return grid.getSelectedItems().stream().map(Centre::getId).toList();
    }
}
