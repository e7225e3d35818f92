package fr.centressociaux.portail.reporting.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import fr.centressociaux.portail.reporting.Bilan;
import fr.centressociaux.portail.reporting.BilanPayments;
import fr.centressociaux.portail.reporting.BilanStatus;
import fr.centressociaux.portail.reporting.NarrativeService;
import fr.centressociaux.portail.reporting.BilanWorkflow;
import fr.centressociaux.portail.reporting.BilanPageSection;
import fr.centressociaux.portail.reporting.BilanService;
import fr.centressociaux.portail.reporting.Convention;
import fr.centressociaux.portail.reporting.ConventionService;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The bilan of a convention for a year: computed from the records for staff, delegates, directors
 * and the Promeneurs du Net coordinator; as submitted for the funder. One table per fiche action,
 * each objective with its text, each figure opening the records behind it; staff write the texts
 * ({@link NarrativeDialog}), submit, and record payments ({@link PaymentsSection}); the funder
 * validates or returns ({@link BilanActions}). Once submitted, staff and the funder read the bilan
 * as it was submitted. Opens on the latest convention and its last year.
 */
@Route("bilans")
@Menu(title = "menu.bilans", order = 45, icon = "vaadin:file-text-o")
@RolesAllowed({"ADMIN", "DELEGATE", "DIRECTOR", "PDN_COORDINATOR", "FUNDER"})
class BilanView extends Main implements HasDynamicTitle {

    private final BilanService bilans;
    private final BilanWorkflow workflow;
    private final NarrativeService narratives;
    private final Role role;
    private final @Nullable BilanActions actions;
    private final @Nullable PaymentsSection payments;
    private final Div content = new Div();
    private final List<BilanPageSection> sections;
    private @Nullable String conventionId;
    private int shown;

    BilanView(ConventionService conventions, BilanService bilans, BilanWorkflow workflow, NarrativeService narratives,
            BilanPayments payments, CurrentUser currentUser, List<BilanPageSection> sections) {
        this.bilans = bilans;
        this.sections = sections;
        this.workflow = workflow;
        this.narratives = narratives;
        this.role = currentUser.get().orElseThrow().role();
        boolean staffOrFunder = role == Role.ADMIN || role == Role.FUNDER;
        this.actions = staffOrFunder ? new BilanActions(workflow, role == Role.FUNDER, this::refresh) : null;
        this.payments = staffOrFunder ? new PaymentsSection(payments, role == Role.ADMIN) : null;
        addClassName("bilan-view");
        List<Convention> all = conventions.list();
        BilanChooser chooser = new BilanChooser(all, (convention, year) -> {
            conventionId = convention.getId();
            shown = year;
            refresh();
        });
        add(new ViewHeader("bilan.title", role == Role.FUNDER ? "bilan.intro.funder" : "bilan.intro", chooser));
        if (actions != null) {
            add(actions);
        }
        add(content);
        if (this.payments != null) {
            add(this.payments);
        }
        if (all.isEmpty()) {
            content.add(new Paragraph(getTranslation("bilan.none")));
        } else {
            chooser.openFirst();
        }
    }

    private void refresh() {
        content.removeAll();
        String conventionId = this.conventionId;
        if (conventionId == null) {
            return;
        }
        if (actions != null) {
            actions.show(conventionId, shown);
        }
        if (payments != null) {
            payments.show(conventionId, shown);
        }
        BilanStatus status = role == Role.FUNDER || role == Role.ADMIN
                ? workflow.status(conventionId, shown).orElse(BilanStatus.DRAFT) : BilanStatus.DRAFT;
        if (role == Role.FUNDER && !status.isReadByFunder()) {
            content.add(new Paragraph(getTranslation("bilan.not-submitted")));
            return;
        }
        sections.forEach(section -> content.add(section.forBilan(conventionId, shown)));
        // A submitted or validated bilan reads as it was submitted, narratives included.
        boolean frozen = status.isReadByFunder();
        Bilan bilan = frozen ? workflow.submitted(conventionId, shown) : bilans.live(conventionId, shown);
        Map<String, String> texts = frozen ? bilan.narratives()
                : role == Role.ADMIN ? narratives.current(bilan) : Map.of();
        if (!bilan.broken().isEmpty()) {
            Paragraph warning = new Paragraph(getTranslation("bilan.broken", bilan.broken().size()));
            warning.addClassName("bilan-problem");
            content.add(warning);
        }
        for (Bilan.Fiche fiche : bilan.fiches()) {
            content.add(new H2(fiche.title()), new BilanTable(fiche, bilan.year(),
                    line -> new DrillDownDialog(line, bilans.whyZero(line.indicator(), line.current())).open(),
                    part -> narrative(bilan, fiche, part, texts.getOrDefault(part.objectiveId(), ""),
                            role == Role.ADMIN && !frozen)));
        }
    }

    /** The objective's text with its figures (or its summary line), and for staff preparing it, a way to write it. */
    private Component narrative(Bilan bilan, Bilan.Fiche fiche, Bilan.Part part, String text, boolean editable) {
        Div narrative = new Div();
        narrative.addClassName("bilan-narrative");
        Div rendered = new Div();
        rendered.addClassName("markdown");
        if (text.isBlank()) {
            // The automatic summary line stands in for a text: shown quieter than one staff wrote.
            rendered.addClassName("bilan-summary");
        }
        rendered.getElement().setProperty("innerHTML", narratives.render(bilan, part, text));
        narrative.add(rendered);
        if (editable) {
            Button edit = new Button(getTranslation("bilan.narrative.edit"),
                    click -> new NarrativeDialog(narratives, bilan, fiche, part, this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.getElement().setAttribute("aria-label", getTranslation("bilan.narrative.edit.label", part.title()));
            narrative.add(edit);
        }
        return narrative;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bilan.title");
    }
}
