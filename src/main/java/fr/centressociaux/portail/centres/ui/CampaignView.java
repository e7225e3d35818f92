package fr.centressociaux.portail.centres.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.CampaignDraft;
import fr.centressociaux.portail.centres.CampaignProgress;
import fr.centressociaux.portail.centres.MembershipCampaigns;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The membership campaign of a year (DD012): admins open it with a closing date; staff follow how
 * many centres confirmed, confirm for others in bulk and, after the closing date, decide for those
 * that did not answer. Delegates see and act on their territories' centres (the service decides).
 */
@Route("centres/campagne")
@Menu(title = "menu.campaign", order = 12, icon = "vaadin:refresh")
@RolesAllowed({"ADMIN", "DELEGATE"})
class CampaignView extends Main implements HasDynamicTitle {

    private final MembershipCampaigns campaigns;
    private final boolean admin;
    private final LocalDate today;
    private final Select<Integer> year = new Select<>();
    private final Div body = new Div();
    private @Nullable CampaignForm form;

    CampaignView(MembershipCampaigns campaigns, CurrentUser currentUser, Clock clock) {
        this.campaigns = campaigns;
        this.admin = currentUser.get().map(user -> user.role() == Role.ADMIN).orElse(false);
        this.today = LocalDate.now(clock);
        addClassNames("list-page", "campaign-page");
        year.setLabel(getTranslation("campaign.year"));
        year.setItems(today.getYear() + 1, today.getYear());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(today.getYear() + 1);
        year.addValueChangeListener(change -> show());
        add(new ViewHeader("campaign.title", admin ? "campaign.intro.ADMIN" : "campaign.intro.DELEGATE", year), body);
        show();
    }

    private void show() {
        body.removeAll();
        int chosen = year.getValue();
        Optional<CampaignProgress> progress = campaigns.progress(chosen);
        Paragraph state = new Paragraph(progress.map(this::stateText)
                .orElseGet(() -> getTranslation("campaign.state.not-open", String.valueOf(chosen))));
        state.addClassName("campaign-state");
        state.getElement().setAttribute("role", "status");
        body.add(state);
        form = admin ? new CampaignForm(chosen, progress.map(p -> p.campaign().getClosesOn()).orElse(null),
                this::open) : null;
        if (form != null) {
            body.add(form);
        }
        progress.ifPresent(shown -> body.add(new UndecidedCentres(campaigns, shown.campaign(),
                shown.campaign().isClosedOn(today), ids -> confirm(ids, chosen),
                ids -> new NotRenewedDialog(chosen, ids.size(), reason -> markNotRenewed(ids, chosen, reason))
                        .open())));
    }

    private String stateText(CampaignProgress progress) {
        String closes = FrenchDates.format(progress.campaign().getClosesOn());
        String year = String.valueOf(progress.campaign().getYear());
        return getTranslation(progress.campaign().isClosedOn(today) ? "campaign.state.closed" : "campaign.state.open",
                year, closes, progress.confirmed(), progress.toRenew(), progress.notRenewed());
    }

    private void open(CampaignDraft draft) {
        try {
            int marked = campaigns.open(draft);
            Notifications.success("campaign.opened", String.valueOf(draft.year()), marked);
            show();
        } catch (InvalidInputException invalid) {
            if (form != null) {
                form.showProblems(invalid.problems());
            }
            Notifications.error(invalid);
        } catch (UserFacingException refusal) {
            Notifications.error(refusal);
        }
    }

    private void confirm(List<String> ids, int chosen) {
        act(() -> Notifications.success("campaign.confirmed", campaigns.confirmAll(ids, chosen)));
    }

    private void markNotRenewed(List<String> ids, int chosen, String reason) {
        act(() -> Notifications.success("campaign.marked-not-renewed", campaigns.markNotRenewed(ids, chosen, reason)));
    }

    /** Runs a decision and shows the campaign as it now is, whether the decision was taken or refused. */
    private void act(Runnable decision) {
        try {
            decision.run();
        } catch (UserFacingException refusal) {
            Notifications.error(refusal);
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaign.title");
    }
}
