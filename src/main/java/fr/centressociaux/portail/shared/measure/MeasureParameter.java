package fr.centressociaux.portail.shared.measure;

/**
 * One parameter of a {@link Measure}: its name in stored arguments, its French label (key), what
 * kind of value it takes (which tells an editor what to offer), whether several values may be
 * given (they are then added up: a territory grouping, several kinds of meeting) and whether it is
 * required.
 */
public record MeasureParameter(String name, String labelKey, ParameterKind kind, boolean multiple,
        boolean required) {

    public static MeasureParameter required(String name, ParameterKind kind, boolean multiple) {
        return new MeasureParameter(name, kind.labelKey(), kind, multiple, true);
    }

    public static MeasureParameter optional(String name, ParameterKind kind, boolean multiple) {
        return new MeasureParameter(name, kind.labelKey(), kind, multiple, false);
    }
}
