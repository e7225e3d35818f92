package fr.centressociaux.portail.centres.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentrePermissions;
import fr.centressociaux.portail.centres.CentreProfile;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.CentrePanel;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A centre's page: profile, approval, membership, territory history, figures and change history.
 * Open to every signed-in person: the service decides who may see the centre and what they may
 * change, and the page shows the rest read-only. Every save carries the version the person saw.
 */
@Route("centres/:id")
@PermitAll
class CentreView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CentreService centres;
    /** Sections other modules add (participation in meetings, trainings…). */
    private final List<CentrePanel> panels;
    private final TerritoryService territories;
    private final LocalDate today;
    private final ConcurrentEditNotice concurrentEdit = new ConcurrentEditNotice(this::reload);
    private final H1 title = new H1();
    private final Div summary = new Div();
    private @Nullable Centre centre;
    private @Nullable ProfileForm profile;
    private List<CentreSection> sections = List.of();
    private String pageTitle = "";

    CentreView(CentreService centres, TerritoryService territories, Clock clock, List<CentrePanel> panels) {
        this.centres = centres;
        this.panels = panels.stream().sorted(Comparator.comparingInt(CentrePanel::order)).toList();
        this.territories = territories;
        this.today = LocalDate.now(clock);
        addClassName("centre-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            Centre found = centres.get(id);
            CentrePermissions permissions = centres.permissions(id);
            build(found);
            show(found, permissions);
        } catch (AccessDeniedException | UserFacingException hidden) {
            // A centre one may not see reads exactly as one that does not exist (issue 17 §14).
            message("centre-page.not-found.title", "centre-page.not-found.text");
        }
    }

    private void build(Centre found) {
        removeAll();
        String id = found.getId();
        profile = new ProfileForm(edit -> save(version -> centres.updateProfile(id, version, edit.profile(),
                edit.director(), edit.chair()), "centre-page.profile.saved"));
        sections = List.of(profile,
                new ApprovalSection(approval -> save(version -> centres.changeApproval(id, version, approval),
                        "centre-page.approval.saved")),
                new MembershipSection(row -> save(version -> centres.putMembership(id, version, row),
                        "centre-page.membership.saved", String.valueOf(row.year()))),
                new TerritorySection(territories.all(), today, move -> save(
                        version -> centres.moveTerritory(id, version, move), "centre-page.territory.moved",
                        territories.get(String.valueOf(move.territoryId())).map(Territory::getName).orElse(""),
                        FrenchDates.format(move.from()))),
                new FiguresSection(row -> save(version -> centres.putFigures(id, version, row),
                        "centre-page.figures.saved", String.valueOf(row.year()))),
                new ChangeHistory());
        Div body = new Div();
        body.addClassName("centre-sections");
        sections.forEach(body::add);
        panels.stream().map(panel -> panel.create(id)).flatMap(java.util.Optional::stream).forEach(body::add);
        add(header(), body);
    }

    private Component header() {
        RouterLink back = new RouterLink(CentreDirectoryView.class);
        back.add(VaadinIcon.ARROW_LEFT.create(), new Span(getTranslation("centre-page.back")));
        back.addClassName("back-link");
        summary.addClassName("centre-summary");
        Header header = new Header(back, title, summary);
        header.addClassName("view-header");
        return header;
    }

    private void show(Centre shown, CentrePermissions permissions) {
        this.centre = shown;
        CentreProfile details = shown.getProfile();
        pageTitle = details.name();
        title.setText(details.name());
        summary.removeAll();
        summary.add(new Span(getTranslation("centre-page.summary", getTranslation(details.kind().labelKey()),
                getTranslation(details.management().labelKey()).toLowerCase(Locale.FRANCE),
                details.commune() + " (" + shown.getDepartment().code() + ")")),
                ApprovalStatus.labelled(shown.getApproval(), today));
        getUI().ifPresent(ui -> ui.getPage().setTitle(pageTitle));
        for (CentreSection section : sections) {
            // Saving one part of the page must not wipe edits not yet saved in the profile.
            if (section != profile || !profile.hasChanges()) {
                section.show(shown, permissions, today);
            }
        }
    }

    /**
     * Saves one change with the version this page shows. A refusal leaves what the person typed
     * in place: field problems go next to their fields, a concurrent save offers to reload.
     */
    private boolean save(CentreEdit edit, String successKey, Object... arguments) {
        Centre before = current();
        try {
            Centre saved = edit.apply(before.getVersion());
            show(saved, centres.permissions(saved.getId()));
            if (saved.getVersion() == before.getVersion()) {
                Notifications.success("centre-page.unchanged");
            } else {
                Notifications.success(successKey, arguments);
            }
            return true;
        } catch (InvalidInputException invalid) {
            // The form, dialog or section that asked shows each problem next to its field.
            throw invalid;
        } catch (UserFacingException refusal) {
            if ("edit.concurrent".equals(refusal.messageKey())) {
                concurrentEdit.open();
            } else {
                Notifications.error(refusal);
            }
        } catch (AccessDeniedException denied) {
            Notifications.error(new UserFacingException("centre-page.denied.action"));
        }
        return false;
    }

    /** Shows the centre as stored now; what the person had not saved is dropped, as they asked. */
    private void reload() {
        // Dialogs hold values from the version that was just refused.
        getUI().ifPresent(ui -> ui.getChildren().filter(Dialog.class::isInstance).map(Dialog.class::cast)
                .forEach(Dialog::close));
        String id = current().getId();
        Centre fresh = centres.get(id);
        build(fresh);
        show(fresh, centres.permissions(id));
        Notifications.success("centre-page.reloaded");
    }

    private void message(String titleKey, String textKey) {
        removeAll();
        pageTitle = getTranslation(titleKey);
        Div box = new Div(new H1(pageTitle), new Paragraph(getTranslation(textKey)));
        // The Département's readers have no directory to go back to.
        if (new AccessAnnotationChecker().hasAccess(CentreDirectoryView.class)) {
            box.add(new RouterLink(getTranslation("centre-page.back"), CentreDirectoryView.class));
        }
        box.addClassName("page-message");
        box.getElement().setAttribute("role", "alert");
        add(box);
    }

    private Centre current() {
        if (centre == null) {
            throw new IllegalStateException("No centre shown");
        }
        return centre;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    /** One change to the centre, given the version the person saw. */
    @FunctionalInterface
    private interface CentreEdit {
        Centre apply(long expectedVersion);
    }
}
