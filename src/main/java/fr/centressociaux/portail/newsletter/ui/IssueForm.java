package fr.centressociaux.portail.newsletter.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.centressociaux.portail.newsletter.IssueDraft;
import fr.centressociaux.portail.shared.ui.FieldRefusals;

/**
 * The text of an issue: subject, preheader, and sections in Markdown, one text area each. Every
 * change is reported (lazily, as the person pauses) so the page can show the live preview.
 */
class IssueForm extends Div {

    static final int MAX_SECTION = 50_000;

    private final TextField subject = new TextField(getTranslation("newsletter.issue.subject"));
    private final TextField preheader = new TextField(getTranslation("newsletter.issue.preheader"));
    private final Div sectionsBox = new Div();
    private final List<TextArea> sections = new ArrayList<>();
    private final Consumer<IssueDraft> onChange;
    private final Button addSection;
    private final FieldRefusals refusals;

    IssueForm(Consumer<IssueDraft> onChange) {
        this.onChange = onChange;
        addClassName("newsletter-issue-form");
        subject.setMaxLength(150);
        subject.setRequiredIndicatorVisible(true);
        subject.setWidthFull();
        preheader.setMaxLength(200);
        preheader.setHelperText(getTranslation("newsletter.issue.preheader-help"));
        preheader.setWidthFull();
        for (TextField field : List.of(subject, preheader)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(change -> changed());
        }
        addSection = new Button(getTranslation("newsletter.issue.add-section"), click -> addSection(""));
        addSection.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refusals = new FieldRefusals().on("subject", subject).on("preheader", preheader)
                .on("sections", () -> sections.getFirst(), sections);
        add(subject, preheader, sectionsBox, addSection);
    }

    void read(IssueDraft draft) {
        subject.setValue(draft.subject());
        preheader.setValue(draft.preheader());
        sections.clear();
        sectionsBox.removeAll();
        (draft.sections().isEmpty() ? List.of("") : draft.sections()).forEach(this::addSection);
        changed();
    }

    IssueDraft draft() {
        return new IssueDraft(subject.getValue(), preheader.getValue(),
                sections.stream().map(TextArea::getValue).toList());
    }

    FieldRefusals refusals() {
        return refusals;
    }

    void setReadOnly(boolean readOnly) {
        subject.setReadOnly(readOnly);
        preheader.setReadOnly(readOnly);
        sections.forEach(section -> section.setReadOnly(readOnly));
        addSection.setVisible(!readOnly);
    }

    /** Adds a section with the given text (a block from the portal's content) at the end. */
    void append(String markdown) {
        addSection(markdown);
        changed();
    }

    private void addSection(String text) {
        TextArea section = new TextArea(getTranslation("newsletter.issue.section", sections.size() + 1));
        section.setHelperText(getTranslation("newsletter.issue.section-help"));
        section.setMaxLength(MAX_SECTION);
        section.setWidthFull();
        section.setMinHeight("8em");
        section.setValue(text);
        section.setValueChangeMode(ValueChangeMode.LAZY);
        section.addValueChangeListener(change -> changed());
        sections.add(section);
        sectionsBox.add(section);
    }

    private void changed() {
        onChange.accept(draft());
    }
}
