package fr.centressociaux.portail.promeneurs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.centressociaux.portail.promeneurs.Questionnaire;
import fr.centressociaux.portail.promeneurs.SatisfactionDraft;
import fr.centressociaux.portail.promeneurs.SatisfactionSurveys;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.ClientAddress;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import fr.centressociaux.portail.shared.ui.PublicPage;

/**
 * The questionnaire behind the link mailed after a network event, without signing in: a score
 * from 1 to 5 and a comment. The answer already given is shown, and sending again replaces it.
 */
@Route(value = "promeneurs/satisfaction/:token", autoLayout = false)
@AnonymousAllowed
class SatisfactionView extends PublicPage implements BeforeEnterObserver {

    private final SatisfactionSurveys surveys;

    SatisfactionView(SatisfactionSurveys surveys) {
        this.surveys = surveys;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        try {
            surveys.questionnaire(token, ClientAddress.current()).ifPresentOrElse(questionnaire -> form(token, questionnaire),
                    this::unknownLink);
        } catch (UserFacingException refused) {
            unknownLink();
            add(new Paragraph(getTranslation(refused.messageKey(), refused.arguments())));
        }
    }

    private void form(String token, Questionnaire questionnaire) {
        RadioButtonGroup<Integer> score = new RadioButtonGroup<>(getTranslation("promeneurs.satisfaction.score"));
        score.setItems(1, 2, 3, 4, 5);
        TextArea comment = new TextArea(getTranslation("promeneurs.satisfaction.comment"));
        comment.setMaxLength(1000);
        comment.setWidthFull();
        DraftBinder<SatisfactionDraft> binder = new DraftBinder<>(SatisfactionDraft.class);
        binder.bind(score, "score");
        binder.bind(comment, "comment");
        binder.readRecord(new SatisfactionDraft(questionnaire.score(), questionnaire.comment()));
        Paragraph result = status("");
        Button send = new Button(getTranslation("promeneurs.satisfaction.send"), click -> binder.draft()
                .ifPresent(draft -> {
                    if (binder.refusals().attempt(() -> surveys.answer(token, draft, ClientAddress.current()))) {
                        result.setText(getTranslation("promeneurs.satisfaction.thanks"));
                    }
                }));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // The event answered about, as a heading: seen in a browser it read as one more line of text.
        H2 event = new H2(getTranslation("promeneurs.satisfaction.event", questionnaire.eventTitle(),
                FrenchDates.format(questionnaire.eventDate())));
        event.addClassName("satisfaction-event");
        showFrame("promeneurs.satisfaction.title", "promeneurs.satisfaction.intro", event, score, comment, send,
                result);
    }

    private void unknownLink() {
        showFrame("promeneurs.satisfaction.invalid-title", "promeneurs.satisfaction.invalid-intro");
    }
}
