package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.meetings.MeetingTerm;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.meetings.TermType;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.EditButton;
import fr.centressociaux.portail.shared.ui.Notifications;

/** One list of terms (kinds or subjects): a field to add one, then each with rename and retire or restore. */
class TermList extends Div {

    private final MeetingTerms terms;
    private final TermType type;
    private final TextField newName = new TextField();
    private final Grid<MeetingTerm> grid = new Grid<>();

    TermList(MeetingTerms terms, TermType type) {
        this.terms = terms;
        this.type = type;
        addClassName("term-list");
        newName.setLabel(getTranslation(
                type == TermType.KIND ? "meeting-terms.new-kind" : "meeting-terms.new-subject"));
        newName.setMaxLength(80);
        Button add = new Button(getTranslation("meeting-terms.add"), VaadinIcon.PLUS.create(), click -> add());
        add.addClickShortcut(Key.ENTER).listenOn(newName);
        Div adder = new Div(newName, add);
        adder.addClassName("inline-editor");
        grid.addComponentColumn(this::name).setHeader(getTranslation("meeting-terms.name")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("meeting-terms.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation(type == TermType.KIND ? "meeting-terms.kinds" : "meeting-terms.subjects")), adder,
                grid);
        refresh();
    }

    private void add() {
        try {
            MeetingTerm added = terms.add(type, newName.getValue());
            newName.clear();
            newName.setInvalid(false);
            refresh();
            Notifications.success("meeting-terms.added", added.getName());
        } catch (UserFacingException refusal) {
            newName.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
            newName.setInvalid(true);
            newName.focus();
        }
    }

    private Component name(MeetingTerm term) {
        Span name = new Span(term.getName());
        if (!term.isRetired()) {
            return name;
        }
        name.addClassName("retired-term");
        Span retired = new Span(getTranslation("meeting-terms.retired"));
        retired.addClassNames("meeting-status", "cancelled");
        return new Span(name, retired);
    }

    private Component actions(MeetingTerm term) {
        EditButton rename = new EditButton(getTranslation("meeting-terms.rename", term.getName()),
                () -> new RenameTermDialog(terms, term, this::refresh).open());
        Button retire = new Button(getTranslation(term.isRetired() ? "meeting-terms.restore" : "meeting-terms.retire"),
                click -> retire(term));
        retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return new Div(rename, retire);
    }

    private void retire(MeetingTerm term) {
        try {
            terms.retire(term.getId(), !term.isRetired());
            refresh();
            Notifications.success(term.isRetired() ? "meeting-terms.restored" : "meeting-terms.retired.done",
                    term.getName());
        } catch (UserFacingException refusal) {
            Notifications.error(refusal);
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(terms.all(type));
    }
}
