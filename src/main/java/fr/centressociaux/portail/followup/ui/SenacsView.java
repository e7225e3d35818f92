package fr.centressociaux.portail.followup.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.followup.Senacs;
import fr.centressociaux.portail.followup.SenacsCampaign;
import fr.centressociaux.portail.followup.SenacsCampaignDraft;
import fr.centressociaux.portail.followup.SenacsImport;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

/**
 * The federation's SENACS calendar of a year: the campaign's dates (the reminders to directors follow
 * from them) and the import of the observatory's completion list. Who is missing is on the figures
 * page, next to the completion rate.
 */
@Route("suivi/senacs")
@Menu(title = "menu.senacs", order = 44, icon = "vaadin:clipboard-check")
@RolesAllowed("ADMIN")
class SenacsView extends Main implements HasDynamicTitle {

    private final Senacs senacs;
    private final SenacsImport imports;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Div body = new Div();

    SenacsView(Senacs senacs, SenacsImport imports, Clock clock) {
        this.senacs = senacs;
        this.imports = imports;
        addClassNames("list-page", "senacs-page");
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("followup.timeline.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 3, thisYear + 1).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(thisYear);
        year.addValueChangeListener(change -> show());
        add(new ViewHeader("followup.senacs.page.title", "followup.senacs.page.intro", year), body);
        show();
    }

    private void show() {
        body.removeAll();
        Integer shown = year.getValue();
        if (shown == null) {
            return;
        }
        Paragraph dates = new Paragraph(SenacsPanel.campaignText(senacs, shown, this));
        SenacsCampaignDraft current = senacs.campaign(shown).map(SenacsCampaign::toDraft)
                .orElse(new SenacsCampaignDraft(null, null));
        SenacsCampaignForm form = new SenacsCampaignForm(current, draft -> {
            senacs.setCampaign(shown, draft);
            Notifications.success("followup.senacs.campaign.saved");
            show();
        });
        Button importList = new Button(getTranslation("followup.senacs.import.open"), VaadinIcon.UPLOAD.create(),
                click -> new SenacsImportDialog(imports, shown, this::show).open());
        body.add(new H2(getTranslation("followup.senacs.campaign.title", String.valueOf(shown))), dates, form,
                new H2(getTranslation("followup.senacs.import.heading")),
                new Paragraph(getTranslation("followup.senacs.import.intro")), importList);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.senacs.page.title");
    }
}
