package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.centressociaux.portail.meetings.MeetingPermissions;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.shared.ui.DangerConfirm;

import static fr.centressociaux.portail.meetings.ui.MeetingUi.ATTEMPT;

/**
 * What the person may do with the meeting, as links and buttons under its title: change it, take
 * attendance, register people, cancel it with a reason, delete it while nobody was marked present.
 */
class MeetingActions extends Div {

    private final MeetingService meetings;
    private final Runnable reload;

    MeetingActions(MeetingService meetings, Runnable reload) {
        this.meetings = meetings;
        this.reload = reload;
        addClassName("meeting-actions");
    }

    void show(MeetingState state) {
        removeAll();
        MeetingPermissions permissions = state.permissions();
        String id = state.id();
        if (state.canChange()) {
            RouterLink edit = new RouterLink(EditMeetingView.class, new RouteParameters("id", id));
            add(withIcon(edit, VaadinIcon.EDIT, "meeting-page.edit"));
            add(withIcon(MeetingLinks.attendance(id), VaadinIcon.CHECK_SQUARE_O, "meeting-page.attendance"));
        }
        if (permissions.register() && !state.networkEvent()) {
            add(withIcon(MeetingLinks.registration(id), VaadinIcon.USERS, "meeting-page.register"));
        }
        if (state.canChange()) {
            Button cancel = new Button(getTranslation("meeting-page.cancel"), VaadinIcon.BAN.create(),
                    click -> new CancelMeetingDialog(meetings, state.meeting(), reload).open());
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(cancel);
        }
        // The service also keeps a meeting whose signed sheet was filed: it is evidence too.
        if (permissions.delete() && state.meeting().getSignedSheet().isEmpty()) {
            Button delete = new Button(getTranslation("meeting-page.delete"), VaadinIcon.TRASH.create(),
                    click -> confirmDelete(state));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(delete);
        }
        setVisible(getChildren().findAny().isPresent());
    }

    private void confirmDelete(MeetingState state) {
        DangerConfirm.open("meeting-page.delete.title",
                getTranslation("meeting-page.delete.text", state.meeting().getTitle()), "meeting-page.delete.confirm",
                () -> {
                    boolean deleted = ATTEMPT.run(() -> meetings.delete(state.id()), () -> { },
                            "meeting-page.deleted", state.meeting().getTitle());
                    if (deleted) {
                        getUI().ifPresent(ui -> ui.navigate(MeetingListView.class));
                    } else {
                        reload.run();
                    }
                });
    }

    /** A link styled as an action: icon and text. */
    private <T extends Component & HasComponents> T withIcon(T link, VaadinIcon icon, String textKey) {
        link.add(icon.create(), new Span(getTranslation(textKey)));
        link.addClassName("action-link");
        return link;
    }
}
