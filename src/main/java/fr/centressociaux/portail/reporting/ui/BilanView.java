package fr.centressociaux.portail.reporting.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.reporting.Bilan;
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
 * each figure opening the records behind it; staff submit, the funder validates or returns
 * ({@link BilanActions}). Opens on the latest convention and its last year.
 */
@Route("bilans")
@Menu(title = "menu.bilans", order = 45, icon = "vaadin:file-text-o")
@RolesAllowed({"ADMIN", "DELEGATE", "DIRECTOR", "PDN_COORDINATOR", "FUNDER"})
class BilanView extends Main implements HasDynamicTitle {

    private final BilanService bilans;
    private final BilanWorkflow workflow;
    private final Role role;
    private final @Nullable BilanActions actions;
    private final ComboBox<Convention> convention = new ComboBox<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Div content = new Div();
    private final List<BilanPageSection> sections;

    BilanView(ConventionService conventions, BilanService bilans, BilanWorkflow workflow, CurrentUser currentUser,
            List<BilanPageSection> sections) {
        this.bilans = bilans;
        this.sections = sections;
        this.workflow = workflow;
        this.role = currentUser.get().orElseThrow().role();
        this.actions = role == Role.ADMIN || role == Role.FUNDER
                ? new BilanActions(workflow, role == Role.FUNDER, this::refresh) : null;
        addClassName("bilan-view");
        Div filters = new Div(convention, year);
        filters.addClassName("filters");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("bilan.filters"));
        convention.setLabel(getTranslation("bilan.convention"));
        convention.setItemLabelGenerator(item -> getTranslation("bilan.convention.item", item.getNetworkHead(),
                item.getFunderName(), String.valueOf(item.getFirstYear()), String.valueOf(item.getLastYear())));
        convention.setWidth("min(36rem, 100%)");
        year.setLabel(getTranslation("bilan.year"));
        year.setItemLabelGenerator(String::valueOf);
        List<Convention> all = conventions.list();
        convention.setItems(all);
        convention.addValueChangeListener(change -> yearsOf(change.getValue()));
        year.addValueChangeListener(change -> refresh());
        add(new ViewHeader("bilan.title", role == Role.FUNDER ? "bilan.intro.funder" : "bilan.intro", filters));
        if (actions != null) {
            add(actions);
        }
        add(content);
        if (all.isEmpty()) {
            content.add(new Paragraph(getTranslation("bilan.none")));
        } else {
            convention.setValue(all.getFirst());
        }
    }

    private void yearsOf(Convention chosen) {
        if (chosen == null) {
            return;
        }
        year.setItems(IntStream.rangeClosed(chosen.getFirstYear(), chosen.getLastYear()).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        year.setValue(chosen.getLastYear());
    }

    private void refresh() {
        content.removeAll();
        if (convention.getValue() == null || year.getValue() == null) {
            return;
        }
        String conventionId = convention.getValue().getId();
        if (actions != null) {
            actions.show(conventionId, year.getValue());
        }
        if (role == Role.FUNDER && workflow.submission(conventionId, year.getValue()).isEmpty()) {
            content.add(new Paragraph(getTranslation("bilan.not-submitted")));
            return;
        }
        sections.forEach(section -> content.add(section.forBilan(conventionId, year.getValue())));
        Bilan bilan = role == Role.FUNDER ? workflow.submitted(conventionId, year.getValue())
                : bilans.live(conventionId, year.getValue());
        if (!bilan.broken().isEmpty()) {
            Paragraph warning = new Paragraph(getTranslation("bilan.broken", bilan.broken().size()));
            warning.addClassName("bilan-problem");
            content.add(warning);
        }
        for (Bilan.Fiche fiche : bilan.fiches()) {
            content.add(new H2(fiche.title()), new BilanTable(fiche, bilan.year(),
                    line -> new DrillDownDialog(line, bilans.whyZero(line.indicator(), line.current())).open()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bilan.title");
    }
}
