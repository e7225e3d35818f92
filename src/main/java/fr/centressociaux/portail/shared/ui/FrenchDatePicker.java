package fr.centressociaux.portail.shared.ui;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * A date picker that speaks French: month and day names from the JDK's French symbols, typed
 * dates as 31/12/2027, weeks starting on Monday, buttons and messages from the translation files.
 */
public class FrenchDatePicker extends DatePicker {

    public FrenchDatePicker(String label) {
        super(label);
        setLocale(Locale.FRANCE);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.FRANCE);
        setI18n(new DatePickerI18n()
                .setMonthNames(Arrays.stream(symbols.getMonths()).limit(12).toList())
                // DateFormatSymbols starts its day names with an empty entry: Sunday is index 1.
                .setWeekdays(days(symbols.getWeekdays()))
                .setWeekdaysShort(days(symbols.getShortWeekdays()))
                .setFirstDayOfWeek(1)
                .setDateFormat("dd/MM/yyyy")
                .setToday(getTranslation("datepicker.today"))
                .setCancel(getTranslation("datepicker.cancel"))
                .setBadInputErrorMessage(getTranslation("datepicker.bad-input")));
    }

    private static List<String> days(String[] names) {
        return Arrays.stream(names).skip(1).toList();
    }
}
