package fr.centressociaux.portail.reporting;

import java.text.NumberFormat;
import java.util.Locale;

import fr.centressociaux.portail.shared.measure.MeasureUnit;

/** Figures as a French reader expects them: "12", "80 %", "22,5 h", and differences signed "+3", "−2". */
public final class FigureText {

    private FigureText() {
    }

    public static String value(Figure figure) {
        return figure.number().map(number -> withUnit(number, figure.unit(), false)).orElse("—");
    }

    public static String difference(double difference, MeasureUnit unit) {
        return withUnit(difference, unit, true);
    }

    private static String withUnit(double number, MeasureUnit unit, boolean signed) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(1);
        String text = format.format(Math.abs(number));
        String sign = number < 0 ? "−" : signed && number > 0 ? "+" : "";
        return sign + text + switch (unit) {
            case COUNT -> "";
            case PERCENT -> signed ? " pt" : " %";
            case HOURS -> " h";
        };
    }
}
