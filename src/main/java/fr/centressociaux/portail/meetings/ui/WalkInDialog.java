package fr.centressociaux.portail.meetings.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.meetings.InvitedCentre;
import fr.centressociaux.portail.meetings.WalkInDraft;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.SaveDialog;

/**
 * Someone who came without being registered: their name and kind, and either the invited centre
 * they come for or the outside organisation they come from. Saved people are marked present.
 */
class WalkInDialog extends SaveDialog {

    private enum Origin { CENTRE, OUTSIDE }

    private final PersonFields person = new PersonFields();
    private final RadioButtonGroup<Origin> origin = new RadioButtonGroup<>();
    private final ComboBox<InvitedCentre> centre = new ComboBox<>();
    private final TextField organisation = new TextField();
    private final Consumer<WalkInDraft> onSave;
    private final FieldRefusals centreRefusals;
    private final FieldRefusals outsideRefusals;

    WalkInDialog(List<InvitedCentre> invited, Consumer<WalkInDraft> onSave) {
        super("meeting-day.attendance.walk-in.save", "meeting-day.attendance.walk-in.title");
        this.onSave = onSave;
        addClassName("walk-in-dialog");
        origin.setLabel(getTranslation("meeting-day.attendance.walk-in.from"));
        origin.setItems(Origin.values());
        origin.setItemLabelGenerator(value -> getTranslation(value == Origin.CENTRE
                ? "meeting-day.attendance.walk-in.from.centre" : "meeting-day.attendance.walk-in.from.outside"));
        origin.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        centre.setLabel(getTranslation("meeting-day.attendance.walk-in.centre"));
        centre.setItems(invited);
        centre.setItemLabelGenerator(InvitedCentre::name);
        centre.setWidthFull();
        organisation.setLabel(getTranslation("meeting-day.attendance.walk-in.organisation"));
        organisation.setWidthFull();
        origin.addValueChangeListener(change -> showOrigin(change.getValue()));
        origin.setValue(invited.isEmpty() ? Origin.OUTSIDE : Origin.CENTRE);
        origin.setVisible(!invited.isEmpty());
        // Without a centre the service asks for the organisation: say it next to the field shown.
        centreRefusals = person.refusals().on("centre", centre).on("organisation", centre);
        outsideRefusals = person.refusals().on("centre", centre).on("organisation", organisation);
        add(person, origin, centre, organisation);
    }

    private void showOrigin(Origin chosen) {
        centre.setVisible(chosen == Origin.CENTRE);
        organisation.setVisible(chosen == Origin.OUTSIDE);
    }

    @Override
    protected boolean save() {
        boolean fromCentre = origin.getValue() == Origin.CENTRE;
        FieldRefusals refusals = fromCentre ? centreRefusals : outsideRefusals;
        InvitedCentre chosen = centre.getValue();
        return person.value().map(typed -> new WalkInDraft(typed, fromCentre && chosen != null
                ? chosen.centreId() : null, fromCentre ? "" : organisation.getValue()))
                .map(draft -> refusals.attempt(() -> onSave.accept(draft))).orElse(false);
    }
}
