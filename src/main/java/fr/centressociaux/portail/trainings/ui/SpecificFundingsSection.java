package fr.centressociaux.portail.trainings.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.DangerConfirm;
import fr.centressociaux.portail.trainings.Fosfora;
import fr.centressociaux.portail.trainings.SpecificFunding;

import static fr.centressociaux.portail.trainings.ui.TrainingUi.ATTEMPT;

/** Staff's amounts of the FOSFORA fund spent outside sessions in the year (e.g. a congress): listed, added, removed. */
class SpecificFundingsSection extends Div {

    private final Fosfora fosfora;
    private final Runnable reload;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph();
    private final TextField label = new TextField();
    private final BigDecimalField amount = new BigDecimalField();
    private final FieldRefusals problems = new FieldRefusals();
    private int year;

    SpecificFundingsSection(Fosfora fosfora, Runnable reload) {
        this.fosfora = fosfora;
        this.reload = reload;
        addClassNames("training-section", "specific-fundings");
        list.addClassName("funding-list");
        none.addClassName("secondary-text");
        label.setLabel(getTranslation("training-reports.funding.label"));
        label.setMaxLength(150);
        amount.setLabel(getTranslation("training-reports.funding.amount"));
        amount.setLocale(Locale.FRANCE);
        problems.on("label", label).on("amount", amount).on("year", label);
        Button add = new Button(getTranslation("training-reports.funding.add"), VaadinIcon.PLUS.create(),
                click -> add());
        Div form = new Div(label, amount, add);
        form.addClassName("funding-form");
        add(new H2(getTranslation("training-reports.fundings")),
                new Paragraph(getTranslation("training-reports.fundings.help")), list, none, form);
    }

    void show(int shownYear) {
        year = shownYear;
        List<SpecificFunding> fundings = fosfora.specificFundings(year);
        list.removeAll();
        none.setText(getTranslation("training-reports.fundings.none", String.valueOf(year)));
        none.setVisible(fundings.isEmpty());
        for (SpecificFunding funding : fundings) {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> DangerConfirm.open(
                    "training-reports.funding.remove.title",
                    getTranslation("training-reports.funding.remove.text", funding.getLabel()),
                    "training-reports.funding.remove.confirm",
                    () -> ATTEMPT.run(() -> fosfora.removeSpecificFunding(funding.getId()), reload,
                            "training-reports.funding.removed", funding.getLabel())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("training-reports.funding.remove", funding.getLabel()));
            Span text = new Span(getTranslation("training-reports.funding.line", funding.getLabel(),
                    SessionActions.euros(funding.getAmount())));
            list.add(new ListItem(text, remove));
        }
    }

    private void add() {
        problems.clear();
        try {
            if (ATTEMPT.run(() -> fosfora.addSpecificFunding(year, label.getValue(), amount.getValue()), reload,
                    "training-reports.funding.added", label.getValue())) {
                label.clear();
                amount.clear();
            }
        } catch (InvalidInputException invalid) {
            problems.show(invalid.problems());
        }
    }
}
