package fr.centressociaux.portail.newsletter.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFilter;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.newsletter.ContactDraft;
import fr.centressociaux.portail.newsletter.MailingList;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.SaveDialog;
import org.jspecify.annotations.Nullable;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * A contact without an account: name, address, function, lists; staff also choose the centre (or
 * none, for a partner). A director's contacts belong to their own centre, which the service sets.
 */
class ContactDialog extends SaveDialog {

    private final BeanValidationBinder<ContactDraft> binder = new BeanValidationBinder<>(ContactDraft.class);
    private final Consumer<ContactDraft> onSave;

    /**
     * {@code centres} null: the person is a director, whose contacts all belong to {@code ownCentre}.
     */
    ContactDialog(Collection<MailingList> lists, @Nullable CentreService centres, @Nullable String ownCentre,
            Clock clock, Consumer<ContactDraft> onSave) {
        super("newsletter.contacts.save", "newsletter.contacts.dialog");
        this.onSave = onSave;
        TextField name = new TextField(getTranslation("newsletter.contacts.name"));
        name.setMaxLength(120);
        EmailField email = new EmailField(getTranslation("newsletter.contacts.email"));
        TextField function = new TextField(getTranslation("newsletter.contacts.function"));
        function.setMaxLength(120);
        function.setHelperText(getTranslation("newsletter.contacts.function-help"));
        Map<String, MailingList> byId = lists.stream().collect(Collectors.toMap(MailingList::getId, Function.identity()));
        MultiSelectComboBox<String> listIds = new MultiSelectComboBox<>(getTranslation("newsletter.contacts.lists"));
        listIds.setItems(byId.keySet());
        listIds.setItemLabelGenerator(id -> byId.get(id).getName());
        binder.bind(name, "name");
        binder.bind(email, "email");
        binder.bind(function, "function");
        binder.bind(listIds, "listIds");
        FormLayout form = new FormLayout(name, email, function, listIds);
        if (centres != null) {
            ComboBox<Centre> centre = centrePicker(centres, LocalDate.now(clock).getYear());
            binder.forField(centre).withConverter(c -> c == null ? null : c.getId(),
                    id -> id == null ? null : centres.get(id)).bind("centreId");
            form.add(centre);
        } else {
            // Not shown: a director's contacts are their centre's; the binder still carries it.
            ComboBox<String> own = new ComboBox<>();
            if (ownCentre != null) {
                own.setItems(ownCentre);
            }
            binder.bind(own, "centreId");
        }
        binder.readRecord(new ContactDraft("", "", null, ownCentre, Set.of()));
        add(form);
    }

    private ComboBox<Centre> centrePicker(CentreService centres, int year) {
        ComboBox<Centre> centre = new ComboBox<>(getTranslation("newsletter.contacts.centre"));
        centre.setItems(query -> centres.page(filter(year, query.getFilter().orElse("")), toSpringPageRequest(query))
                .stream(), query -> (int) centres.count(filter(year, query.getFilter().orElse(""))));
        centre.setItemLabelGenerator(c -> c.getProfile().name());
        centre.setHelperText(getTranslation("newsletter.contacts.centre-help"));
        centre.setClearButtonVisible(true);
        return centre;
    }

    private static CentreFilter filter(int year, String text) {
        return new CentreFilter(null, null, null, null, year, null, text.isBlank() ? null : text.strip());
    }

    @Override
    protected boolean save() {
        try {
            onSave.accept(binder.writeRecord());
            return true;
        } catch (ValidationException invalid) {
            return false;
        } catch (InvalidInputException invalid) {
            new FieldRefusals(binder).show(invalid.problems()).forEach(p -> Notifications.errorText(p.message()));
            return false;
        } catch (UserFacingException refusal) {
            Notifications.error(refusal);
            return false;
        }
    }
}
