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
import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.PdnMeeting;
import fr.centressociaux.portail.meetings.Presence;
import fr.centressociaux.portail.meetings.StandardKind;
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
 * Who took part in one time of the network (a meeting of its kinds): add a professional of the
 * register, whatever their employer (searched as one types, keyboard-friendly), take someone off,
 * and, for an initial training, confirm a candidate's completion, which labels them.
 */
class ParticipantsDialog extends Dialog {

    private final PromeneurEvents events;
    private final PromeneurRegister register;
    private final Runnable onChange;
    private final UnorderedList list = new UnorderedList();
    private final FieldRefusals refusals = new FieldRefusals();
    private final PdnMeeting event;

    ParticipantsDialog(PromeneurEvents events, PromeneurRegister register, SatisfactionSurveys surveys,
            PdnMeeting event, Runnable onChange) {
        this.events = events;
        this.register = register;
        this.event = event;
        this.onChange = onChange;
        setHeaderTitle(event.title() + " — " + FrenchDates.format(event.date()));
        // Fits a phone: never wider than the screen, whatever the longest name or title.
        setWidth("40rem");
        setMaxWidth("calc(100vw - 1rem)");
        ComboBox<Professional> add = new ComboBox<>(getTranslation("promeneurs.events.add-participant"));
        add.setItems(query -> register.page(new ProfessionalFilter(query.getFilter().orElse(""), null, null, null),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        add.setItemLabelGenerator(professional -> professional.fullName() + " (" + professional.getEmployer().name() + ")");
        add.setWidthFull();
        add.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                refusals.attempt(() -> events.addParticipant(event.id(), change.getValue().getId()),
                        Notifications::error).ifPresent(added -> refresh());
                add.clear();
            }
        });
        add(add, list);
        if (event.date().isBefore(register.today())) {
            getFooter().add(new Button(getTranslation("promeneurs.satisfaction.invite"), click -> refusals
                    .attempt(() -> surveys.inviteNow(event.id()), Notifications::error)
                    .ifPresent(sent -> Notifications.success("promeneurs.satisfaction.invited", sent))));
        }
        getFooter().add(new Button(getTranslation("promeneurs.action.close"), click -> close()));
        showParticipants();
    }

    private void refresh() {
        onChange.run();
        showParticipants();
    }

    private void showParticipants() {
        list.removeAll();
        for (Participant participant : events.participants(event.id())) {
            list.add(new ListItem(row(participant, register.get(participant.getExternalPersonId()))));
        }
    }

    private Component row(Participant participant, Professional professional) {
        String presence = participant.getPresence() == Presence.ABSENT
                ? " — " + getTranslation("promeneurs.events.absent") : "";
        Div row = new Div(new Span(professional.fullName() + " — " + getTranslation(professional.getStatus().labelKey())
                + presence));
        row.addClassName("participant-row");
        boolean candidate = professional.getStatus() == ProfessionalStatus.CANDIDATE
                || professional.getStatus() == ProfessionalStatus.IN_TRAINING;
        if (event.kind() == StandardKind.INITIAL_TRAINING && candidate
                && participant.getPresence() == Presence.PRESENT) {
            Button confirm = new Button(getTranslation("promeneurs.events.confirm-training"), click -> refusals
                    .attempt(() -> events.confirmInitialTraining(event.id(), professional.getId()),
                            Notifications::error).ifPresent(labelled -> {
                                Notifications.success("promeneurs.events.labelled", labelled.fullName());
                                refresh();
                            }));
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            row.add(confirm);
        }
        if (participant.getPresence() != Presence.ABSENT) {
            Button remove = new Button(getTranslation("promeneurs.events.remove"), click -> refusals
                    .attempt(() -> {
                        events.removeParticipant(event.id(), professional.getId());
                        return true;
                    }, Notifications::error).ifPresent(removed -> refresh()));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("promeneurs.events.remove-label",
                    professional.fullName()));
            row.add(remove);
        }
        return row;
    }
}
