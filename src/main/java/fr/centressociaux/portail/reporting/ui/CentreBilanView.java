package fr.centressociaux.portail.reporting.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.reporting.CentreInBilan;
import fr.centressociaux.portail.reporting.CentreInBilan.Contribution;
import fr.centressociaux.portail.reporting.Convention;
import fr.centressociaux.portail.reporting.ConventionService;
import fr.centressociaux.portail.shared.measure.MeasureRecord;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

/**
 * "My centre in the bilan" for a director: per fiche action and objective, each indicator with what
 * their centre brought to it (its people at each meeting, its enrolments, its presence among the
 * centres represented), from their centre's records only.
 */
@Route("bilans/mon-centre")
@Menu(title = "menu.centre-bilan", order = 45.5, icon = "vaadin:file-text-o")
@RolesAllowed("DIRECTOR")
class CentreBilanView extends Main implements HasDynamicTitle {

    private final CentreInBilan centreInBilan;
    private final Div content = new Div();

    CentreBilanView(ConventionService conventions, CentreInBilan centreInBilan) {
        this.centreInBilan = centreInBilan;
        addClassName("centre-bilan-view");
        List<Convention> all = conventions.list();
        BilanChooser chooser = new BilanChooser(all, this::show);
        add(new ViewHeader("centre-bilan.title", "centre-bilan.intro", chooser), content);
        if (all.isEmpty()) {
            content.add(new Paragraph(getTranslation("bilan.none")));
        } else {
            chooser.openFirst();
        }
    }

    private void show(Convention convention, int year) {
        content.removeAll();
        String fiche = null;
        String objective = null;
        UnorderedList list = null;
        for (Contribution contribution : centreInBilan.mine(convention.getId(), year)) {
            if (!contribution.fiche().equals(fiche)) {
                fiche = contribution.fiche();
                objective = null;
                content.add(new H2(fiche));
            }
            if (!contribution.objective().equals(objective) || list == null) {
                objective = contribution.objective();
                list = new UnorderedList();
                list.addClassName("centre-bilan-list");
                content.add(new H3(objective), list);
            }
            list.add(item(contribution));
        }
    }

    private ListItem item(Contribution contribution) {
        Span label = new Span(contribution.indicator().label());
        label.addClassName("centre-bilan-indicator");
        ListItem item = new ListItem(label);
        if (!contribution.available()) {
            item.add(note("centre-bilan.unavailable"));
        } else if (contribution.records().isEmpty()) {
            item.add(note("centre-bilan.nothing"));
        } else {
            UnorderedList records = new UnorderedList();
            for (MeasureRecord record : contribution.records()) {
                records.add(new ListItem(new Anchor(record.path(), record.label()), new Span(" — " + record.detail())));
            }
            item.add(records);
        }
        return item;
    }

    private Span note(String key) {
        Span note = new Span(" — " + getTranslation(key));
        note.addClassName("bilan-note");
        return note;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("centre-bilan.title");
    }
}
