package fr.centressociaux.portail.promeneurs.ui;

import java.time.LocalDate;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import fr.centressociaux.portail.promeneurs.DirectoryConsent;
import fr.centressociaux.portail.promeneurs.PublicDirectory;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.DangerConfirm;
import fr.centressociaux.portail.shared.ui.Notifications;

/**
 * The public directory on a professional's page: whether they appear, since when, with which
 * fields and who recorded it; whoever may edit the record records a consent or withdraws it.
 */
class ConsentSection extends Div {

    private final PublicDirectory directory;
    private final String professionalId;
    private final LocalDate today;

    ConsentSection(PublicDirectory directory, String professionalId, LocalDate today) {
        this.directory = directory;
        this.professionalId = professionalId;
        this.today = today;
        addClassName("pdn-consent");
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("promeneurs.consent.title")));
        DirectoryConsent consent = directory.consentOf(professionalId).orElse(null);
        boolean active = consent != null && consent.isActive();
        Paragraph state = new Paragraph(active
                ? getTranslation("promeneurs.consent.given", FrenchDates.format(consent.getGivenOn()),
                        consent.getRecordedBy(), consent.getFields().stream().sorted()
                                .map(field -> getTranslation(field.labelKey())).collect(Collectors.joining(", ")))
                : getTranslation(consent == null ? "promeneurs.consent.never" : "promeneurs.consent.withdrawn"));
        add(state);
        if (!directory.canRecordConsent(professionalId)) {
            return;
        }
        Button record = new Button(getTranslation(active ? "promeneurs.consent.change" : "promeneurs.consent.record"),
                click -> new ConsentDialog(consent, today, draft -> {
                    directory.recordConsent(professionalId, draft);
                    Notifications.success("promeneurs.consent.saved");
                    show();
                }).open());
        add(record);
        if (active) {
            add(new Button(getTranslation("promeneurs.consent.withdraw"), click -> DangerConfirm.open(
                    "promeneurs.consent.withdraw", getTranslation("promeneurs.consent.withdraw-confirm"),
                    "promeneurs.consent.withdraw", () -> {
                        directory.withdrawConsent(professionalId);
                        Notifications.success("promeneurs.consent.withdrawn-now");
                        show();
                    })));
        }
    }
}
