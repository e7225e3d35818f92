package fr.centressociaux.portail.newsletter.ui;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.centressociaux.portail.newsletter.ContactImport;
import fr.centressociaux.portail.newsletter.ContactImportPreview;
import fr.centressociaux.portail.newsletter.MailingList;
import fr.centressociaux.portail.newsletter.NewsletterSubscribers;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.ImportPreview;
import fr.centressociaux.portail.shared.ui.Notifications;

/**
 * Contacts from a CSV or Excel file onto a list: the file is previewed row by row with its problems
 * in French, and imported only when no row has one, all rows together.
 */
class ImportPanel extends Div {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final ComboBox<String> list = new ComboBox<>(getTranslation("newsletter.import.list"));

    ImportPanel(ContactImport imports, NewsletterSubscribers subscribers) {
        Map<String, MailingList> lists = subscribers.lists().stream()
                .collect(Collectors.toMap(MailingList::getId, Function.identity()));
        list.setItems(lists.keySet());
        list.setItemLabelGenerator(id -> lists.get(id).getName());
        subscribers.lists().stream().findFirst().map(MailingList::getId).ifPresent(list::setValue);
        ImportPreview<ContactImportPreview, ContactImportPreview.Row> preview = new ImportPreview<>(MAX_BYTES,
                read -> imports.preview(listId(), read), ContactImportPreview::rows, ContactImportPreview.Row::line,
                ContactImportPreview.Row::problems, grid -> {
                    grid.addColumn(ContactImportPreview.Row::name).setHeader(getTranslation("newsletter.contacts.name"));
                    grid.addColumn(ContactImportPreview.Row::email)
                            .setHeader(getTranslation("newsletter.contacts.email"));
                    grid.addColumn(row -> row.centre() == null ? "" : row.centre())
                            .setHeader(getTranslation("newsletter.contacts.centre"));
                }, new ImportPreview.Keys("import.column.line", "import.column.errors", "newsletter.import.blocked",
                        "newsletter.import.apply"),
                content -> Notifications.success("newsletter.import.done", imports.apply(listId(), content)));
        add(new Paragraph(getTranslation("newsletter.import.intro")), list, preview.upload(), preview.hint(),
                preview.grid(), preview.applyButton());
    }

    private String listId() {
        String id = list.getValue();
        if (id == null) {
            throw new UserFacingException("newsletter.list.not-found");
        }
        return id;
    }
}
