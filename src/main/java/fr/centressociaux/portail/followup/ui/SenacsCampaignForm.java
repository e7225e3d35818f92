package fr.centressociaux.portail.followup.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import fr.centressociaux.portail.followup.SenacsCampaignDraft;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;

/** The opening and closing dates of a year's SENACS campaign, for admins to set; fires the draft. */
class SenacsCampaignForm extends Div {

    private final DraftBinder<SenacsCampaignDraft> binder = new DraftBinder<>(SenacsCampaignDraft.class);

    SenacsCampaignForm(SenacsCampaignDraft current, Consumer<SenacsCampaignDraft> onSave) {
        addClassName("inline-editor");
        DatePicker opens = new FrenchDatePicker(getTranslation("followup.senacs.campaign.opens"));
        DatePicker closes = new FrenchDatePicker(getTranslation("followup.senacs.campaign.closes"));
        binder.bind(opens, "opensOn");
        binder.bind(closes, "closesOn");
        binder.readRecord(current);
        Button save = new Button(getTranslation("followup.senacs.campaign.save"),
                click -> binder.draft().ifPresent(draft -> binder.refusals().attempt(() -> onSave.accept(draft))));
        add(opens, closes, save);
    }
}
