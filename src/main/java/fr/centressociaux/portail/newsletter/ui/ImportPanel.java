package fr.centressociaux.portail.newsletter.ui;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import fr.centressociaux.portail.newsletter.ContactImport;
import fr.centressociaux.portail.newsletter.ContactImportPreview;
import fr.centressociaux.portail.newsletter.MailingList;
import fr.centressociaux.portail.newsletter.NewsletterSubscribers;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.SpreadsheetUpload;

/**
 * Contacts from a CSV or Excel file onto a list: the file is previewed row by row with its problems
 * in French, and imported only when no row has one, all rows together.
 */
class ImportPanel extends Div {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final ContactImport imports;
    private final ComboBox<String> list = new ComboBox<>(getTranslation("newsletter.import.list"));
    private final Grid<ContactImportPreview.Row> preview = new Grid<>();
    private final Paragraph hint = new Paragraph(getTranslation("newsletter.import.blocked"));
    private final Button apply = new Button(getTranslation("newsletter.import.apply"));
    private final Upload upload;
    private byte[] content = new byte[0];

    ImportPanel(ContactImport imports, NewsletterSubscribers subscribers) {
        this.imports = imports;
        Map<String, MailingList> lists = subscribers.lists().stream()
                .collect(Collectors.toMap(MailingList::getId, Function.identity()));
        list.setItems(lists.keySet());
        list.setItemLabelGenerator(id -> lists.get(id).getName());
        subscribers.lists().stream().findFirst().map(MailingList::getId).ifPresent(list::setValue);
        upload = SpreadsheetUpload.create(MAX_BYTES, read -> imports.preview(listId(), read), this::show);
        preview.addColumn(ContactImportPreview.Row::line).setHeader(getTranslation("import.column.line"))
                .setFlexGrow(0).setWidth("6em");
        preview.addColumn(ContactImportPreview.Row::name).setHeader(getTranslation("newsletter.contacts.name"));
        preview.addColumn(ContactImportPreview.Row::email).setHeader(getTranslation("newsletter.contacts.email"));
        preview.addColumn(row -> row.centre() == null ? "" : row.centre())
                .setHeader(getTranslation("newsletter.contacts.centre"));
        preview.addColumn(row -> row.problems().stream().map(FieldProblem::message).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("import.column.errors")).setFlexGrow(3);
        preview.setPartNameGenerator(row -> row.problems().isEmpty() ? null : "import-row-error");
        preview.setVisible(false);
        hint.setVisible(false);
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(click -> apply());
        add(new Paragraph(getTranslation("newsletter.import.intro")), list, upload, hint, preview, apply);
    }

    private String listId() {
        String id = list.getValue();
        if (id == null) {
            throw new UserFacingException("newsletter.list.not-found");
        }
        return id;
    }

    private void show(byte[] file, ContactImportPreview rows) {
        content = file;
        upload.clearFileList();
        preview.setItems(rows.rows());
        preview.setVisible(true);
        apply.setEnabled(!rows.hasErrors() && !rows.rows().isEmpty());
        hint.setVisible(rows.hasErrors());
    }

    private void apply() {
        try {
            int imported = imports.apply(listId(), content);
            Notifications.success("newsletter.import.done", imported);
            preview.setVisible(false);
            apply.setEnabled(false);
        } catch (UserFacingException refusal) {
            Notifications.error(refusal);
        }
    }
}
