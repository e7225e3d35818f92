package fr.centressociaux.portail.meetings.ui;

import java.time.Duration;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingCheckIn;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.DangerConfirm;

import static fr.centressociaux.portail.meetings.ui.MeetingUi.ATTEMPT;

/**
 * The check-in QR code, which participants scan to sign in on the meeting's day without an
 * account; its link can be revoked (e.g. a photo of it went round) and a new one made, and the
 * organiser chooses how long after the meeting's end it stays open.
 */
class CheckInSection extends MeetingSection {

    private static final List<Duration> GRACE_CHOICES = List.of(Duration.ZERO, Duration.ofMinutes(15),
            Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), MeetingCheckIn.LONGEST_GRACE);

    private final MeetingCheckIn checkIn;
    private final Runnable reload;
    private final Paragraph status = new Paragraph();
    private final Div actions = new Div();
    private final ComboBox<Duration> grace = new ComboBox<>();
    private String meetingId = "";

    CheckInSection(MeetingCheckIn checkIn, Runnable reload) {
        super("meeting-page.check-in");
        this.checkIn = checkIn;
        this.reload = reload;
        actions.addClassName("export-links");
        grace.setLabel(getTranslation("meeting-page.check-in.grace"));
        grace.setItems(GRACE_CHOICES);
        grace.setWidth("20rem");
        grace.setMaxWidth("100%");
        grace.setItemLabelGenerator(choice -> getTranslation("meeting-page.check-in.grace.choice",
                choice.toMinutes()));
        grace.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                ATTEMPT.run(() -> checkIn.changeGrace(meetingId, change.getValue()), reload,
                        "meeting-page.check-in.grace.saved");
            }
        });
        add(new Paragraph(getTranslation("meeting-page.check-in.help")), status, grace, actions);
    }


    @Override
    void show(MeetingState state) {
        setVisible(state.canChange());
        Meeting meeting = state.meeting();
        meetingId = state.id();
        boolean open = meeting.hasCheckInLink();
        String closes = FrenchDates.time(meeting.checkInClosesAt().toLocalTime());
        status.setText(open ? getTranslation("meeting-page.check-in.open-until", closes)
                : getTranslation("meeting-page.check-in.none"));
        grace.setValue(meeting.getCheckInGrace());
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
