package fr.centressociaux.portail.newsletter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A section personalised by the recipient's territory, written in the Markdown with marker
 * lines staff can read and edit: what comes before the first marker is for everyone, then one part
 * per territory ({@code {{territoire <id> <name>}}}), the part for everyone else
 * ({@code {{autres territoires}}}), and {@code {{fin des territoires}}}. Each recipient's mail keeps
 * the common lines and their territory's part, or the part for the others; a preview shows the
 * latter. Plain text, so the issue stays one list of Markdown sections and is stored as written.
 */
final class TerritoryParts {

    private static final Pattern TERRITORY = Pattern.compile("\\{\\{territoire (\\S+)(?: [^}]*)?}}");
    private static final String OTHERS = "{{autres territoires}}";
    private static final String END = "{{fin des territoires}}";

    private TerritoryParts() {
    }

    /** A section: its title for everyone, then each territory's lines (keyed by id, with its name), then the others'. */
    static String compose(String title, Map<String, Part> byTerritory, List<String> others) {
        StringBuilder section = new StringBuilder("## ").append(title).append("\n\n");
        byTerritory.forEach((id, part) -> section.append("{{territoire ").append(id).append(' ').append(part.name())
                .append("}}\n").append(String.join("\n", part.lines())).append('\n'));
        return section.append(OTHERS).append('\n').append(String.join("\n", others)).append('\n').append(END)
                .toString();
    }

    /** One territory's lines in a composed section. */
    record Part(String name, List<String> lines) {
    }

    static boolean isPersonalised(String section) {
        return section.lines().anyMatch(line -> line.strip().equals(OTHERS) || TERRITORY.matcher(line.strip()).matches());
    }

    /** The section as the recipient of this territory reads it (null: no territory, or a preview). */
    static String forTerritory(String section, @Nullable String territoryId) {
        if (!isPersonalised(section)) {
            return section;
        }
        Parsed parsed = parse(section);
        List<String> own = territoryId == null ? null : parsed.byTerritory().get(territoryId);
        List<String> lines = new ArrayList<>(parsed.common());
        lines.addAll(own != null ? own : parsed.others());
        lines.addAll(parsed.after());
        return String.join("\n", lines);
    }

    /**
     * The parts that would show nothing but the common lines (a heading with nothing under it):
     * territory ids, and {@code ""} for the others' part.
     */
    static List<String> emptyParts(String section) {
        if (!isPersonalised(section)) {
            return List.of();
        }
        Parsed parsed = parse(section);
        List<String> empty = new ArrayList<>();
        parsed.byTerritory().forEach((id, lines) -> {
            if (lines.stream().allMatch(String::isBlank)) {
                empty.add(id);
            }
        });
        if (parsed.others().stream().allMatch(String::isBlank)) {
            empty.add("");
        }
        return empty;
    }

    private record Parsed(List<String> common, Map<String, List<String>> byTerritory, List<String> others,
            List<String> after) {
    }

    private static Parsed parse(String section) {
        List<String> common = new ArrayList<>();
        Map<String, List<String>> byTerritory = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<String> current = common;
        for (String line : section.lines().toList()) {
            String marker = line.strip();
            Matcher territory = TERRITORY.matcher(marker);
            if (territory.matches()) {
                current = byTerritory.computeIfAbsent(territory.group(1), id -> new ArrayList<>());
            } else if (marker.equals(OTHERS)) {
                current = others;
            } else if (marker.equals(END)) {
                current = after;
            } else {
                current.add(line);
            }
        }
        return new Parsed(common, byTerritory, others, after);
    }
}
