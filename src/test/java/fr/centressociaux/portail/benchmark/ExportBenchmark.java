package fr.centressociaux.portail.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigInteger;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import fr.centressociaux.portail.documents.BilanDocument;
import fr.centressociaux.portail.documents.DocumentFormat;
import fr.centressociaux.portail.documents.DocumentWriters;
import fr.centressociaux.portail.documents.NarrativeBlock;
import fr.centressociaux.portail.documents.Progress;
import fr.centressociaux.portail.reporting.BilanLine;
import fr.centressociaux.portail.reporting.Figure;
import fr.centressociaux.portail.reporting.FigureText;
import fr.centressociaux.portail.reporting.Indicator;
import fr.centressociaux.portail.reporting.MeasureCall;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureRecord;
import fr.centressociaux.portail.shared.measure.MeasureValue;
import fr.centressociaux.portail.support.PortalRuns;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What writing the bilan as Word, PDF and Excel costs (issue 15), against the bare libraries writing
 * the same tables with the same texts in the same run:
 * <pre>
 * ./mvnw -B -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=fr.centressociaux.portail.benchmark.ExportBenchmark [-Dexec.args="5 150000"]
 * </pre>
 * Arguments: timed iterations, rows of the long drill-down sheet. The bilan is built in memory at ten
 * times the demo 2024 bilan's size (computing it is {@code BilanBenchmark}'s subject, not this one's).
 * The portal is started for the writers' French texts. Heap is measured after a full GC while the
 * file is being written (at its first byte, when a Word document is all in memory, then every 512 KB),
 * minus the heap held before writing (the bilan itself).
 * Results and how to read them: docs/benchmarks.md.
 */
public final class ExportBenchmark {

    private static final int FICHES = 3;
    private static final int OBJECTIVES = 6;
    private static final int INDICATORS = 10;
    private static final int RECORDS_PER_LINE = 500;
    private static final int YEAR = 2024;

    private ExportBenchmark() {
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int longSheet = args.length > 1 ? Integer.parseInt(args[1]) : 150_000;
        try (ConfigurableApplicationContext portal = PortalRuns.start(PortalRuns.freshEmbeddedDatabase(),
                "logging.level.root=warn", "vaadin.devmode.devTools.enabled=false")) {
            DocumentWriters writers = portal.getBean(DocumentWriters.class);
            BilanDocument bilan = tenTimesTheBilan();
            System.out.printf(Locale.ROOT, "%nBilan: %d fiches, %d indicators, %d drill-down records%n%n",
                    bilan.chapters().size(), bilan.lines().size(), bilan.lines().stream()
                            .mapToInt(line -> line.current().records().size()).sum());
            System.out.printf(Locale.ROOT, "%-34s %10s %10s %8s%n", "10x bilan (in turns)", "median ms", "p95 ms",
                    "ratio");
            for (DocumentFormat format : DocumentFormat.values()) {
                TimedInTurns.compare(format.name(), List.of(
                        new TimedInTurns.Call("portal", () -> written(out -> writers.write(bilan, format, out,
                                Progress.NONE))),
                        new TimedInTurns.Call("bare library", () -> written(out -> bare(bilan, format, out)))),
                        iterations, 2, 34);
            }
            System.out.printf(Locale.ROOT, "%n%-34s %10s %12s%n", "10x bilan, one write", "heap MB", "file KB");
            for (DocumentFormat format : DocumentFormat.values()) {
                heap("portal " + format, out -> writers.write(bilan, format, out, Progress.NONE));
                heap("bare library " + format, out -> bare(bilan, format, out));
            }
            System.out.printf(Locale.ROOT, "%nLong drill-down sheet (XLSX, streamed)%n");
            for (int rows : new int[] {longSheet / 10, longSheet}) {
                BilanDocument sheet = oneSheet(rows);
                TimedInTurns.compare(rows + " rows", List.of(
                        new TimedInTurns.Call("portal", () -> written(out -> writers.write(sheet, DocumentFormat.XLSX,
                                out, Progress.NONE))),
                        new TimedInTurns.Call("bare fastexcel", () -> written(out -> bare(sheet, DocumentFormat.XLSX,
                                out)))), 3, 1, 34);
                heap("portal " + rows + " rows", out -> writers.write(sheet, DocumentFormat.XLSX, out, Progress.NONE));
                heap("bare fastexcel " + rows + " rows", out -> bare(sheet, DocumentFormat.XLSX, out));
            }
        }
        System.exit(0);
    }

    /** Writes to a stream that only counts, and returns the count. */
    private static long written(Consumer<OutputStream> writer) {
        Counting out = new Counting(false);
        writer.accept(out);
        return out.count;
    }

    /** One write sampling the heap after a GC at its first byte and every 512 KB, minus what was held before. */
    private static void heap(String label, Consumer<OutputStream> writer) {
        Counting sampled = new Counting(true);
        writer.accept(sampled);
        sampled.close();
        System.out.printf(Locale.ROOT, "%-34s %10.1f %12d%n", label,
                (sampled.maxHeap - sampled.heapBefore) / 1048576.0, sampled.count / 1024);
    }

    /** Counts what is written, and with {@code sampling} reads the heap after a GC every 512 KB. */
    private static final class Counting extends OutputStream {
        private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
        private static final long EVERY = 512 * 1024;
        private final boolean sampling;
        private final long heapBefore;
        private long count;
        private long maxHeap;
        private long nextSample;

        Counting(boolean sampling) {
            this.sampling = sampling;
            this.heapBefore = sampling ? heapAfterGc() : 0;
            this.maxHeap = heapBefore;
        }

        @Override
        public void write(int b) {
            count++;
            sample();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
            sample();
        }

        @Override
        public void close() {
            if (sampling) {
                maxHeap = Math.max(maxHeap, heapAfterGc());
            }
        }

        private void sample() {
            if (sampling && count >= nextSample) {
                nextSample += EVERY;
                maxHeap = Math.max(maxHeap, heapAfterGc());
            }
        }

        private static long heapAfterGc() {
            System.gc();
            return MEMORY.getHeapMemoryUsage().getUsed();
        }
    }

    // ---- the bilan, ten times the demo's ----

    private static BilanDocument tenTimesTheBilan() {
        List<BilanDocument.Chapter> chapters = new ArrayList<>();
        for (int f = 1; f <= FICHES; f++) {
            List<BilanDocument.Objective> objectives = new ArrayList<>();
            for (int o = 1; o <= OBJECTIVES; o++) {
                List<BilanLine> lines = new ArrayList<>();
                for (int i = 1; i <= INDICATORS; i++) {
                    lines.add(line("Indicateur " + f + "." + o + "." + i + " — réunions du territoire", 40 + i, 35 + i,
                            RECORDS_PER_LINE));
                }
                objectives.add(new BilanDocument.Objective("Objectif " + o + " : animer et outiller le réseau "
                        + "des centres sociaux du territoire", narrative(), lines));
            }
            chapters.add(new BilanDocument.Chapter("Fiche action " + f + " — soutenir le réseau départemental",
                    objectives, List.of()));
        }
        List<List<Object>> meetings = new ArrayList<>();
        for (int m = 0; m < 1_500; m++) {
            meetings.add(Arrays.asList(LocalDate.of(YEAR, 1 + m % 12, 1 + m % 28), "Réunion " + m,
                    "Réunion des directions", 10 + m % 40, m % 3 == 0 ? "Oui" : "Non"));
        }
        BilanDocument.Annex annex = new BilanDocument.Annex("Annexe — feuilles d’émargement des réunions 2024",
                "Émargements 2024", List.of("Date", "Réunion", "Type", "Participants", "Feuille signée"),
                meetings, "");
        return new BilanDocument("Bilan 2024 — Fédération (10×)", List.of("Financeur : Département du Pas-de-Calais"),
                YEAR, new BilanDocument.Columns("Objectifs", "Bilan 2024"), chapters, List.of(annex), null);
    }

    private static BilanDocument oneSheet(int rows) {
        BilanDocument.Objective objective = new BilanDocument.Objective("Participants", List.of(),
                List.of(line("Participants aux réunions", rows, rows - 10, rows)));
        return new BilanDocument("Détail", List.of(), YEAR, new BilanDocument.Columns("Objectifs", "Bilan 2024"),
                List.of(new BilanDocument.Chapter("Fiche", List.of(objective), List.of())), List.of(), null);
    }

    private static List<NarrativeBlock> narrative() {
        NarrativeBlock.Run text = new NarrativeBlock.Run("Les centres du territoire se sont réunis régulièrement ; "
                + "les directions ont travaillé le projet social, la participation des habitants et l’accueil. ", false,
                false);
        NarrativeBlock.Run bold = new NarrativeBlock.Run("42 réunions", true, false);
        return List.of(new NarrativeBlock.Heading(2, List.of(text)), new NarrativeBlock.Paragraph(List.of(text, bold, text)),
                new NarrativeBlock.ListItem(0, "•", List.of(text)), new NarrativeBlock.ListItem(0, "•", List.of(text)),
                new NarrativeBlock.Paragraph(List.of(text, text)));
    }

    private static BilanLine line(String label, double now, double before, int records) {
        List<MeasureRecord> behind = new ArrayList<>(records);
        for (int r = 0; r < records; r++) {
            LocalDate day = LocalDate.of(YEAR, 1 + r % 12, 1 + r % 28);
            behind.add(MeasureRecord.of("Réunion des directions — " + FRENCH_DATE.format(day), (r % 60)
                    + " participant(s)", "/reunions/" + r).on(day).counting(r % 60));
        }
        return new BilanLine(Indicator.of(label, MeasureCall.of("meetings.count", MeasureArguments.NONE)),
                Figure.of(MeasureValue.count((long) now, behind)), Figure.of(MeasureValue.count((long) before, List.of())));
    }

    // ---- the same tables written with the bare libraries ----

    private static void bare(BilanDocument bilan, DocumentFormat format, OutputStream out) {
        try {
            switch (format) {
                case DOCX -> bareDocx(bilan, out);
                case PDF -> barePdf(bilan, out);
                case XLSX -> bareXlsx(bilan, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(BilanDocument.Objective objective) {
        List<String> texts = new ArrayList<>();
        for (NarrativeBlock block : objective.narrative()) {
            List<NarrativeBlock.Run> runs = switch (block) {
                case NarrativeBlock.Heading heading -> heading.runs();
                case NarrativeBlock.Paragraph paragraph -> paragraph.runs();
                case NarrativeBlock.ListItem item -> item.runs();
                case NarrativeBlock.Table table -> List.of();
            };
            texts.add(runs.stream().map(NarrativeBlock.Run::text).reduce("", String::concat));
        }
        objective.lines().forEach(line -> texts.add(figureText(line)));
        return texts;
    }

    /** The Word layout of {@code BilanDocx} written with POI directly: same runs, shading, widths, indents, footer. */
    private static void bareDocx(BilanDocument bilan, OutputStream out) throws IOException {
        try (XWPFDocument word = new XWPFDocument()) {
            word.getProperties().getCoreProperties().setTitle(bilan.title());
            word.getProperties().getCoreProperties().setCreator("Fédération des centres sociaux");
            XWPFParagraph footer = word.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            footer.setAlignment(ParagraphAlignment.CENTER);
            footer.getCTP().addNewFldSimple().setInstr("PAGE");
            run(word.createParagraph(), bilan.title(), true, false, 18);
            bilan.heading().forEach(line -> run(word.createParagraph(), line, false, false, 11));
            for (BilanDocument.Chapter chapter : bilan.chapters()) {
                XWPFParagraph title = word.createParagraph();
                title.setSpacingBefore(240);
                run(title, chapter.title(), true, false, 14);
                XWPFTable table = word.createTable(1, 2);
                table.setWidth("100%");
                table.getRow(0).setRepeatHeader(true);
                shaded(table.getRow(0).getCell(0), bilan.columns().left(), 2800);
                shaded(table.getRow(0).getCell(1), bilan.columns().right(), 6800);
                for (BilanDocument.Objective objective : chapter.objectives()) {
                    XWPFTableRow row = table.createRow();
                    run(row.getCell(0).getParagraphs().getFirst(), objective.title(), true, false, 10);
                    XWPFTableCell cell = row.getCell(1);
                    boolean first = true;
                    for (NarrativeBlock block : objective.narrative()) {
                        XWPFParagraph paragraph = first ? cell.getParagraphs().getFirst() : cell.addParagraph();
                        first = false;
                        switch (block) {
                            case NarrativeBlock.Heading heading -> heading.runs().forEach(text -> run(paragraph,
                                    text.text(), true, text.italic(), heading.level() <= 2 ? 12 : 11));
                            case NarrativeBlock.Paragraph text -> text.runs().forEach(part -> run(paragraph,
                                    part.text(), part.bold(), part.italic(), 10));
                            case NarrativeBlock.ListItem item -> {
                                paragraph.setIndentationLeft(360 * (item.depth() + 1));
                                paragraph.setIndentationHanging(280);
                                run(paragraph, item.marker() + "\t", false, false, 10);
                                item.runs().forEach(part -> run(paragraph, part.text(), part.bold(), part.italic(), 10));
                            }
                            case NarrativeBlock.Table grid -> throw new IllegalStateException("no table in this bilan");
                        }
                    }
                    for (BilanLine line : objective.lines()) {
                        run(first ? cell.getParagraphs().getFirst() : cell.addParagraph(), figureText(line), false,
                                false, 10);
                        first = false;
                    }
                }
            }
            for (BilanDocument.Annex annex : bilan.annexes()) {
                XWPFParagraph title = word.createParagraph();
                title.setPageBreak(true);
                run(title, annex.title(), true, false, 14);
                XWPFTable table = word.createTable(1, annex.columns().size());
                table.setWidth("100%");
                table.getRow(0).setRepeatHeader(true);
                for (int c = 0; c < annex.columns().size(); c++) {
                    shaded(table.getRow(0).getCell(c), annex.columns().get(c), 0);
                }
                for (List<Object> cells : annex.rows()) {
                    XWPFTableRow row = table.createRow();
                    for (int c = 0; c < cells.size(); c++) {
                        run(row.getCell(c).getParagraphs().getFirst(), french(cells.get(c)), false, false, 10);
                    }
                }
            }
            word.write(out);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        if (bold) {
            run.setBold(true);
        }
        if (italic) {
            run.setItalic(true);
        }
        if (size != 10) {
            run.setFontSize(size);
        }
    }

    private static void shaded(XWPFTableCell cell, String text, int width) {
        cell.setColor("E6ECF5");
        if (width > 0) {
            cell.getCTTc().addNewTcPr().addNewTcW().setW(BigInteger.valueOf(width));
        }
        run(cell.getParagraphs().getFirst(), text, true, false, 10);
    }

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final NumberFormat FRENCH_NUMBER = NumberFormat.getNumberInstance(Locale.FRANCE);

    /** An annex cell as the documents print it: dates "14/03/2024", numbers the French way. */
    private static String french(Object cell) {
        return cell instanceof LocalDate date ? FRENCH_DATE.format(date)
                : cell instanceof Number number ? FRENCH_NUMBER.format(number) : String.valueOf(cell);
    }

    private static String figureText(BilanLine line) {
        return line.indicator().label() + " : " + FigureText.value(line.current()) + " (" + (YEAR - 1) + " : "
                + FigureText.value(line.previous()) + ", écart "
                + FigureText.difference(line.difference().orElse(0.0), line.current().unit()) + ")";
    }

    private static void barePdf(BilanDocument bilan, OutputStream out) {
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(bilan.title()));
        for (BilanDocument.Chapter chapter : bilan.chapters()) {
            document.add(new Paragraph(chapter.title()));
            PdfPTable table = new PdfPTable(new float[] {30, 70});
            table.setHeaderRows(1);
            table.addCell("Objectifs");
            table.addCell("Bilan " + YEAR);
            for (BilanDocument.Objective objective : chapter.objectives()) {
                table.addCell(objective.title());
                PdfPCell cell = new PdfPCell();
                texts(objective).forEach(text -> cell.addElement(new Paragraph(text)));
                table.addCell(cell);
            }
            document.add(table);
        }
        for (BilanDocument.Annex annex : bilan.annexes()) {
            document.newPage();
            PdfPTable table = new PdfPTable(annex.columns().size());
            annex.rows().forEach(cells -> cells.forEach(value -> table.addCell(String.valueOf(value))));
            document.add(table);
        }
        document.close();
    }

    /**
     * The workbook of {@code BilanXlsx} written with fastexcel directly: the same sheets, title and
     * header rows (styled, frozen, filtered), columns and typed cells; drill-down texts inline.
     */
    private static void bareXlsx(BilanDocument bilan, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "bench", "1.0");
        int sheetNumber = 0;
        int drill = 0;
        for (BilanDocument.Chapter chapter : bilan.chapters()) {
            Worksheet sheet = workbook.newWorksheet("Fiche " + ++sheetNumber);
            header(sheet, bilan.title() + " — " + chapter.title(), List.of("Objectif", "Indicateur", "Valeur " + YEAR,
                    "Unité", "Valeur " + (YEAR - 1), "Écart", "Détail (feuille)", "Problème"), 40, 40, 12, 10, 12, 10, 30, 40);
            int row = 3;
            for (BilanDocument.Objective objective : chapter.objectives()) {
                for (BilanLine line : objective.lines()) {
                    sheet.value(row, 0, objective.title());
                    sheet.value(row, 1, line.indicator().label());
                    sheet.value(row, 2, line.current().number().orElseThrow());
                    sheet.value(row, 3, "nombre");
                    sheet.value(row, 4, line.previous().number().orElseThrow());
                    sheet.value(row, 5, line.difference().orElseThrow());
                    sheet.value(row, 6, ++drill + " " + line.indicator().label());
                    row++;
                }
            }
            sheet.setAutoFilter(2, 0, row - 1, 7);
            sheet.finish();
        }
        for (BilanLine line : bilan.lines()) {
            Worksheet sheet = workbook.newWorksheet("Détail " + ++sheetNumber);
            header(sheet, line.indicator().label(), List.of("Enregistrement", "Détail", "Nombre", "Date",
                    "Page dans le portail"), 60, 30, 10, 12, 30);
            int row = 3;
            for (MeasureRecord record : line.current().records()) {
                sheet.inlineString(row, 0, record.label());
                sheet.inlineString(row, 1, record.detail());
                sheet.value(row, 2, record.count());
                sheet.value(row, 3, record.date());
                sheet.style(row, 3).format("dd/mm/yyyy").set();
                sheet.inlineString(row, 4, record.path());
                row++;
                if (row % 200 == 0) {
                    sheet.flush();
                }
            }
            sheet.setAutoFilter(2, 0, row - 1, 4);
            sheet.finish();
        }
        for (BilanDocument.Annex annex : bilan.annexes()) {
            Worksheet sheet = workbook.newWorksheet("Annexe " + ++sheetNumber);
            header(sheet, annex.title(), annex.columns(), 50, 14);
            int row = 3;
            for (List<Object> cells : annex.rows()) {
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c) instanceof Number number) {
                        sheet.value(row, c, number);
                    } else if (cells.get(c) instanceof LocalDate date) {
                        sheet.value(row, c, date);
                        sheet.style(row, c).format("dd/mm/yyyy").set();
                    } else {
                        sheet.value(row, c, String.valueOf(cells.get(c)));
                    }
                }
                row++;
                if (row % 200 == 0) {
                    sheet.flush();
                }
            }
            sheet.setAutoFilter(2, 0, row - 1, annex.columns().size() - 1);
            sheet.finish();
        }
        workbook.finish();
    }

    /** A bold title on the first row, then on the third the header: bold, wrapped, shaded, frozen, with widths. */
    private static void header(Worksheet sheet, String title, List<String> labels, int... widths) {
        sheet.value(0, 0, title);
        sheet.style(0, 0).bold().fontSize(13).set();
        for (int c = 0; c < labels.size(); c++) {
            sheet.value(2, c, labels.get(c));
            sheet.width(c, widths[Math.min(c, widths.length - 1)]);
        }
        sheet.range(2, 0, 2, labels.size() - 1).style().bold().wrapText(true).fillColor("E6ECF5").set();
        sheet.freezePane(1, 3);
    }

}
