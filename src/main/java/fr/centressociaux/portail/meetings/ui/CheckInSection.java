package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import fr.centressociaux.portail.meetings.MeetingCheckIn;
import fr.centressociaux.portail.shared.ui.DangerConfirm;

import static fr.centressociaux.portail.meetings.ui.MeetingUi.ATTEMPT;

/**
 * The check-in QR code, which participants scan to sign in on the meeting's day without an
 * account; its link can be revoked (e.g. a photo of it went round) and a new one made.
 */
class CheckInSection extends MeetingSection {

    private final MeetingCheckIn checkIn;
    private final Runnable reload;
    private final Paragraph status = new Paragraph();
    private final Div actions = new Div();

    CheckInSection(MeetingCheckIn checkIn, Runnable reload) {
        super("meeting-page.check-in");
        this.checkIn = checkIn;
        this.reload = reload;
        actions.addClassName("export-links");
        add(new Paragraph(getTranslation("meeting-page.check-in.help")), status, actions);
    }

    @Override
    void show(MeetingState state) {
        setVisible(state.canChange());
        boolean open = state.meeting().getCheckInToken().isPresent();
        status.setText(getTranslation(open ? "meeting-page.check-in.open" : "meeting-page.check-in.none"));
        actions.removeAll();
        RouterLink qr = MeetingLinks.qrCode(state.id());
        qr.add(VaadinIcon.QRCODE.create(), new Span(getTranslation("meeting-page.check-in.qr")));
        qr.addClassName("download-link");
        actions.add(qr);
        if (open) {
            Button revoke = new Button(getTranslation("meeting-page.check-in.revoke"), VaadinIcon.UNLINK.create(),
                    click -> confirmRevoke(state.id()));
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(revoke);
        }
    }

    private void confirmRevoke(String meetingId) {
        DangerConfirm.open("meeting-page.check-in.revoke.title", getTranslation("meeting-page.check-in.revoke.text"),
                "meeting-page.check-in.revoke.confirm",
                () -> ATTEMPT.run(() -> checkIn.revoke(meetingId), reload, "meeting-page.check-in.revoked"));
    }
}
