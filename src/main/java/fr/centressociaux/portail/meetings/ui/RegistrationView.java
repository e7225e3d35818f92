package fr.centressociaux.portail.meetings.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.meetings.CentreAnswer;
import fr.centressociaux.portail.meetings.InvitedCentre;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingPeople;
import fr.centressociaux.portail.meetings.MeetingPermissions;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.PersonDraft;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * Who comes from a centre: a director lists their centre's people until the meeting starts (then
 * reads the list); the meeting's managers do it for any invited centre, at any time. Others who
 * see the meeting read the lists of the centres they may see. The services decide all of this.
 */
@Route("reunions/:id/inscriptions")
@PermitAll
class RegistrationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final MeetingPeople people;
    private final CurrentUser currentUser;
    private final RegisteredPeople list = new RegisteredPeople(this::edit, this::confirmWithdrawal);
    private final PersonFields fields = new PersonFields();
    private final FieldRefusals refusals = fields.refusals();
    private @Nullable Meeting meeting;
    private @Nullable String centreId;
    private boolean open;

    RegistrationView(MeetingService meetings, MeetingPeople people, CurrentUser currentUser) {
        this.meetings = meetings;
        this.people = people;
        this.currentUser = currentUser;
        addClassNames("form-page", "meeting-day-page", "registration-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        OpenedMeeting.forViewing(event, meetings).ifPresent(this::build);
    }

    private void build(Meeting shown) {
        meeting = shown;
        MeetingPermissions permissions = meetings.permissions(shown.getId());
        open = permissions.register();
        String ownCentre = currentUser.get().filter(user -> user.role() == Role.DIRECTOR)
                .map(AccountPrincipal::scope).map(AccountScope::centreId).orElse(null);
        add(new MeetingHeading(shown, "meeting-day.registrations.title"));
        if (open) {
            Paragraph intro = new Paragraph(getTranslation(ownCentre != null
                    ? "meeting-day.registrations.intro.director" : "meeting-day.registrations.intro.manager"));
            intro.addClassName("view-intro");
            add(intro);
        } else {
            Paragraph closed = new Paragraph(getTranslation(shown.isCancelled() ? "meeting.cancelled.read-only"
                    : ownCentre != null ? "meeting.registration.closed" : "meeting-day.registrations.read-only"));
            closed.addClassName("page-message");
            closed.getElement().setAttribute("role", "status");
            add(closed);
        }
        add(ownCentre != null ? ownCentreLine(shown, ownCentre) : centreChooser(shown, permissions.manage()));
        add(listSection());
        if (open) {
            add(addSection());
        }
        refresh();
    }

    private Component ownCentreLine(Meeting shown, String ownCentre) {
        centreId = ownCentre;
        String name = shown.invited(ownCentre).map(InvitedCentre::name).orElse("");
        Paragraph line = new Paragraph(getTranslation("meeting-day.registrations.for-centre", name));
        line.addClassName("registration-centre");
        return line;
    }

    /** Managers pick any invited centre; others only those whose people they may see. */
    private Component centreChooser(Meeting shown, boolean manage) {
        List<InvitedCentre> centres = manage ? shown.getInvitedCentres()
                : people.answers(shown.getId()).stream().map(CentreAnswer::centre).toList();
        ComboBox<InvitedCentre> chooser = new ComboBox<>(getTranslation("meeting-day.registrations.centre"));
        chooser.addClassName("registration-centre-chooser");
        chooser.setItems(centres);
        chooser.setItemLabelGenerator(InvitedCentre::name);
        chooser.setPlaceholder(getTranslation("meeting-day.registrations.centre.choose"));
        chooser.setWidthFull();
        if (centres.isEmpty()) {
            chooser.setHelperText(getTranslation("meeting-day.registrations.no-centre"));
            chooser.setEnabled(false);
        } else {
            chooser.setValue(centres.getFirst());
            centreId = centres.getFirst().centreId();
        }
        chooser.addValueChangeListener(change -> {
            centreId = change.getValue() == null ? null : change.getValue().centreId();
            refresh();
        });
        return chooser;
    }

    private Section listSection() {
        Section section = new Section(new H2(getTranslation("meeting-day.registrations.list")), list);
        section.addClassName("day-section");
        return section;
    }

    private Section addSection() {
        Button register = new Button(getTranslation("meeting-day.registrations.add"), click -> register());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClassName("big-button");
        Div form = new Div(fields, register);
        form.addClassName("registration-form");
        Section section = new Section(new H2(getTranslation("meeting-day.registrations.add.title")), form);
        section.addClassName("day-section");
        return section;
    }

    private void register() {
        String centre = centreId;
        if (centre == null) {
            return;
        }
        PersonDraft draft = fields.value().orElse(null);
        if (draft != null && refusals.attempt(() -> {
            Participant added = people.register(meetingId(), centre, draft);
            Notifications.success("meeting-day.registrations.added", added.fullName());
        })) {
            fields.next();
            refresh();
        }
    }

    private void edit(Participant person) {
        new PersonDialog(person, draft -> {
            Participant saved = people.correct(meetingId(), person.getId(), draft);
            Notifications.success("meeting-day.registrations.saved", saved.fullName());
            refresh();
        }).open();
    }

    private void confirmWithdrawal(Participant person) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("meeting-day.registrations.withdraw.title", person.fullName()));
        dialog.setText(getTranslation("meeting-day.registrations.withdraw.text", person.fullName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("meeting-day.registrations.withdraw.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            if (new FieldRefusals().attempt(() -> people.withdraw(meetingId(), person.getId()))) {
                Notifications.success("meeting-day.registrations.withdrawn", person.fullName());
            }
            refresh();
        });
        dialog.open();
    }

    private void refresh() {
        String centre = centreId;
        List<Participant> listed = centre == null ? List.of()
                : people.people(meetingId()).stream().filter(person -> centre.equals(person.getCentreId())).toList();
        list.show(listed, open);
    }

    private String meetingId() {
        return Objects.requireNonNull(meeting).getId();
    }

    @Override
    public String getPageTitle() {
        return meeting == null ? getTranslation("meeting-day.registrations.title")
                : getTranslation("meeting-day.page-title", getTranslation("meeting-day.registrations.title"),
                        meeting.getTitle());
    }
}
