package fr.centressociaux.portail.documents;

import java.io.OutputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 * annexes. Numbers are numbers and dates are dates (a record's own date and count, or, for records
 * that carry none, read from its label "14/03/2024" and detail "12 participants"); each sheet's
 * header stays in view and filters its columns. Drill-down texts are written inline (memory flat).
 */
@Component
class BilanXlsx {


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
                texts.get("documents.xlsx.date"), texts.get("documents.xlsx.link")), 60, 30, 10, 12, 30)
                .inlineTexts();
        for (MeasureRecord record : drill.records()) {
            // Records of bilans submitted before records carried their date and count: read from the texts.
            sheet.row(Arrays.asList(record.label(), record.detail(),
                    record.count() != null ? record.count() : number(record.detail()),
                    record.date() != null ? record.date() : date(record.label(), record.detail()), record.path()));
        }
    }

    /** The count a record's detail starts with ("12 participants"), read by hand: this runs per record. */
    static @Nullable Number number(String detail) {
        int i = 0;
        while (i < detail.length() && i < 3 && !Character.isDigit(detail.charAt(i))) {
            i++;
        }
        long value = 0;
        int digits = 0;
        while (i < detail.length() && Character.isDigit(detail.charAt(i)) && digits < 15) {
            value = value * 10 + (detail.charAt(i++) - '0');
            digits++;
        }
        if (digits == 0) {
            return null;
        }
        if (i + 1 < detail.length() && (detail.charAt(i) == ',' || detail.charAt(i) == '.')
                && Character.isDigit(detail.charAt(i + 1))) {
            int end = i + 1;
            while (end < detail.length() && Character.isDigit(detail.charAt(end))) {
                end++;
            }
            return Double.parseDouble(value + "." + detail.substring(i + 1, end));
        }
        return value;
    }

    /** The first "dd/mm/yyyy" of the texts (modules write a record's date so in its label). */
    static @Nullable LocalDate date(String... texts) {
        for (String text : texts) {
            for (int slash = text.indexOf('/'); slash >= 2; slash = text.indexOf('/', slash + 1)) {
                int start = slash - 2;
                if (start + 10 <= text.length() && digits(text, start, 2) && text.charAt(start + 5) == '/'
                        && digits(text, start + 3, 2) && digits(text, start + 6, 4)) {
                    try {
                        return LocalDate.of(Integer.parseInt(text, start + 6, start + 10, 10),
                                Integer.parseInt(text, start + 3, start + 5, 10),
                                Integer.parseInt(text, start, start + 2, 10));
                    } catch (DateTimeException notADate) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private static boolean digits(String text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
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
