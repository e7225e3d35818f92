package fr.centressociaux.portail.newsletter.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.I18NProvider;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.CentreKind;
import fr.centressociaux.portail.newsletter.MailingList;
import fr.centressociaux.portail.newsletter.NewsletterSubscribers;
import fr.centressociaux.portail.newsletter.Segment;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import org.jspecify.annotations.Nullable;

/**
 * Who receives the issue: a list, narrowed by role, function, territory, department and kind of
 * structure, with the number of recipients shown as the choice changes — before anything is sent.
 */
class AudienceForm extends Div {

    private final NewsletterSubscribers subscribers;
    private final ComboBox<String> list = new ComboBox<>(getTranslation("newsletter.audience.list"));
    private final MultiSelectComboBox<Role> roles = new MultiSelectComboBox<>(getTranslation("newsletter.audience.roles"));
    private final TextField function = new TextField(getTranslation("newsletter.audience.function"));
    private final ComboBox<Territory> territory = new ComboBox<>(getTranslation("newsletter.audience.territory"));
    private final ComboBox<Department> department = new ComboBox<>(getTranslation("newsletter.audience.department"));
    private final ComboBox<CentreKind> kind = new ComboBox<>(getTranslation("newsletter.audience.kind"));
    private final Paragraph count = new Paragraph();

    AudienceForm(NewsletterSubscribers subscribers, List<Territory> territories) {
        this.subscribers = subscribers;
        addClassName("newsletter-audience");
        Map<String, MailingList> lists = subscribers.lists().stream()
                .collect(Collectors.toMap(MailingList::getId, Function.identity()));
        list.setItems(lists.keySet());
        list.setItemLabelGenerator(id -> lists.get(id).getName());
        list.setRequiredIndicatorVisible(true);
        subscribers.lists().stream().findFirst().map(MailingList::getId).ifPresent(list::setValue);
        roles.setItems(Role.ADMIN, Role.DELEGATE, Role.DIRECTOR, Role.PDN_COORDINATOR);
        roles.setItemLabelGenerator(role -> I18NProvider.translate(role.labelKey()));
        function.setValueChangeMode(ValueChangeMode.LAZY);
        territory.setItems(territories);
        territory.setItemLabelGenerator(Territory::getName);
        department.setItems(Department.values());
        department.setItemLabelGenerator(d -> I18NProvider.translate(d.labelKey()));
        kind.setItems(CentreKind.values());
        kind.setItemLabelGenerator(k -> I18NProvider.translate(k.labelKey()));
        for (var field : List.of(territory, department, kind)) {
            field.setClearButtonVisible(true);
        }
        list.addValueChangeListener(change -> recount());
        roles.addValueChangeListener(change -> recount());
        function.addValueChangeListener(change -> recount());
        territory.addValueChangeListener(change -> recount());
        department.addValueChangeListener(change -> recount());
        kind.addValueChangeListener(change -> recount());
        count.addClassName("newsletter-count");
        count.getElement().setAttribute("aria-live", "polite");
        add(new FormLayout(list, roles, function, territory, department, kind), count);
        recount();
    }

    Optional<Segment> segment() {
        String listId = list.getValue();
        if (listId == null) {
            return Optional.empty();
        }
        Territory chosen = territory.getValue();
        return Optional.of(new Segment(listId, roles.getValue(), blankToNull(function.getValue()),
                chosen == null ? null : chosen.getId(), department.getValue(), kind.getValue()));
    }

    private void recount() {
        count.setText(segment().map(s -> getTranslation("newsletter.audience.count", subscribers.count(s)))
                .orElse(getTranslation("newsletter.audience.choose-list")));
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
