package fr.centressociaux.portail.meetings.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.RouteParameters;
import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.meetings.InvitationReach;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingDraft;
import fr.centressociaux.portail.meetings.MeetingPartners;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerm;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.meetings.TermType;
import fr.centressociaux.portail.meetings.ui.MeetingChoices.Choice;
import fr.centressociaux.portail.meetings.ui.MeetingChoices.TerritoryChoice;
import fr.centressociaux.portail.shared.ui.FormPage;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import org.jspecify.annotations.Nullable;

/**
 * A page holding the meeting form: offers what the signed-in person may choose, saves through the
 * service and shows its refusals next to the fields, then opens the meeting's page.
 */
abstract class MeetingFormPage extends FormPage<MeetingForm, Meeting> {

    private final MeetingService meetings;
    private final MeetingTerms terms;
    private final TerritoryService territories;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MeetingPartners partners;
    private @Nullable Meeting shownMeeting;

    MeetingFormPage(MeetingService meetings, MeetingTerms terms, TerritoryService territories,
            CurrentUser currentUser, Clock clock, MeetingPartners partners) {
        super("meeting-form-page", "meeting-form.page-title", "meeting-form.denied");
        this.meetings = meetings;
        this.partners = partners;
        this.terms = terms;
        this.territories = territories;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    void showForm(String titleKey, String introKey, @Nullable Meeting meeting) {
        shownMeeting = meeting;
        MeetingForm form = new MeetingForm(choicesFor(meeting), meeting == null, this::saveOrWarn, this::leave);
        if (meeting != null) {
            form.read(meeting);
        }
        show(form, new ViewHeader(titleKey, introKey));
    }

    @Override
    protected void saved(Meeting saved) {
        Notifications.success("meeting-form.saved", saved.getTitle(), saved.getInvitedCount());
        getUI().ifPresent(ui -> ui.navigate(MeetingView.class, new RouteParameters("id", saved.getId())));
    }

    /**
     * A meeting that would invite no centre is most often a mistake (next year's meeting before its
     * membership campaign, a territory without members then): says why and asks before saving.
     * Only when the scope or date is new, so editing the title of such a meeting does not nag.
     */
    private void saveOrWarn() {
        MeetingForm shown = form();
        if (shown == null || !shown.checkTyped()) {
            return;
        }
        MeetingDraft draft = shown.draft();
        Meeting before = shownMeeting;
        boolean newReach = before == null || !Objects.equals(draft.scope(), before.getScope())
                || !Objects.equals(draft.date(), before.getDate());
        InvitationReach reach = newReach && draft.scope() != null && draft.date() != null
                ? meetings.reach(draft.scope(), draft.date()) : null;
        if (reach == null || !reach.reachesNobody() || reach.whyNobodyKey() == null) {
            save();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("nobody-invited-dialog");
        dialog.setHeader(getTranslation("meeting-form.nobody.title"));
        dialog.setText(getTranslation(reach.whyNobodyKey(), reach.arguments().toArray()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("meeting-form.nobody.back"));
        dialog.setConfirmText(getTranslation("meeting-form.nobody.save-anyway"));
        dialog.addConfirmListener(confirm -> save());
        dialog.open();
    }

    /**
     * Active kinds and subjects, plus a retired one the meeting already has; admins schedule for
     * any territory, a department or the network, delegates for their territories only, the
     * Promeneurs du Net coordinator anywhere but only the network's kinds (delegates are not offered
     * those). The partner organisations of the register, and those the meeting already records.
     */
    private MeetingChoices choicesFor(@Nullable Meeting meeting) {
        AccountPrincipal user = currentUser.get().orElseThrow();
        Predicate<MeetingTerm> offeredKind = switch (user.role()) {
            case PDN_COORDINATOR -> MeetingFormPage::isPromeneursDuNet;
            case DELEGATE -> term -> !isPromeneursDuNet(term);
            default -> term -> true;
        };
        List<Choice> kinds = choices(TermType.KIND, meeting == null ? List.of() : List.of(meeting.getKindId()),
                offeredKind);
        List<Choice> subjects = choices(TermType.SUBJECT, meeting == null ? List.of() : meeting.getSubjectIds(),
                term -> true);
        String meetingTerritory = meeting == null ? null : meeting.getScope().territoryId();
        boolean admin = user.role() == Role.ADMIN || user.role() == Role.PDN_COORDINATOR;
        List<TerritoryChoice> offered = territories.all().stream()
                .filter(t -> admin || user.scope().territoryIds().contains(t.getId())
                        || t.getId().equals(meetingTerritory))
                .map(MeetingFormPage::choice).toList();
        return new MeetingChoices(kinds, subjects, offered, admin, user.accountId(), user.displayName(),
                LocalDate.now(clock), partners.available() && user.role() != Role.PDN_COORDINATOR
                        ? partners.choicesKeeping(meeting == null ? List.of() : meeting.getPartnerIds()) : null);
    }

    private static boolean isPromeneursDuNet(MeetingTerm term) {
        return StandardKind.ofCode(term.getCode()).map(StandardKind::isPromeneursDuNet).orElse(false);
    }

    private List<Choice> choices(TermType type, List<String> kept, Predicate<MeetingTerm> offered) {
        List<Choice> result = new ArrayList<>();
        for (MeetingTerm term : terms.all(type)) {
            if (!term.isRetired() && offered.test(term) || kept.contains(term.getId())) {
                result.add(new Choice(term.getId(), term.getName()));
            }
        }
        return result;
    }

    private static TerritoryChoice choice(Territory territory) {
        return new TerritoryChoice(Objects.requireNonNull(territory.getId()), territory.getName(),
                territory.getValidFrom(), territory.getValidTo());
    }
}
