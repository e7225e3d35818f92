package fr.centressociaux.portail.promeneurs.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.centressociaux.portail.promeneurs.PdnEvent;
import fr.centressociaux.portail.promeneurs.PdnEventKind;
import fr.centressociaux.portail.promeneurs.Professional;
import fr.centressociaux.portail.promeneurs.ProfessionalFilter;
import fr.centressociaux.portail.promeneurs.ProfessionalStatus;
import fr.centressociaux.portail.promeneurs.PromeneurEvents;
import fr.centressociaux.portail.promeneurs.PromeneurRegister;
import fr.centressociaux.portail.promeneurs.SatisfactionSurveys;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.Notifications;
import org.springframework.data.domain.PageRequest;

/**
 * Who took part in one time of the network: add someone (searched in the register), take someone
 * off, and, for an initial training, confirm a trainee's completion, which labels them.
 */
class ParticipantsDialog extends Dialog {

    private final PromeneurEvents events;
    private final PromeneurRegister register;
    private final Runnable onChange;
    private final UnorderedList list = new UnorderedList();
    private final FieldRefusals refusals = new FieldRefusals();
    private PdnEvent event;

    ParticipantsDialog(PromeneurEvents events, PromeneurRegister register, SatisfactionSurveys surveys, PdnEvent event,
            Runnable onChange) {
        this.events = events;
        this.register = register;
        this.event = event;
        this.onChange = onChange;
        setHeaderTitle(event.getTitle() + " — " + FrenchDates.format(event.getDate()));
        setMaxWidth("40rem");
        ComboBox<Professional> add = new ComboBox<>(getTranslation("promeneurs.events.add-participant"));
        add.setItems(query -> register.page(new ProfessionalFilter(query.getFilter().orElse(""), null, null, null),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        add.setItemLabelGenerator(professional -> professional.fullName() + " (" + professional.getEmployer().name() + ")");
        add.setWidthFull();
        add.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                refusals.attempt(() -> events.addParticipant(this.event.getId(), change.getValue().getId()),
                        Notifications::error).ifPresent(this::show);
                add.clear();
            }
        });
        add(add, list);
        if (event.getDate().isBefore(register.today())) {
            getFooter().add(new Button(getTranslation("promeneurs.satisfaction.invite"), click -> refusals
                    .attempt(() -> surveys.inviteNow(this.event.getId()), Notifications::error)
                    .ifPresent(sent -> Notifications.success("promeneurs.satisfaction.invited", sent))));
        }
        getFooter().add(new Button(getTranslation("promeneurs.action.close"), click -> close()));
        show(event);
    }

    private void show(PdnEvent shown) {
        event = shown;
        onChange.run();
        list.removeAll();
        for (String id : shown.getParticipantIds()) {
            Professional professional = register.get(id);
            list.add(new ListItem(row(professional)));
        }
    }

    private Component row(Professional professional) {
        Div row = new Div(new Span(professional.fullName() + " — " + getTranslation(professional.getStatus().labelKey())));
        row.addClassName("participant-row");
        if (event.getKind() == PdnEventKind.INITIAL_TRAINING && !professional.getStatus().holdsLabel()
                && professional.getStatus() != ProfessionalStatus.LEFT) {
            Button confirm = new Button(getTranslation("promeneurs.events.confirm-training"), click -> refusals
                    .attempt(() -> events.confirmInitialTraining(event.getId(), professional.getId()),
                            Notifications::error).ifPresent(labelled -> {
                                Notifications.success("promeneurs.events.labelled", labelled.fullName());
                                show(events.get(event.getId()));
                            }));
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            row.add(confirm);
        }
        Button remove = new Button(getTranslation("promeneurs.events.remove"), click -> refusals
                .attempt(() -> events.removeParticipant(event.getId(), professional.getId()), Notifications::error)
                .ifPresent(this::show));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remove.getElement().setAttribute("aria-label", getTranslation("promeneurs.events.remove-label",
                professional.fullName()));
        row.add(remove);
        return row;
    }
}
