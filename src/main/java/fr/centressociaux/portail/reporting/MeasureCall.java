package fr.centressociaux.portail.reporting;

import java.util.List;
import java.util.Map;

import fr.centressociaux.portail.shared.measure.MeasureArguments;

/** Which measure an indicator quotes, with its arguments by parameter name, as stored in a convention. */
public record MeasureCall(String measureId, Map<String, List<String>> arguments) {

    public MeasureCall {
        arguments = new MeasureArguments(arguments).values();
    }

    public static MeasureCall of(String measureId, MeasureArguments arguments) {
        return new MeasureCall(measureId, arguments.values());
    }

    public MeasureArguments measureArguments() {
        return new MeasureArguments(arguments);
    }
}
