package fr.centressociaux.portail.reporting.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.centressociaux.portail.reporting.Bilan;
import fr.centressociaux.portail.reporting.BilanLine;
import fr.centressociaux.portail.reporting.FigureText;
import fr.centressociaux.portail.reporting.Narrative;
import fr.centressociaux.portail.reporting.NarrativeService;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;

/**
 * Staff write the text of one objective of the bilan: Markdown, with figure tokens picked from the
 * objective's fiche action (inserted at the caret, or in place of the selection), and a preview showing the figures. A
 * save from an outdated version is refused by the service; the dialog then keeps the person's text,
 * shows the version saved meanwhile, and the next save knowingly replaces it (both stay in the
 * history).
 */
class NarrativeDialog extends Dialog {

    private final NarrativeService narratives;
    private final Bilan bilan;
    private final Bilan.Part objective;
    private final Runnable saved;
    private final TextArea text = new TextArea();
    private final Div preview = new Div();
    private final Div conflict = new Div();
    private long version;

    NarrativeDialog(NarrativeService narratives, Bilan bilan, Bilan.Fiche fiche, Bilan.Part objective,
            Runnable saved) {
        this.narratives = narratives;
        this.bilan = bilan;
        this.objective = objective;
        this.saved = saved;
        addClassName("narrative-dialog");
        setHeaderTitle(getTranslation("bilan.narrative.title", objective.title()));
        setWidth("min(56rem, 100vw)");
        Optional<Narrative> stored = narratives.find(bilan.conventionId(), bilan.year(), objective.objectiveId());
        version = stored.map(Narrative::getVersion).orElse(0L);
        text.setLabel(getTranslation("bilan.narrative.text"));
        text.setHelperText(getTranslation("bilan.narrative.help"));
        text.setMaxLength(NarrativeService.MAX_TEXT);
        text.setWidthFull();
        text.setMinHeight("10rem");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValue(stored.map(Narrative::getText).orElse(""));
        text.addValueChangeListener(change -> render());
        conflict.addClassName("narrative-conflict");
        conflict.setVisible(false);
        Span previewLabel = new Span(getTranslation("bilan.narrative.preview"));
        previewLabel.addClassName("markdown-preview-label");
        preview.addClassName("markdown");
        Div previewBox = new Div(previewLabel, preview);
        previewBox.addClassName("markdown-preview");
        add(conflict, tokenPicker(fiche), text, previewBox);
        Button save = new Button(getTranslation("bilan.narrative.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("bilan.drill-down.close"), click -> close()), save);
        render();
    }

    private Div tokenPicker(Bilan.Fiche fiche) {
        ComboBox<BilanLine> figures = new ComboBox<>(getTranslation("bilan.narrative.figure"));
        figures.setItems(fiche.objectives().stream().flatMap(part -> part.lines().stream()).toList());
        figures.setItemLabelGenerator(line -> line.indicator().label() + " ("
                + (line.current().isBroken() ? "?" : FigureText.value(line.current())) + ")");
        figures.setWidth("min(30rem, 100%)");
        Button insert = new Button(getTranslation("bilan.narrative.insert"), click -> {
            if (figures.getValue() != null) {
                insertAtCaret(NarrativeService.token(figures.getValue().indicator()));
                figures.clear();
            }
        });
        Div picker = new Div(figures, insert);
        picker.addClassName("narrative-picker");
        return picker;
    }

    /**
     * The caret (or the selection) lives in the browser and survives the text area losing focus to
     * the picker: ask for it together with the text it refers to (the text typed last may not have
     * reached the server yet), insert there, and put the caret after the token.
     */
    private void insertAtCaret(String token) {
        text.getElement().executeJs("const area = this.inputElement;"
                + " return area.selectionStart + ',' + area.selectionEnd + ',' + area.value;")
                .then(String.class, answer -> {
                    String[] parts = answer.split(",", 3);
                    TokenInsertion insertion = TokenInsertion.of(parts[2], Integer.parseInt(parts[0]),
                            Integer.parseInt(parts[1]), token);
                    text.setValue(insertion.text());
                    text.getElement().executeJs("this.focus(); this.inputElement.setSelectionRange($0, $0);",
                            insertion.caret());
                });
    }

    private void render() {
        preview.getElement().setProperty("innerHTML", narratives.render(bilan, objective, text.getValue()));
    }

    private void save() {
        try {
            narratives.save(bilan.conventionId(), bilan.year(), objective.objectiveId(), version, text.getValue());
        } catch (UserFacingException refusal) {
            if ("edit.concurrent".equals(refusal.messageKey())) {
                showConcurrentVersion();
            } else {
                Notifications.error(refusal);
            }
            return;
        }
        Notifications.success("bilan.narrative.saved");
        close();
        saved.run();
    }

    /** Someone saved meanwhile: keep this text, show theirs, and let the next save replace it knowingly. */
    private void showConcurrentVersion() {
        Narrative theirs = narratives.find(bilan.conventionId(), bilan.year(), objective.objectiveId()).orElseThrow();
        version = theirs.getVersion();
        Narrative.Revision last = theirs.getHistory().getFirst();
        conflict.removeAll();
        Paragraph told = new Paragraph(getTranslation("bilan.narrative.conflict", last.author()));
        told.getElement().setAttribute("role", "alert");
        TextArea other = new TextArea(getTranslation("bilan.narrative.theirs"));
        other.setValue(theirs.getText());
        other.setReadOnly(true);
        other.setWidthFull();
        Details details = new Details(getTranslation("bilan.narrative.theirs"), other);
        details.setOpened(true);
        conflict.add(told, details);
        conflict.setVisible(true);
    }
}
