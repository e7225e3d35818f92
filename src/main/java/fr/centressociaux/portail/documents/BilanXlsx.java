package fr.centressociaux.portail.documents;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.centressociaux.portail.reporting.BilanLine;
import fr.centressociaux.portail.shared.Spreadsheet;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.measure.MeasureRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The bilan as a workbook, streamed sheet after sheet through the portal's {@link Spreadsheet}: one
 * sheet per fiche action (objective, indicator, value, unit, previous year, difference, the
 * drill-down sheet's name), then one sheet per figure with the records behind it, then the
 * annexes. Numbers are numbers and dates are dates (a record's date is read from its label, where
 * the modules write it "14/03/2024"); each sheet's header stays in view and filters its columns.
 */
@Component
class BilanXlsx {

    private static final Pattern DATE = Pattern.compile("\\b(\\d{2}/\\d{2}/\\d{4})\\b");
    private static final Pattern NUMBER = Pattern.compile("^\\D{0,3}?(\\d+(?:[,.]\\d+)?)");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Texts texts;

    BilanXlsx(Texts texts) {
        this.texts = texts;
    }

    void write(BilanDocument document, OutputStream out, Progress progress) {
        SheetNames names = new SheetNames();
        Spreadsheet workbook = Spreadsheet.on(out, names.unique(document.chapters().isEmpty()
                ? document.title() : document.chapters().getFirst().title()));
        if (document.chapters().isEmpty()) {
            workbook.title(document.title()).note(document.emptyNotice() == null ? "" : document.emptyNotice());
        }
        List<Drill> drills = new ArrayList<>();
        boolean first = true;
        for (BilanDocument.Chapter chapter : document.chapters()) {
            if (!first) {
                workbook.nextSheet(names.unique(chapter.title()));
            }
            first = false;
            fiche(workbook, document, chapter, names, drills);
        }
        int done = 0;
        for (Drill drill : drills) {
            workbook.nextSheet(drill.sheet());
            records(workbook, drill);
            progress.step(++done, drills.size() + 1);
        }
        for (BilanDocument.Annex annex : document.annexes()) {
            workbook.nextSheet(names.unique(annex.tab()));
            workbook.title(annex.title()).header(annex.columns(), 50, 14);
            annex.rows().forEach(workbook::row);
            if (!annex.note().isEmpty()) {
                workbook.note(annex.note());
            }
        }
        workbook.finish();
        progress.reached(1);
    }

    private void fiche(Spreadsheet sheet, BilanDocument document, BilanDocument.Chapter chapter, SheetNames names,
            List<Drill> drills) {
        sheet.title(document.title() + " — " + chapter.title());
        if (document.emptyNotice() != null) {
            sheet.note(document.emptyNotice());
        }
        sheet.header(List.of(texts.get("documents.xlsx.objective"), texts.get("documents.xlsx.indicator"),
                texts.get("documents.xlsx.value", String.valueOf(document.year())), texts.get("documents.xlsx.unit"),
                texts.get("documents.xlsx.value", String.valueOf(document.year() - 1)),
                texts.get("documents.xlsx.difference"), texts.get("documents.xlsx.records"),
                texts.get("documents.xlsx.problem")), 40, 40, 12, 10, 12, 10, 30, 40);
        for (BilanDocument.Objective objective : chapter.objectives()) {
            for (BilanLine line : objective.lines()) {
                String drill = null;
                if (!line.current().records().isEmpty()) {
                    drill = names.unique((drills.size() + 1) + " " + line.indicator().label());
                    drills.add(new Drill(drill, line.indicator().label(), line.current().records()));
                }
                sheet.row(Arrays.asList(objective.title(), line.indicator().label(),
                        line.current().number().orElse(null),
                        line.current().isBroken() ? null : texts.get("documents.unit." + line.current().unit().name()),
                        line.previous().number().orElse(null), line.difference().orElse(null), drill,
                        line.current().problem()));
            }
        }
    }

    private void records(Spreadsheet sheet, Drill drill) {
        sheet.title(drill.title()).header(List.of(texts.get("documents.xlsx.record"),
                texts.get("documents.xlsx.detail"), texts.get("documents.xlsx.count"),
                texts.get("documents.xlsx.date"), texts.get("documents.xlsx.link")), 60, 30, 10, 12, 30);
        for (MeasureRecord record : drill.records()) {
            sheet.row(Arrays.asList(record.label(), record.detail(), number(record.detail()),
                    date(record.label() + " " + record.detail()), record.path()));
        }
    }

    /** The count a record's detail starts with ("12 participants"). */
    static @Nullable Number number(String detail) {
        Matcher matcher = NUMBER.matcher(detail);
        if (!matcher.find()) {
            return null;
        }
        double value = Double.parseDouble(matcher.group(1).replace(',', '.'));
        return value == Math.rint(value) ? (Number) (long) value : (Number) value;
    }

    static @Nullable LocalDate date(String text) {
        Matcher matcher = DATE.matcher(text);
        try {
            return matcher.find() ? LocalDate.parse(matcher.group(1), FRENCH_DATE) : null;
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private record Drill(String sheet, String title, List<MeasureRecord> records) {
    }

    /** Sheet names as Excel takes them: at most 31 characters, no two alike. */
    private static final class SheetNames {

        private static final int LIMIT = 31;
        private final Set<String> taken = new HashSet<>();

        String unique(String wanted) {
            String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
            String name = base.length() > LIMIT ? base.substring(0, LIMIT) : base;
            for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                name = (base.length() > LIMIT - suffix.length() ? base.substring(0, LIMIT - suffix.length()) : base)
                        + suffix;
            }
            return name;
        }
    }
}
