package fr.centressociaux.portail.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.audit.AuditEntry;
import fr.centressociaux.portail.audit.AuditEventType;
import fr.centressociaux.portail.audit.AuditFilter;
import fr.centressociaux.portail.audit.AuditLog;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** Admins read the audit log, newest first, filtered by event, person and dates. Read-only. */
@Route("journal")
@Menu(title = "menu.audit", order = 85, icon = "vaadin:records")
@RolesAllowed("ADMIN")
class AuditLogView extends Main implements HasDynamicTitle {

    private final Grid<AuditEntry> grid = new Grid<>();
    private final Select<AuditEventType> type = new Select<>();
    private final TextField text = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    AuditLogView(AuditLog audit) {
        addClassName("list-page");
        grid.addColumn(entry -> FrenchDates.dateTime(entry.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation(entry.type().labelKey())).setHeader(getTranslation("audit.type"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("audit.subject")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntry::remoteAddress).setHeader(getTranslation("audit.address"));
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.detail"));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setItems(query -> audit.page(filter(), toSpringPageRequest(query)).stream(),
                query -> (int) audit.count(filter()));
        grid.setSizeFull();
        add(new ViewHeader("audit.title", "audit.intro", filters()), grid);
    }

    private Div filters() {
        type.setItems(AuditEventType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("audit.all-types"));
        type.setItemLabelGenerator(value -> value == null ? getTranslation("audit.all-types")
                : getTranslation(value.labelKey()));
        type.setAriaLabel(getTranslation("audit.type"));
        text.setPlaceholder(getTranslation("audit.search"));
        text.setAriaLabel(getTranslation("audit.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        from.setPlaceholder(getTranslation("audit.from"));
        from.setAriaLabel(getTranslation("audit.from"));
        to.setPlaceholder(getTranslation("audit.to"));
        to.setAriaLabel(getTranslation("audit.to"));
        type.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        text.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Div filters = new Div(type, text, from, to);
        filters.addClassName("filters");
        return filters;
    }

    private AuditFilter filter() {
        return new AuditFilter(type.getValue(), text.getValue(), from.getValue(), to.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
