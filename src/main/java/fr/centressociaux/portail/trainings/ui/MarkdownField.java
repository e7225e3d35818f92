package fr.centressociaux.portail.trainings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.centressociaux.portail.shared.Markdown;

/**
 * A text written in Markdown (objectives, programme) with its rendering underneath as the person
 * types. The rendering is sanitized HTML: what one person writes is shown to many.
 */
class MarkdownField extends Div {

    static final int MAX_LENGTH = 20_000;

    private final TextArea text = new TextArea();
    private final Div preview = new Div();
    private final Div previewBox;

    MarkdownField(String labelKey, String helpKey) {
        addClassName("training-markdown-field");
        text.setLabel(getTranslation(labelKey));
        text.setHelperText(getTranslation(helpKey));
        text.setMaxLength(MAX_LENGTH);
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> render());
        Span previewLabel = new Span(getTranslation("training-form.preview"));
        previewLabel.addClassName("training-preview-label");
        preview.addClassName("markdown");
        previewBox = new Div(previewLabel, preview);
        previewBox.addClassName("training-preview");
        add(text, previewBox);
        render();
    }

    String getValue() {
        return text.getValue();
    }

    void setValue(String value) {
        text.setValue(value);
        render();
    }

    TextArea textArea() {
        return text;
    }

    private void render() {
        preview.getElement().setProperty("innerHTML", Markdown.toSafeHtml(text.getValue()));
        previewBox.setVisible(!text.getValue().isBlank());
    }
}
