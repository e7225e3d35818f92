package fr.centressociaux.portail.trainings.ui;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Predicate;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.SaveDialog;
import org.jspecify.annotations.Nullable;

/** The amount the FOSFORA fund pays for a session, in euros; left empty, none is recorded. */
class FosforaAmountDialog extends SaveDialog {

    private final BigDecimalField amount = new BigDecimalField();
    private final Predicate<@Nullable BigDecimal> record;
    private final FieldRefusals problems = new FieldRefusals();

    FosforaAmountDialog(@Nullable BigDecimal current, Predicate<@Nullable BigDecimal> record) {
        super("training-ui.save", "session-page.fosfora.title");
        this.record = record;
        amount.setLabel(getTranslation("session-page.fosfora.field"));
        amount.setLocale(Locale.FRANCE);
        amount.setValue(current);
        amount.setWidthFull();
        problems.on("fosforaAmount", amount);
        add(new Paragraph(getTranslation("session-page.fosfora.help")), amount);
    }

    @Override
    protected boolean save() {
        try {
            return record.test(amount.getValue());
        } catch (InvalidInputException invalid) {
            problems.show(invalid.problems());
            return false;
        }
    }
}
