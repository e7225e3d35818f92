package fr.centressociaux.portail.promeneurs.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.promeneurs.NetworkQuestion;
import fr.centressociaux.portail.promeneurs.NetworkQuestions;
import fr.centressociaux.portail.promeneurs.Professional;
import fr.centressociaux.portail.promeneurs.PromeneurInvitations;
import fr.centressociaux.portail.promeneurs.QuestionFilter;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * Questions to the network, a page at a time: every question for the coordinator (open ones first,
 * to answer), their own for a professional, who asks a new one here. {@code promeneurs/questions/:id}
 * opens one question (the figures' drill-down links there).
 */
@Route("promeneurs/questions/:id?")
@Menu(title = "menu.promeneurs-questions", order = 43, icon = "vaadin:question-circle-o")
@RolesAllowed({"ADMIN", "PDN_COORDINATOR", "PROMENEUR"})
class NetworkQuestionsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Which questions the list shows. */
    enum Shown {
        OPEN(false, "promeneurs.questions.shown.OPEN"), ANSWERED(true, "promeneurs.questions.shown.ANSWERED"),
        ALL(null, "promeneurs.questions.shown.ALL");

        private final Boolean answered;
        private final String labelKey;

        Shown(Boolean answered, String labelKey) {
            this.answered = answered;
            this.labelKey = labelKey;
        }
    }

    private final NetworkQuestions questions;
    private final ComboBox<Shown> shown = new ComboBox<>();
    private final Grid<NetworkQuestion> grid = new Grid<>();
    private QuestionFilter filter = QuestionFilter.any();

    NetworkQuestionsView(NetworkQuestions questions, PromeneurInvitations invitations) {
        this.questions = questions;
        addClassNames("list-page", "network-questions-view");
        boolean answers = questions.canAnswer();
        Optional<Professional> own = invitations.ownRecord();

        shown.setLabel(getTranslation("promeneurs.questions.filter"));
        shown.setItems(Shown.values());
        shown.setItemLabelGenerator(item -> getTranslation(item.labelKey));
        shown.setValue(answers ? Shown.OPEN : Shown.ALL);
        shown.addValueChangeListener(change -> refresh());

        grid.addColumn(question -> FrenchDates.dateTime(question.getAskedAt()))
                .setHeader(getTranslation("promeneurs.questions.column.asked")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(NetworkQuestion::getProfessionalName)
                .setHeader(getTranslation("promeneurs.questions.column.asker")).setFlexGrow(1).setVisible(answers);
        grid.addColumn(NetworkQuestion::getSubject)
                .setHeader(getTranslation("promeneurs.questions.column.subject")).setFlexGrow(2);
        grid.addColumn(this::state).setHeader(getTranslation("promeneurs.questions.column.state")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("promeneurs.questions.empty"));
        grid.setItems(query -> questions.page(filter, toSpringPageRequest(query)).stream(),
                query -> (int) questions.count(filter));
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setSizeFull();

        Button ask = new Button(getTranslation("promeneurs.questions.ask"), VaadinIcon.PLUS.create(),
                click -> own.ifPresent(this::ask));
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.setVisible(own.isPresent());
        Div filters = new Div(shown);
        filters.addClassName("filters");
        add(new ViewHeader("promeneurs.questions.title",
                answers ? "promeneurs.questions.intro.network" : "promeneurs.questions.intro.own", ask), filters, grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("id").ifPresent(id -> {
            try {
                open(questions.get(id));
            } catch (UserFacingException unknown) {
                Notifications.error(unknown);
            }
        });
    }

    private String state(NetworkQuestion question) {
        return question.isAnswered()
                ? getTranslation("promeneurs.questions.state.answered", FrenchDates.format(
                        question.getAnsweredAt().atZone(FrenchDates.ZONE).toLocalDate()))
                : getTranslation("promeneurs.questions.state.open");
    }

    private void ask(Professional own) {
        NetworkQuestionActions.ask(questions, own, asked -> refresh());
    }

    private void open(NetworkQuestion question) {
        new QuestionDialog(questions, question, answered -> refresh()).open();
    }

    private void refresh() {
        filter = new QuestionFilter(shown.getValue() == null ? null : shown.getValue().answered);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("promeneurs.questions.title");
    }
}
