package fr.centressociaux.portail.shared.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Values written the French way, as the chart and its table show them: "1 234", "12,5 h", "80 %". */
public final class ChartNumbers {

    /** French typography puts a no-break space between a number and its unit. */
    private static final char NO_BREAK_SPACE = '\u00a0';

    private ChartNumbers() {
    }

    public static String format(double value, String unit) {
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        String number = format.format(value);
        return unit.isEmpty() ? number : number + NO_BREAK_SPACE + unit;
    }
}
