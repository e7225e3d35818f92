package fr.centressociaux.portail.shared.ui;

import java.util.Locale;

import com.vaadin.flow.data.binder.ValueContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Decimals as a French user types them: the comma is the decimal separator, never dropped. */
class FrenchDecimalConverterTest {

    private final FrenchDecimalConverter converter = new FrenchDecimalConverter("Saisissez un nombre.");
    private final ValueContext context = new ValueContext(Locale.FRANCE);

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"8,5;8.5", "-1,5;-1.5", "8.5;8.5", "' 12 ';12", "1 234,25;1234.25",
            "1\u202f234,5;1234.5", "0,75;0.75"})
    void a_typed_decimal_becomes_its_number(String typed, double expected) {
        assertThat(converter.convertToModel(typed, context).getOrThrow(IllegalStateException::new))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8,5,3", "huit", "8,", ",5", "8 , 5 x"})
    void what_is_not_a_number_is_refused_with_the_message_given(String typed) {
        assertThat(converter.convertToModel(typed, context).isError()).isTrue();
        converter.convertToModel(typed, context).ifError(message -> assertThat(message)
                .isEqualTo("Saisissez un nombre."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"8.5;8,5", "12.0;12", "-1.5;-1,5"})
    void a_number_is_shown_back_with_a_comma(double value, String shown) {
        assertThat(converter.convertToPresentation(value, context)).isEqualTo(shown);
    }
}
