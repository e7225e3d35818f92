package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.centressociaux.portail.shared.Markdown;

/**
 * A text written in Markdown (agenda, minutes) with its rendering underneath as the person types.
 * The rendering is sanitized HTML: what one person writes is shown to many.
 */
class MarkdownField extends Div {

    private final TextArea text = new TextArea();
    private final Div preview = new Div();
    private final Div previewBox;

    MarkdownField(String labelKey, String helpKey) {
        addClassName("markdown-field");
        text.setLabel(getTranslation(labelKey));
        text.setHelperText(getTranslation(helpKey));
        text.setMaxLength(20_000);
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> render());
        Span previewLabel = new Span(getTranslation("markdown.preview"));
        previewLabel.addClassName("markdown-preview-label");
        preview.addClassName("markdown");
        previewBox = new Div(previewLabel, preview);
        previewBox.addClassName("markdown-preview");
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
