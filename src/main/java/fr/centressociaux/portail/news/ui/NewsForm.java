package fr.centressociaux.portail.news.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.news.NewsDraft;
import fr.centressociaux.portail.news.NewsSource;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import fr.centressociaux.portail.shared.ui.FormPage;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.shared.ui.MarkdownField;

/**
 * A news item: title, date, where it comes from, text in Markdown with its sanitised rendering,
 * and a link to read more. Bound to a {@link NewsDraft}, whose constraints each field shows as it
 * is left; never saves by itself.
 */
class NewsForm extends Div implements FormPage.BoundForm<NewsDraft> {

    private final TextField title = new TextField();
    private final FrenchDatePicker date = new FrenchDatePicker("");
    // A ComboBox, not a Select: a required Select puts aria-required on a button (DD010).
    private final ComboBox<NewsSource> source = new ComboBox<>();
    private final MarkdownField text = new MarkdownField("news.form.text", "news.form.text.help",
            "news.form.preview");
    private final TextField link = new TextField();
    private final DraftBinder<NewsDraft> binder = new DraftBinder<>(NewsDraft.class);

    NewsForm(NewsDraft shown, boolean creating, Runnable onSave, Runnable onCancel) {
        addClassName("news-form");
        title.setLabel(getTranslation("news.form.title"));
        title.setMaxLength(NewsDraft.MAX_TITLE);
        date.setLabel(getTranslation("news.form.date"));
        source.setLabel(getTranslation("news.form.source"));
        source.setItems(NewsSource.values());
        source.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        text.textArea().setMaxLength(NewsDraft.MAX_TEXT);
        link.setLabel(getTranslation("news.form.link"));
        link.setHelperText(getTranslation("news.form.link.help"));
        link.setMaxLength(NewsDraft.MAX_LINK);
        binder.forField(title).bind("title");
        binder.forField(date).bind("date");
        binder.forField(text.textArea()).bind("text");
        binder.forField(link).bind("link");
        binder.forField(source).bind("source");
        // The binder marks @NotNull fields as required; the title is @NotBlank, so it is marked here.
        title.setRequiredIndicatorVisible(true);
        binder.readRecord(shown);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.add(title, 2);
        form.add(date, source);
        form.add(text, 2);
        form.add(link, 2);

        Button save = new Button(getTranslation(creating ? "news.form.create" : "news.form.save"),
                click -> onSave.run());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(title, link);
        Button cancel = new Button(getTranslation("action.cancel"), click -> onCancel.run());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(save, cancel);
        buttons.addClassName("news-form-buttons");
        add(form, buttons);
    }

    @Override
    public DraftBinder<NewsDraft> binder() {
        return binder;
    }
}
