package fr.centressociaux.portail.meetings.ui;

import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingCheckIn;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.shared.QrCodes;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The meeting's check-in QR code, to show on a screen at the entrance or to print: printed, the
 * page is only the title, the date, the code and one line of instruction. The link can be revoked
 * (a photo of the code went round) and a new one made.
 */
@Route("reunions/:id/qr")
@RolesAllowed({"ADMIN", "DELEGATE"})
class QrCodeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final MeetingCheckIn checkIn;
    private final Div body = new Div();
    private @Nullable Meeting meeting;

    QrCodeView(MeetingService meetings, MeetingCheckIn checkIn) {
        this.meetings = meetings;
        this.checkIn = checkIn;
        addClassNames("meeting-day-page", "qr-page");
        body.addClassName("qr-body");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        meeting = OpenedMeeting.forManaging(event, meetings).orElse(null);
        if (meeting == null) {
            return;
        }
        add(new MeetingHeading(meeting, "meeting-day.qr.title"), body);
        if (meeting.isCancelled()) {
            body.removeAll();
        } else {
            attempt(() -> showCode(checkIn.link(meeting.getId())));
        }
    }

    private void showCode(String link) {
        body.removeAll();
        Div code = new Div();
        code.addClassName("qr-code");
        // The SVG is drawn by QrCodes from our own link: no user input reaches this markup.
        code.getElement().setProperty("innerHTML", QrCodes.svg(link));
        code.getElement().setAttribute("role", "img");
        code.getElement().setAttribute("aria-label", getTranslation("meeting-day.qr.image"));
        Paragraph instruction = new Paragraph(getTranslation("meeting-day.qr.instruction"));
        instruction.addClassName("qr-instruction");
        Paragraph explanation = new Paragraph(getTranslation("meeting-day.qr.explanation"));
        explanation.addClassNames("secondary-text", "screen-only");
        Paragraph address = new Paragraph(new Span(getTranslation("meeting-day.qr.link")), new Anchor(link, link));
        address.addClassNames("qr-link", "screen-only");
        Button print = new Button(getTranslation("meeting-day.qr.print"), VaadinIcon.PRINT.create(),
                click -> getElement().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button revoke = new Button(getTranslation("meeting-day.qr.revoke"), click -> confirmRevoke());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(print, revoke);
        actions.addClassNames("qr-actions", "screen-only");
        body.add(code, instruction, explanation, address, actions);
    }

    private void showRevoked() {
        body.removeAll();
        Paragraph revoked = new Paragraph(getTranslation("meeting-day.qr.revoked"));
        revoked.addClassName("page-message");
        revoked.getElement().setAttribute("role", "status");
        Button create = new Button(getTranslation("meeting-day.qr.create"),
                click -> attempt(() -> showCode(checkIn.link(meetingId()))));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.add(revoked, create);
    }

    private void confirmRevoke() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("meeting-day.qr.revoke.title"));
        dialog.setText(getTranslation("meeting-day.qr.revoke.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("meeting-day.qr.revoke.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> attempt(() -> {
            checkIn.revoke(meetingId());
            Notifications.success("meeting-day.qr.revoked.notice");
            showRevoked();
        }));
        dialog.open();
    }

    private static void attempt(Runnable action) {
        new FieldRefusals().attempt(action);
    }

    private String meetingId() {
        return Objects.requireNonNull(meeting).getId();
    }

    @Override
    public String getPageTitle() {
        return meeting == null ? getTranslation("meeting-day.qr.title")
                : getTranslation("meeting-day.page-title", getTranslation("meeting-day.qr.title"),
                        meeting.getTitle());
    }
}
