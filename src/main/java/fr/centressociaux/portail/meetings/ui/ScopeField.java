package fr.centressociaux.portail.meetings.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.ScopeLevel;
import fr.centressociaux.portail.meetings.ui.MeetingChoices.TerritoryChoice;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * For whom a meeting is: one territory (among those existing on its date), one department, or
 * the whole network. Only admins choose the last two; someone who may only schedule for their
 * territories sees just the territory list. Its value is the scope chosen, or null while a
 * territory or department is still to choose; a problem with it shows on the territory or
 * department being chosen, else on the level.
 */
class ScopeField extends AbstractCompositeField<Div, ScopeField, @Nullable MeetingScope> implements HasValidation {

    private final List<TerritoryChoice> territories;
    private final boolean anyScope;
    private final RadioButtonGroup<ScopeLevel> level = new RadioButtonGroup<>();
    private final Select<TerritoryChoice> territory = new Select<>();
    private final Select<Department> department = new Select<>();

    ScopeField(List<TerritoryChoice> territories, boolean anyScope) {
        super(null);
        this.territories = territories;
        this.anyScope = anyScope;
        getContent().addClassName("scope-field");
        level.setLabel(getTranslation("meeting-form.scope"));
        level.setItems(ScopeLevel.values());
        level.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        level.setValue(ScopeLevel.TERRITORY);
        enableLevels();
        territory.setLabel(getTranslation("meeting-form.territory"));
        territory.setItemLabelGenerator(choice -> choice == null ? "" : choice.name());
        department.setLabel(getTranslation("meeting-form.department"));
        department.setItems(Department.values());
        department.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        level.addValueChangeListener(change -> {
            showChoice();
            chosen(change.isFromClient());
        });
        territory.addValueChangeListener(change -> chosen(change.isFromClient()));
        department.addValueChangeListener(change -> chosen(change.isFromClient()));
        offerOn(null);
        getContent().add(level, territory, department);
        showChoice();
    }

    private void chosen(boolean fromClient) {
        setModelValue(scopeChosen(), fromClient);
    }

    private @Nullable MeetingScope scopeChosen() {
        ScopeLevel chosen = level.getValue();
        if (chosen == null) {
            return null;
        }
        return switch (chosen) {
            case TERRITORY -> territory.getValue() == null ? null : MeetingScope.territory(territory.getValue().id());
            case DEPARTMENT -> department.getValue() == null ? null : MeetingScope.department(department.getValue());
            case NETWORK -> MeetingScope.network();
        };
    }

    @Override
    protected void setPresentationValue(@Nullable MeetingScope scope) {
        if (scope == null) {
            return;
        }
        level.setValue(scope.level());
        enableLevels();
        territory.setValue(territories.stream().filter(choice -> choice.id().equals(scope.territoryId()))
                .findFirst().orElse(null));
        department.setValue(scope.department());
        showChoice();
    }

    /** Only territories that exist on the meeting's date; the choice stays when it still does. */
    void offerOn(@Nullable LocalDate day) {
        TerritoryChoice chosen = territory.getValue();
        List<TerritoryChoice> offered = territories.stream()
                .filter(choice -> day == null ? choice.validTo() == null : choice.isValidOn(day)).toList();
        territory.setItems(offered);
        if (chosen != null && offered.contains(chosen)) {
            territory.setValue(chosen);
        } else if (offered.size() == 1) {
            territory.setValue(offered.getFirst());
        }
    }

    /** Where a problem with the scope shows: the territory or department being chosen, else the level. */
    private HasValidation fieldInTrouble() {
        return switch (level.getValue() == null ? ScopeLevel.NETWORK : level.getValue()) {
            case TERRITORY -> territory;
            case DEPARTMENT -> department;
            case NETWORK -> level;
        };
    }

    @Override
    public void setErrorMessage(@Nullable String message) {
        fieldInTrouble().setErrorMessage(message);
    }

    @Override
    public @Nullable String getErrorMessage() {
        return fieldInTrouble().getErrorMessage();
    }

    /** Marks the field in trouble only: one marked before the level changed is cleared. */
    @Override
    public void setInvalid(boolean invalid) {
        List.<HasValidation>of(level, territory, department).forEach(field -> field.setInvalid(false));
        if (invalid) {
            fieldInTrouble().setInvalid(true);
        }
    }

    @Override
    public boolean isInvalid() {
        return fieldInTrouble().isInvalid();
    }

    /**
     * No required mark: the territory and department are Selects, whose required state puts
     * aria-required on a button (DD010); the level always has a value.
     */
    @Override
    public void setRequiredIndicatorVisible(boolean requiredIndicatorVisible) {
    }

    /** A meeting that already has a wider scope keeps it, even for someone who could not choose it. */
    private void enableLevels() {
        ScopeLevel current = level.getValue();
        level.setItemEnabledProvider(value -> anyScope || value == ScopeLevel.TERRITORY || value == current);
    }

    private void showChoice() {
        ScopeLevel chosen = level.getValue();
        territory.setVisible(chosen == ScopeLevel.TERRITORY);
        department.setVisible(chosen == ScopeLevel.DEPARTMENT);
        level.setVisible(anyScope || chosen != ScopeLevel.TERRITORY);
    }
}
