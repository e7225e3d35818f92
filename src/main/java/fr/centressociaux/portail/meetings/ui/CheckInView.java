package fr.centressociaux.portail.meetings.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import fr.centressociaux.portail.meetings.CheckInClient;
import fr.centressociaux.portail.meetings.CheckInDesk;
import fr.centressociaux.portail.meetings.CheckedIn;
import fr.centressociaux.portail.meetings.MeetingCheckIn;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.PublicPage;
import org.jspecify.annotations.Nullable;

/**
 * The public page behind a meeting's QR code, for a phone and without an account: on the day, the
 * participant taps their name, or gives their name, centre and kind if they are not listed. It shows
 * only what {@link MeetingCheckIn#desk} hands out: the title, the date, first names with the initial
 * of the last name, and centres. After a pick, the thanks offer to undo it for a short while: the
 * one-time key stays in this page (this browser), never in the address.
 */
@Route(value = "emargement/:token", autoLayout = false)
@AnonymousAllowed
class CheckInView extends PublicPage implements BeforeEnterObserver {

    /** Above this many names, a search field helps find one's own. */
    private static final int NAMES_WITHOUT_SEARCH = 12;

    private final MeetingCheckIn checkIn;
    private final Clock clock;
    private final Paragraph refusal = new Paragraph();
    private String token = "";

    CheckInView(MeetingCheckIn checkIn, Clock clock) {
        super("check-in-page");
        this.checkIn = checkIn;
        this.clock = clock;
        refusal.addClassName("form-error");
        refusal.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        showDesk(null);
    }

    /** The page as the link allows it now, with the reason of a refusal just met, if any. */
    private void showDesk(@Nullable UserFacingException refused) {
        CheckInDesk desk = checkIn.desk(token);
        switch (desk.status()) {
            case CLOSED -> showFrame("meeting-day.check-in.closed.title", "check-in.closed");
            case NOT_TODAY -> showMeetingFrame(desk, message(isPast(desk) ? "meeting-day.check-in.over"
                    : "meeting-day.check-in.not-today"));
            case OVER -> showMeetingFrame(desk, message("meeting-day.check-in.ended"));
            case OPEN -> showNames(desk, refused);
        }
    }

    private void showNames(CheckInDesk desk, @Nullable UserFacingException refused) {
        showMeetingFrame(desk, refusal);
        showRefusal(refused);
        Div names = new Div();
        names.addClassName("check-in-names");
        Map<Button, String> buttons = new LinkedHashMap<>();
        for (CheckInDesk.Name name : desk.names()) {
            Span itsMe = new Span(getTranslation("meeting-day.check-in.its-me"));
            itsMe.addClassName("check-in-its-me");
            Span shortName = new Span(name.shortName());
            Span centre = new Span(name.centre());
            centre.addClassName("check-in-centre");
            Button button = new Button();
            button.addClickListener(click -> pick(desk, name));
            button.getElement().appendChild(shortName.getElement(), centre.getElement());
            button.setSuffixComponent(itsMe);
            button.addClassName("check-in-name");
            buttons.put(button, SearchKeys.of(name.shortName() + " " + name.centre()));
            names.add(button);
        }
        if (desk.names().isEmpty()) {
            add(message("meeting-day.check-in.no-names"));
        } else {
            add(message("meeting-day.check-in.pick"));
            if (desk.names().size() > NAMES_WITHOUT_SEARCH) {
                add(search(buttons));
            }
            add(names);
        }
        Button notListed = new Button(getTranslation("meeting-day.check-in.not-listed"), click -> showNewcomer(desk));
        notListed.addClassNames("big-button", "check-in-not-listed");
        add(notListed);
    }

    private TextField search(Map<Button, String> buttons) {
        TextField search = new TextField(getTranslation("meeting-day.check-in.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.addValueChangeListener(change -> {
            String key = SearchKeys.of(change.getValue());
            buttons.forEach((button, name) -> button.setVisible(name.contains(key)));
        });
        return search;
    }

    private void pick(CheckInDesk desk, CheckInDesk.Name name) {
        try {
            CheckedIn done = checkIn.checkIn(token, name.participantId(), client());
            showThanks(desk, done.firstName());
            if (done.canUndo()) {
                // Above "Émarger pour une autre personne": the person who just tapped reads it first.
                addComponentAtIndex(getComponentCount() - 1, undoButton(name, Objects.requireNonNull(done.undoKey())));
            }
        } catch (UserFacingException refused) {
            showDesk(refused);
        }
    }

    /** "Ce n'est pas moi": gives the name back to the list, with the key only this page holds. */
    private Button undoButton(CheckInDesk.Name name, String undoKey) {
        Button undo = new Button(getTranslation("meeting-day.check-in.undo", name.shortName()), click -> {
            try {
                checkIn.undoCheckIn(token, name.participantId(), undoKey, client());
                showDesk(null);
                showNotice("meeting-day.check-in.undone");
            } catch (UserFacingException refused) {
                showDesk(refused);
            }
        });
        undo.addThemeVariants(ButtonVariant.LUMO_ERROR);
        undo.addClassNames("big-button", "check-in-undo");
        undo.setTooltipText(getTranslation("meeting-day.check-in.undo.help",
                MeetingCheckIn.UNDO_WINDOW.toMinutes()));
        return undo;
    }

    private void showNotice(String key) {
        Paragraph notice = new Paragraph(getTranslation(key));
        notice.addClassNames("confirmation", "check-in-undone");
        notice.getElement().setAttribute("role", "status");
        addComponentAtIndex(1, notice);
    }

    /** Someone not on the list: name, centre or structure as they say it, kind. */
    private void showNewcomer(CheckInDesk desk) {
        showMeetingFrame(desk, message("meeting-day.check-in.new.intro"), refusal);
        showRefusal(null);
        PersonFields person = new PersonFields();
        TextField organisation = new TextField(getTranslation("meeting-day.check-in.organisation"));
        organisation.setHelperText(getTranslation("meeting-day.check-in.organisation.help"));
        organisation.setWidthFull();
        FieldRefusals refusals = person.refusals().on("organisation", organisation);
        Button send = new Button(getTranslation("meeting-day.check-in.new.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("big-button");
        send.addClickListener(click -> showRefusal(null));
        send.addClickListener(click -> person.value().flatMap(typed -> refusals.attempt(
                () -> checkIn.checkInNew(token, typed, organisation.getValue(), client()), this::showRefusal))
                .ifPresent(firstName -> showThanks(desk, firstName)));
        Button back = new Button(getTranslation("meeting-day.check-in.back"), click -> showDesk(null));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClassName("big-button");
        Div form = new Div(person, organisation);
        form.addClassName("check-in-form");
        add(form, send, back);
        person.focus();
    }

    private void showThanks(CheckInDesk desk, String firstName) {
        Paragraph thanks = status(getTranslation("meeting-day.check-in.thanks", firstName,
                FrenchDates.time(clock.instant())));
        thanks.addClassNames("confirmation", "check-in-thanks");
        Button next = new Button(getTranslation("meeting-day.check-in.next"), click -> showDesk(null));
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addClassName("big-button");
        showMeetingFrame(desk, thanks, next);
    }

    /** This browser session stands for the device; a script that drops cookies meets the address limit. */
    private static CheckInClient client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? "?" : request.getRemoteAddr();
        return new CheckInClient(address, VaadinSession.getCurrent().getSession().getId());
    }

    private boolean isPast(CheckInDesk desk) {
        return desk.date() != null && desk.date().isBefore(LocalDate.now(clock));
    }

    /** The frame titled with the meeting and its date. */
    private void showMeetingFrame(CheckInDesk desk, Component... body) {
        Paragraph date = new Paragraph(desk.date() == null ? "" : FrenchDates.longDate(desk.date()));
        date.addClassName("check-in-date");
        showTitledFrame(desk.title() == null ? "" : desk.title(), date, body);
    }

    private void showRefusal(@Nullable UserFacingException refused) {
        refusal.setText(refused == null ? "" : getTranslation(refused.messageKey(), refused.arguments()));
        refusal.setVisible(refused != null);
    }

    private Paragraph message(String key) {
        Paragraph message = new Paragraph(getTranslation(key));
        message.addClassName("check-in-message");
        return message;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting-day.check-in.page-title");
    }
}
