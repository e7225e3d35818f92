package fr.centressociaux.portail.promeneurs.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.centressociaux.portail.promeneurs.PublicDirectory;
import fr.centressociaux.portail.promeneurs.PublicEntry;
import fr.centressociaux.portail.promeneurs.PublicSearch;
import fr.centressociaux.portail.promeneurs.SocialNetwork;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.ClientAddress;
import fr.centressociaux.portail.shared.ui.PublicPage;

/**
 * The public directory of the Promeneurs du Net, without signing in: one card per professional who
 * consented, with the fields they chose, searchable by commune and network. Cards stack on a phone.
 * Every value is set as text (never as HTML), so what a professional typed cannot become markup.
 */
@Route(value = "promeneurs-du-net", autoLayout = false)
@AnonymousAllowed
class PublicDirectoryView extends PublicPage implements BeforeEnterObserver {

    private final PublicDirectory directory;
    private final TextField commune = new TextField();
    private final ComboBox<SocialNetwork> network = new ComboBox<>();
    private final Paragraph status = new Paragraph();
    private final UnorderedList results = new UnorderedList();

    PublicDirectoryView(PublicDirectory directory) {
        super("wide", "pdn-public-directory");
        this.directory = directory;
        commune.setLabel(getTranslation("promeneurs.public.search.commune"));
        commune.setClearButtonVisible(true);
        commune.setMaxLength(100);
        network.setLabel(getTranslation("promeneurs.public.search.network"));
        network.setItems(SocialNetwork.values());
        network.setItemLabelGenerator(SocialNetwork::label);
        network.setClearButtonVisible(true);
        Button search = new Button(getTranslation("promeneurs.public.search.button"), click -> search());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER);
        Div filters = new Div(commune, network, search);
        filters.addClassName("pdn-public-filters");
        filters.getElement().setAttribute("role", "search");
        status.getElement().setAttribute("role", "status");
        results.addClassName("pdn-public-results");
        showFrame("promeneurs.public.title", "promeneurs.public.intro", filters, status, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        search();
    }

    private void search() {
        results.removeAll();
        List<PublicEntry> found;
        try {
            found = directory.search(new PublicSearch(commune.getValue(), network.getValue()), ClientAddress.current());
        } catch (UserFacingException refused) {
            status.setText(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        status.setText(found.isEmpty() ? getTranslation("promeneurs.public.none")
                : getTranslation("promeneurs.public.count", found.size()));
        found.forEach(entry -> results.add(card(entry)));
    }

    private ListItem card(PublicEntry entry) {
        ListItem card = new ListItem(new H2(entry.name() == null ? getTranslation("promeneurs.public.anonymous")
                : entry.name()));
        card.addClassName("pdn-public-card");
        if (entry.structure() != null) {
            card.add(new Paragraph(entry.structure()));
        }
        if (entry.commune() != null) {
            card.add(new Paragraph(entry.commune()));
        }
        if (!entry.networks().isEmpty()) {
            UnorderedList networks = new UnorderedList();
            networks.getElement().setAttribute("aria-label", getTranslation("promeneurs.public.networks"));
            entry.networks().forEach(presence -> networks.add(new ListItem(
                    new Span(presence.network().label() + " : "), new Span(presence.handle()))));
            card.add(networks);
        }
        return card;
    }

    /** The address the request came from, for the limit of searches per address. */
}
