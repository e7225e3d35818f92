package fr.centressociaux.portail.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.centressociaux.portail.shared.Markdown;

/**
 * A text written in Markdown (agenda, minutes, objectives, programme) with its rendering underneath
 * as the person types. The rendering is sanitized HTML: what one person writes is shown to many.
 * Styled through the classes markdown-field, markdown-preview and markdown-preview-label.
 */
public class MarkdownField extends Div {

    public static final int MAX_LENGTH = 20_000;

    private final TextArea text = new TextArea();
    private final Div preview = new Div();
    private final Div previewBox;

    /** All three are translation keys: the field's label, its helper text and the preview's caption. */
    public MarkdownField(String labelKey, String helpKey, String previewKey) {
        addClassName("markdown-field");
        text.setLabel(getTranslation(labelKey));
        text.setHelperText(getTranslation(helpKey));
        text.setMaxLength(MAX_LENGTH);
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> render());
        Span previewLabel = new Span(getTranslation(previewKey));
        previewLabel.addClassName("markdown-preview-label");
        preview.addClassName("markdown");
        previewBox = new Div(previewLabel, preview);
        previewBox.addClassName("markdown-preview");
        add(text, previewBox);
        render();
    }

    public String getValue() {
        return text.getValue();
    }

    public void setValue(String value) {
        text.setValue(value);
        render();
    }

    public TextArea textArea() {
        return text;
    }

    private void render() {
        preview.getElement().setProperty("innerHTML", Markdown.toSafeHtml(text.getValue()));
        previewBox.setVisible(!text.getValue().isBlank());
    }
}
