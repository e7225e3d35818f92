package fr.centressociaux.portail.centres.ui;

import java.time.LocalDate;
import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Paragraph;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentrePermissions;
import fr.centressociaux.portail.centres.MembershipYear;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.EditButton;

/** Membership year by year; the federation adds and corrects years. */
class MembershipSection extends CentreSection {

    private final Grid<MembershipYear> grid = new Grid<>();
    private final Grid.Column<MembershipYear> editColumn;
    private final Button add;
    private final Paragraph federationOnly = new Paragraph(getTranslation("centre-page.membership.federation-only"));
    private final Predicate<MembershipYear> onSave;
    private int nextYear;

    MembershipSection(Predicate<MembershipYear> onSave) {
        super("centre-page.membership");
        this.onSave = onSave;
        add = new Button(getTranslation("centre-page.membership.add"), VaadinIcon.PLUS.create(),
                click -> new MembershipDialog(null, nextYear, onSave).open());
        setActions(add);
        grid.addColumn(MembershipYear::year).setHeader(getTranslation("centre-page.membership.year"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> getTranslation(row.status().labelKey()))
                .setHeader(getTranslation("centre-page.membership.status")).setAutoWidth(true);
        grid.addColumn(row -> FrenchDates.format(row.since()))
                .setHeader(getTranslation("centre-page.membership.since")).setAutoWidth(true);
        grid.addColumn(row -> FrenchDates.format(row.leftOn()))
                .setHeader(getTranslation("centre-page.membership.left-on")).setAutoWidth(true);
        grid.addColumn(row -> row.reason() == null ? "" : row.reason())
                .setHeader(getTranslation("centre-page.membership.reason")).setFlexGrow(1);
        // A header every column has, also read aloud for the buttons below it (axe's empty-table-header).
        editColumn = grid.addComponentColumn(this::editButton).setHeader(getTranslation("centre-page.edit-column"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("centre-page.membership.empty"));
        federationOnly.addClassName("secondary-text");
        add(federationOnly, grid);
    }

    private Button editButton(MembershipYear row) {
        return new EditButton(getTranslation("centre-page.membership.edit-for", String.valueOf(row.year())),
                () -> new MembershipDialog(row, row.year(), onSave).open());
    }

    @Override
    void show(Centre centre, CentrePermissions permissions, LocalDate today) {
        grid.setItems(centre.getMemberships());
        int latest = centre.getMemberships().stream().mapToInt(MembershipYear::year).max().orElse(today.getYear() - 1);
        nextYear = Math.min(latest + 1, today.getYear() + 1);
        add.setVisible(permissions.editFederationFields());
        editColumn.setVisible(permissions.editFederationFields());
        federationOnly.setVisible(!permissions.editFederationFields());
    }
}
