package fr.centressociaux.portail.shared.measure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The values an indicator gives its measure's parameters, by parameter name; each a list (a single
 * value is a list of one). Absent and empty mean the same: not restricted.
 */
public record MeasureArguments(Map<String, List<String>> values) {

    public static final MeasureArguments NONE = new MeasureArguments(Map.of());

    public MeasureArguments {
        TreeMap<String, List<String>> copy = new TreeMap<>();
        values.forEach((name, list) -> {
            List<String> kept = list.stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
            if (!kept.isEmpty()) {
                copy.put(name, kept);
            }
        });
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public static MeasureArguments of(String name, String... values) {
        return NONE.with(name, values);
    }

    public MeasureArguments with(String name, String... more) {
        Map<String, List<String>> copy = new TreeMap<>(values);
        copy.put(name, List.of(more));
        return new MeasureArguments(copy);
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public Optional<String> single(String name) {
        return all(name).stream().findFirst();
    }
}
