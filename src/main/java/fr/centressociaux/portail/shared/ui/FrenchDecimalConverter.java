package fr.centressociaux.portail.shared.ui;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import org.jspecify.annotations.Nullable;

/**
 * A decimal number as a French user types it: "8,5", "-1,5", "1 234,5" (a point is accepted too).
 * The browser's number input reads "8,5" as 85, so decimal fields are text fields with this
 * converter; the value is shown back with a comma. Empty is null (a constraint says if required).
 */
public final class FrenchDecimalConverter implements Converter<String, Double> {

    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u202f]");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final String errorMessage;

    /** {@code errorMessage}: the French text shown when the input is not a number. */
    public FrenchDecimalConverter(String errorMessage) {
        this.errorMessage = errorMessage;
    }

    @Override
    public Result<Double> convertToModel(@Nullable String typed, ValueContext context) {
        String compact = typed == null ? "" : SPACES.matcher(typed).replaceAll("").replace(',', '.');
        if (compact.isEmpty()) {
            return Result.ok(null);
        }
        return DECIMAL.matcher(compact).matches() ? Result.ok(Double.valueOf(compact)) : Result.error(errorMessage);
    }

    @Override
    public String convertToPresentation(@Nullable Double value, ValueContext context) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
