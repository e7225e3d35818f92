package fr.centressociaux.portail.reporting.ui;

import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.reporting.Convention;
import fr.centressociaux.portail.reporting.ConventionService;
import fr.centressociaux.portail.reporting.MeasureCatalogue;
import fr.centressociaux.portail.reporting.MeasureChoices;
import fr.centressociaux.portail.shared.ui.ConcurrentEditDialog;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * A convention's fiches action, objectives and indicators, edited as a whole and saved in one
 * write with the version opened ({@link StructureEditor} lays them out). A new convention needs no
 * code: staff add its fiches here and pick each indicator's measure from the catalogue.
 */
@Route(ConventionsView.PATH + "/indicateurs")
@RolesAllowed("ADMIN")
class ConventionStructureView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final ConventionService conventions;
    private final MeasureCatalogue catalogue;
    private final MeasureChoices choices;
    private @Nullable Convention convention;
    private @Nullable StructureEditor editor;

    ConventionStructureView(ConventionService conventions, MeasureCatalogue catalogue, MeasureChoices choices) {
        this.conventions = conventions;
        this.catalogue = catalogue;
        this.choices = choices;
        addClassName("convention-structure-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        ConventionPages.openOrTellGone(this, conventions, id, this::open);
    }

    private void open(Convention found) {
        convention = found;
        removeAll();
        ComboBox<Integer> year = new ComboBox<>(getTranslation("convention.preview-year"));
        year.setItems(IntStream.rangeClosed(found.getFirstYear(), found.getLastYear()).boxed().toList());
        year.setValue(found.getFirstYear());
        StructureEditor shown = new StructureEditor(found.getFiches(), catalogue, choices,
                () -> year.getValue() == null ? found.getFirstYear() : year.getValue());
        editor = shown;
        Button save = new Button(getTranslation("convention.structure.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(getTranslation("convention.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ConventionsView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(year, save, back);
        actions.addClassName("convention-structure-actions");
        add(ViewHeader.titled(getTranslation("convention.structure.title", found.getNetworkHead(),
                found.getFunderName(), String.valueOf(found.getFirstYear()), String.valueOf(found.getLastYear())),
                "convention.structure.intro"), actions, shown);
    }

    private void save() {
        Convention shown = convention;
        StructureEditor edits = editor;
        if (shown == null || edits == null) {
            return;
        }
        FieldRefusals refusals = edits.refusals();
        refusals.attempt(() -> conventions.replaceFiches(shown.getId(), shown.getVersion(), edits.fiches()),
                refusal -> {
                    if ("edit.concurrent".equals(refusal.messageKey())) {
                        ConcurrentEditDialog.open(BilanActions.KEYS, () -> open(conventions.get(shown.getId())));
                    } else {
                        Notifications.error(refusal);
                    }
                }).ifPresent(saved -> {
                    Notifications.success("convention.structure.saved");
                    open(saved);
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("convention.structure.page-title");
    }
}
