package fr.centressociaux.portail.promeneurs.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.centressociaux.portail.promeneurs.LabelledPeriod;
import fr.centressociaux.portail.promeneurs.NetworkQuestions;
import fr.centressociaux.portail.promeneurs.PromeneurInvitations;
import fr.centressociaux.portail.promeneurs.Professional;
import fr.centressociaux.portail.promeneurs.PromeneurActivity;
import fr.centressociaux.portail.promeneurs.PromeneurRegister;
import fr.centressociaux.portail.promeneurs.StatusChange;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import fr.centressociaux.portail.territories.TerritoryService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * A professional's page: identity and employer, the dated status history with its labelled
 * periods, and the monthly activity. The coordinator changes the status here; whoever may edit
 * the record opens the form and fills months.
 */
@Route("promeneurs/:id")
@RolesAllowed({"ADMIN", "PDN_COORDINATOR", "DELEGATE", "DIRECTOR", "PROMENEUR"})
class ProfessionalView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PromeneurRegister register;
    private final PromeneurActivity activity;
    private final TerritoryService territories;
    private final PromeneurInvitations invitations;
    private final NetworkQuestions questions;
    private String title = "";

    ProfessionalView(PromeneurRegister register, PromeneurActivity activity, TerritoryService territories,
            PromeneurInvitations invitations, NetworkQuestions questions) {
        this.invitations = invitations;
        this.questions = questions;
        this.register = register;
        this.activity = activity;
        this.territories = territories;
        addClassNames("form-page", "professional-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            show(register.get(id));
        } catch (UserFacingException | AccessDeniedException missing) {
            event.forwardTo(ProfessionalListView.class);
            Notifications.error(new UserFacingException("promeneurs.not-found"));
        }
    }

    private void show(Professional professional) {
        removeAll();
        title = professional.fullName();
        boolean editable = register.canEdit(professional.getId());
        Button edit = new Button(getTranslation("promeneurs.view.edit"), VaadinIcon.EDIT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ProfessionalFormView.class,
                        new RouteParameters("id", professional.getId()))));
        edit.setVisible(editable);
        boolean own = invitations.isOwnRecord(professional);
        if (!own) {
            add(new RouterLink(getTranslation("promeneurs.view.back"), ProfessionalListView.class));
        }
        add(new ViewHeader("promeneurs.view.title", own ? "promeneurs.own.intro" : "promeneurs.view.intro", edit,
                inviteButton(professional), askButton(professional)));
        add(details(professional), statuses(professional),
                new ActivitySection(activity, professional, editable, register.today()));
    }

    /** The coordinator invites the professional to keep their own record (a PROMENEUR account). */
    private Component inviteButton(Professional professional) {
        Button invite = new Button(getTranslation("promeneurs.invite"), VaadinIcon.ENVELOPE_O.create(),
                click -> invite(professional));
        invite.setVisible(invitations.canInvite(professional));
        return invite;
    }

    private void invite(Professional professional) {
        try {
            Professional invited = invitations.invite(professional.getId());
            Notifications.success("promeneurs.invite.sent", invited.getEmail());
            show(invited);
        } catch (UserFacingException refused) {
            Notifications.error(refused);
        }
    }

    private Component askButton(Professional professional) {
        Button ask = new Button(getTranslation("promeneurs.questions.ask"), VaadinIcon.QUESTION_CIRCLE_O.create(),
                click -> NetworkQuestionActions.ask(questions, professional, asked -> { }));
        ask.setVisible(questions.canAskFor(professional));
        return ask;
    }

    private Component details(Professional professional) {
        DescriptionList details = new DescriptionList();
        details.addClassName("professional-details");
        line(details, "promeneurs.field.job", professional.getJobTitle());
        line(details, "promeneurs.field.employer", professional.getEmployer().name() + " ("
                + getTranslation(professional.getEmployer().kind().labelKey()) + ", "
                + professional.getEmployer().commune() + ")");
        line(details, "promeneurs.field.territory", professional.territoryOn(register.today())
                .flatMap(territories::get).map(territory -> territory.getName()).orElse("—"));
        line(details, "promeneurs.field.email", professional.getEmail());
        line(details, "promeneurs.field.phone", professional.getPhone() == null ? "—" : professional.getPhone());
        line(details, "promeneurs.field.convention", getTranslation("promeneurs.view.convention",
                FrenchDates.format(professional.getConventionSignedOn()),
                FrenchDates.format(professional.getConventionEndsOn())));
        line(details, "promeneurs.field.networks", professional.getNetworks().stream()
                .map(presence -> presence.network().label() + " " + presence.handle()).collect(Collectors.joining(", ")));
        line(details, "promeneurs.field.audience", professional.getAgeFrom() == null ? "—"
                : getTranslation("promeneurs.view.ages", professional.getAgeFrom(), professional.getAgeTo()));
        line(details, "promeneurs.field.themes", professional.getThemes());
        line(details, "promeneurs.field.account", getTranslation(professional.getAccountId() == null
                ? "promeneurs.view.account.none" : "promeneurs.view.account.invited"));
        return new Div(new H2(professional.fullName()), details);
    }

    private void line(DescriptionList details, String labelKey, String value) {
        details.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
    }

    private Component statuses(Professional professional) {
        Div section = new Div(new H2(getTranslation("promeneurs.view.status-history")));
        section.addClassName("professional-statuses");
        UnorderedList history = new UnorderedList();
        for (StatusChange change : professional.getStatusHistory()) {
            String text = FrenchDates.format(change.on()) + " — " + getTranslation(change.status().labelKey())
                    + (change.reason() == null ? "" : " (" + getTranslation(change.reason().labelKey()) + ")");
            history.add(new ListItem(text));
        }
        section.add(history);
        for (LabelledPeriod period : professional.labelledPeriods()) {
            section.add(new Div(new Span(period.to() == null
                    ? getTranslation("promeneurs.view.period.open", period.number(), FrenchDates.format(period.from()))
                    : getTranslation("promeneurs.view.period.closed", period.number(), FrenchDates.format(period.from()),
                            FrenchDates.format(period.to())))));
        }
        if (register.runsTheNetwork()) {
            Button change = new Button(getTranslation("promeneurs.view.change-status"), click -> changeStatus(professional));
            section.add(change);
        }
        return section;
    }

    private void changeStatus(Professional professional) {
        StatusChangeDialog[] dialog = new StatusChangeDialog[1];
        dialog[0] = new StatusChangeDialog(professional.getStatus(), register.today(), draft -> dialog[0].refusals()
                .attempt(() -> register.changeStatus(professional.getId(), professional.getVersion(), draft),
                        Notifications::error)
                .map(saved -> {
                    Notifications.success("promeneurs.view.status-saved");
                    show(saved);
                    return true;
                }).orElse(false));
        dialog[0].open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("promeneurs.view.page-title", title);
    }
}
