package fr.centressociaux.portail.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
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
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
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
            System.out.printf(Locale.ROOT, "%-34s %10s %10s %8s %12s%n", "10x bilan", "median ms", "heap MB",
                    "ratio", "file KB");
            for (DocumentFormat format : DocumentFormat.values()) {
                Consumer<OutputStream> portalWriter = out -> writers.write(bilan, format, out, Progress.NONE);
                Consumer<OutputStream> bareWriter = out -> bare(bilan, format, out);
                Result ours = measure(portalWriter, iterations);
                Result bare = measure(bareWriter, iterations);
                print("portal " + format, ours, null);
                print("bare library " + format, bare, ours);
            }
            System.out.printf(Locale.ROOT, "%nLong drill-down sheet (XLSX, streamed)%n");
            for (int rows : new int[] {longSheet / 10, longSheet}) {
                BilanDocument sheet = oneSheet(rows);
                Result ours = measure(out -> writers.write(sheet, DocumentFormat.XLSX, out, Progress.NONE), 1);
                Result bare = measure(out -> bare(sheet, DocumentFormat.XLSX, out), 1);
                print("portal " + rows + " rows", ours, null);
                print("bare fastexcel " + rows + " rows", bare, ours);
            }
        }
        System.exit(0);
    }

    private record Result(double medianMillis, double heapMegabytes, long bytes) {
    }

    private static void print(String label, Result result, Result ours) {
        String ratio = ours == null ? "" : String.format(Locale.ROOT, "%.2f", ours.medianMillis() / result.medianMillis());
        System.out.printf(Locale.ROOT, "%-34s %10.1f %10.1f %8s %12d%n", label, result.medianMillis(),
                result.heapMegabytes(), ratio, result.bytes() / 1024);
    }

    /** Two warm-up writes, then the median of the timed ones; then one write sampling the heap. */
    private static Result measure(Consumer<OutputStream> writer, int iterations) {
        long bytes = 0;
        for (int i = 0; i < 2; i++) {
            writer.accept(new ByteArrayOutputStream());
        }
        double[] millis = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            Counting out = new Counting(false);
            long start = System.nanoTime();
            writer.accept(out);
            millis[i] = (System.nanoTime() - start) / 1e6;
            bytes = out.count;
        }
        Arrays.sort(millis);
        Counting sampled = new Counting(true);
        writer.accept(sampled);
        return new Result(millis[iterations / 2], (sampled.maxHeap - sampled.heapBefore) / 1048576.0, bytes);
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
            behind.add(MeasureRecord.of("Réunion des directions — " + String.format("%02d/%02d/%d", 1 + r % 28,
                    1 + r % 12, YEAR), (r % 60) + " participant(s)", "/reunions/" + r));
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
        for (BilanLine line : objective.lines()) {
            texts.add(line.indicator().label() + " : " + FigureText.value(line.current()) + " (" + (YEAR - 1) + " : "
                    + FigureText.value(line.previous()) + ", écart "
                    + FigureText.difference(line.difference().orElse(0.0), line.current().unit()) + ")");
        }
        return texts;
    }

    private static void bareDocx(BilanDocument bilan, OutputStream out) throws IOException {
        try (XWPFDocument word = new XWPFDocument()) {
            word.createParagraph().createRun().setText(bilan.title());
            for (BilanDocument.Chapter chapter : bilan.chapters()) {
                word.createParagraph().createRun().setText(chapter.title());
                XWPFTable table = word.createTable(1, 2);
                table.getRow(0).getCell(0).setText("Objectifs");
                table.getRow(0).getCell(1).setText("Bilan " + YEAR);
                for (BilanDocument.Objective objective : chapter.objectives()) {
                    XWPFTableRow row = table.createRow();
                    row.getCell(0).setText(objective.title());
                    texts(objective).forEach(text -> row.getCell(1).addParagraph().createRun().setText(text));
                }
            }
            for (BilanDocument.Annex annex : bilan.annexes()) {
                XWPFTable table = word.createTable(1, annex.columns().size());
                for (List<Object> cells : annex.rows()) {
                    XWPFTableRow row = table.createRow();
                    for (int c = 0; c < cells.size(); c++) {
                        row.getCell(c).setText(String.valueOf(cells.get(c)));
                    }
                }
            }
            word.write(out);
        }
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

    private static void bareXlsx(BilanDocument bilan, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "bench", "1.0");
        int sheetNumber = 0;
        for (BilanDocument.Chapter chapter : bilan.chapters()) {
            Worksheet sheet = workbook.newWorksheet("Fiche " + ++sheetNumber);
            int row = 0;
            for (BilanDocument.Objective objective : chapter.objectives()) {
                for (BilanLine line : objective.lines()) {
                    sheet.value(row, 0, objective.title());
                    sheet.value(row, 1, line.indicator().label());
                    sheet.value(row, 2, line.current().number().orElseThrow());
                    sheet.value(row, 3, line.previous().number().orElseThrow());
                    sheet.value(row, 4, line.difference().orElseThrow());
                    row++;
                }
            }
            sheet.finish();
        }
        for (BilanLine line : bilan.lines()) {
            Worksheet sheet = workbook.newWorksheet("Détail " + ++sheetNumber);
            int row = 0;
            for (MeasureRecord record : line.current().records()) {
                sheet.value(row, 0, record.label());
                sheet.value(row, 1, record.detail());
                sheet.value(row, 2, row % 60);
                sheet.value(row, 3, LocalDate.of(YEAR, 1 + row % 12, 1 + row % 28));
                sheet.style(row, 3).format("dd/mm/yyyy").set();
                sheet.value(row, 4, record.path());
                row++;
                if (row % 200 == 0) {
                    sheet.flush();
                }
            }
            sheet.finish();
        }
        for (BilanDocument.Annex annex : bilan.annexes()) {
            Worksheet sheet = workbook.newWorksheet("Annexe " + ++sheetNumber);
            int row = 0;
            for (List<Object> cells : annex.rows()) {
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c) instanceof Number number) {
                        sheet.value(row, c, number);
                    } else if (cells.get(c) instanceof LocalDate date) {
                        sheet.value(row, c, date);
                    } else {
                        sheet.value(row, c, String.valueOf(cells.get(c)));
                    }
                }
                row++;
            }
            sheet.finish();
        }
        workbook.finish();
    }
}
