package fr.centressociaux.portail.shared.measure;

import java.util.List;

/** What every measure says of itself, kept once: its stable id, its label's key and its parameters. */
public abstract class NamedMeasure implements Measure {

    private final String id;
    private final String labelKey;
    private final List<MeasureParameter> parameters;

    protected NamedMeasure(String id, String labelKey, List<MeasureParameter> parameters) {
        this.id = id;
        this.labelKey = labelKey;
        this.parameters = List.copyOf(parameters);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    @Override
    public List<MeasureParameter> parameters() {
        return parameters;
    }
}
