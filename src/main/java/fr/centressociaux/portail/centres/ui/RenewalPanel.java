package fr.centressociaux.portail.centres.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.MembershipCampaigns;
import fr.centressociaux.portail.centres.MembershipStatus;
import fr.centressociaux.portail.centres.Renewal;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.HomePanel;
import fr.centressociaux.portail.shared.ui.Notifications;

/**
 * On a director's home page during a membership campaign: where their centre stands for the
 * year, and the button that confirms its membership until the closing date.
 */
@org.springframework.stereotype.Component
class RenewalPanel implements HomePanel {

    private final MembershipCampaigns campaigns;
    private final CurrentUser currentUser;

    RenewalPanel(MembershipCampaigns campaigns, CurrentUser currentUser) {
        this.campaigns = campaigns;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create() {
        boolean director = currentUser.get().map(user -> user.role() == Role.DIRECTOR).orElse(false);
        return director ? campaigns.myRenewal().map(renewal -> new RenewalBlock(renewal, campaigns)) : Optional.empty();
    }

    /** Before the meetings: a renewal asked for comes first. */
    @Override
    public int order() {
        return 5;
    }

    /** The block itself, made for each home page shown, redrawn once the director confirmed. */
    static class RenewalBlock extends Div {

        private final MembershipCampaigns campaigns;

        RenewalBlock(Renewal renewal, MembershipCampaigns campaigns) {
            this.campaigns = campaigns;
            addClassNames("home-section", "renewal-panel");
            show(renewal);
        }

        private void show(Renewal renewal) {
            removeAll();
            String year = String.valueOf(renewal.year());
            String closes = FrenchDates.format(renewal.closesOn());
            add(new H2(getTranslation("renewal.title", year)));
            if (renewal.status() != MembershipStatus.TO_RENEW) {
                add(new Paragraph(getTranslation(doneKey(renewal.status()), renewal.centreName(), year)));
                return;
            }
            if (!renewal.canConfirm()) {
                add(new Paragraph(getTranslation("renewal.closed", renewal.centreName(), year, closes)));
                return;
            }
            add(new Paragraph(getTranslation("renewal.ask", renewal.centreName(), year, closes)));
            Button confirm = new Button(getTranslation("renewal.confirm", year), VaadinIcon.CHECK.create(),
                    click -> confirm(renewal));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(confirm);
        }

        private static String doneKey(MembershipStatus status) {
            return switch (status) {
                case MEMBER -> "renewal.done.member";
                case PENDING -> "renewal.done.pending";
                case NOT_RENEWED -> "renewal.done.not-renewed";
                case TO_RENEW -> throw new IllegalArgumentException("Still to renew");
            };
        }

        private void confirm(Renewal renewal) {
            try {
                campaigns.confirm(renewal.centreId(), renewal.year());
                Notifications.success("renewal.confirmed", String.valueOf(renewal.year()));
            } catch (UserFacingException refusal) {
                Notifications.error(refusal);
            }
            campaigns.myRenewal().ifPresent(this::show);
        }
    }
}
