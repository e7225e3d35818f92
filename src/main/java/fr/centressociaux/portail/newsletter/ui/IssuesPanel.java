package fr.centressociaux.portail.newsletter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import fr.centressociaux.portail.newsletter.NewsletterIssue;
import fr.centressociaux.portail.newsletter.NewsletterIssues;
import fr.centressociaux.portail.shared.FrenchDates;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** The issues, newest first, a page at a time; a row opens its editor and report. */
class IssuesPanel extends Div {

    IssuesPanel(NewsletterIssues issues) {
        Button create = new Button(getTranslation("newsletter.issues.new"),
                click -> getUI().ifPresent(ui -> ui.navigate(NewsletterUiLinks.issue(NewsletterUiLinks.NEW_ISSUE))));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Grid<NewsletterIssue> grid = new Grid<>();
        grid.addColumn(NewsletterIssue::getSubject).setHeader(getTranslation("newsletter.issues.subject"))
                .setFlexGrow(3);
        grid.addColumn(issue -> getTranslation(issue.getStatus().labelKey()))
                .setHeader(getTranslation("newsletter.issues.status"));
        grid.addColumn(issue -> issue.getSentAt() != null ? FrenchDates.dateTime(issue.getSentAt())
                : issue.getScheduledAt() != null ? FrenchDates.dateTime(issue.getScheduledAt()) : "")
                .setHeader(getTranslation("newsletter.issues.when"));
        // Long subjects and names wrap rather than hide, on a phone too.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> issues.page(toSpringPageRequest(query)).stream(), query -> (int) issues.count());
        grid.asSingleSelect().addValueChangeListener(selected -> {
            if (selected.isFromClient() && selected.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(NewsletterUiLinks.issue(selected.getValue().getId())));
            }
        });
        add(create, grid);
    }
}
