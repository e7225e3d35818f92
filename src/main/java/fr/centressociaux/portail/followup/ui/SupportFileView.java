package fr.centressociaux.portail.followup.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.followup.AmeppSessions;
import fr.centressociaux.portail.followup.CentreTimeline;
import fr.centressociaux.portail.followup.FollowupService;
import fr.centressociaux.portail.followup.PartnerOrganisations;
import fr.centressociaux.portail.followup.Senacs;
import fr.centressociaux.portail.followup.SupportAction;
import fr.centressociaux.portail.followup.SupportDraft;
import fr.centressociaux.portail.followup.SupportFile;
import fr.centressociaux.portail.followup.SupportKind;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.NarrowScreen;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * A centre's follow-up file (dossier de suivi): its support actions, newest first, a page at a time,
 * and its SENACS answer of the year. Staff and the delegates of its territory record and change
 * actions; its director reads those that are not confidential. The service decides who sees what.
 */
@Route("centres/:id/suivi")
@RolesAllowed({"ADMIN", "DELEGATE", "DIRECTOR"})
class SupportFileView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Below this width (a phone), the grid shows the date, the kind and the status only. */
    private static final int NARROW_WIDTH = 600;

    private final FollowupService followup;
    private final Senacs senacs;
    private final CentreTimeline timeline;
    private final PartnerOrganisations organisations;
    private final AmeppSessions amepp;
    private final LocalDate today;
    private final Grid<SupportAction> grid = new Grid<>();
    private final Grid.Column<SupportAction> due;
    private final Grid.Column<SupportAction> confidential;
    private @Nullable SupportFile file;
    private @Nullable TimelinePanel timelinePanel;
    private boolean narrow;
    private String title = "";

    SupportFileView(FollowupService followup, Senacs senacs, CentreTimeline timeline,
            PartnerOrganisations organisations, AmeppSessions amepp, Clock clock) {
        this.followup = followup;
        this.organisations = organisations;
        this.amepp = amepp;
        this.senacs = senacs;
        this.timeline = timeline;
        this.today = LocalDate.now(clock);
        addClassNames("list-page", "support-file-page");
        grid.addColumn(action -> FrenchDates.format(action.getStartedOn()))
                .setHeader(getTranslation("followup.column.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(action -> getTranslation(action.getKind().labelKey()))
                .setHeader(getTranslation("followup.column.kind")).setFlexGrow(3);
        grid.addColumn(action -> getTranslation(action.getStatus().labelKey()))
                .setHeader(getTranslation("followup.column.status")).setAutoWidth(true).setFlexGrow(0);
        due = grid.addColumn(action -> FrenchDates.format(action.getNextStepDue()))
                .setHeader(getTranslation("followup.column.next-step-due")).setAutoWidth(true).setFlexGrow(0);
        confidential = grid.addColumn(action -> action.isConfidential()
                ? getTranslation("followup.column.confidential.yes") : "")
                .setHeader(getTranslation("followup.column.confidential")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("followup.file.actions"));
        grid.setEmptyStateText(getTranslation("followup.file.empty"));
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setHeight("22rem");
        NarrowScreen.follow(this, NARROW_WIDTH, isNarrow -> {
            narrow = isNarrow;
            showColumns();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            file = followup.file(id);
        } catch (AccessDeniedException denied) {
            event.rerouteToError(denied, "");
            return;
        } catch (UserFacingException unknown) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = getTranslation("followup.file.title", file.centre().getProfile().name());
        removeAll();
        Anchor back = new Anchor("centres/" + id, getTranslation("followup.file.back"));
        back.addClassName("back-link");
        Button add = new Button(getTranslation("followup.file.add"), VaadinIcon.PLUS.create(), click -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(file.writable());
        ViewHeader header = ViewHeader.titled(title,
                file.writable() ? "followup.file.intro.staff" : "followup.file.intro.director", add);
        grid.setItems(query -> followup.actions(id, toSpringPageRequest(query)).stream(),
                query -> (int) followup.count(id));
        showColumns();
        timelinePanel = new TimelinePanel(timeline, id, today.getYear());
        add(back, header, new H2(getTranslation("followup.file.actions")), grid,
                new SenacsPanel(senacs, id, today.getYear()), timelinePanel);
    }

    private void showColumns() {
        due.setVisible(!narrow);
        confidential.setVisible(!narrow && file != null && file.writable());
    }

    /** Staff change an action; the director reads it. */
    private void open(SupportAction action) {
        if (file != null && file.writable()) {
            edit(action);
        } else {
            new SupportDetails(action, amepp.attendedBy(action.getCentreId(), action.getAmeppSessionId())
                    .orElse(null)).open();
        }
    }

    /** Opens the form on a new action (null) or on an existing one; saving refreshes the list. */
    private void edit(@Nullable SupportAction existing) {
        SupportFile shown = file;
        if (shown == null) {
            return;
        }
        String centreId = shown.centre().getId();
        SupportDraft draft = existing == null ? SupportDraft.starting(SupportKind.INDIVIDUAL, today)
                : existing.toDraft();
        SupportChoices choices = new SupportChoices(followup.themes(), organisations.choices(),
                amepp.attendedBy(centreId));
        new SupportDialog(shown.centre().getProfile().name(), draft, choices, saved -> {
            if (existing == null) {
                followup.record(centreId, saved);
            } else {
                followup.update(existing.getId(), existing.getVersion(), saved);
            }
            Notifications.success("followup.file.saved");
            grid.getDataProvider().refreshAll();
            if (timelinePanel != null) {
                timelinePanel.refresh();
            }
        }).open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
