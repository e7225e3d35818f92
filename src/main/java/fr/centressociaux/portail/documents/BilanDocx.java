package fr.centressociaux.portail.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import fr.centressociaux.portail.reporting.BilanLine;
import fr.centressociaux.portail.shared.chart.ChartPicture;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.springframework.stereotype.Component;

/**
 * The bilan as a Word document (Apache POI XWPF), laid out like the Département's: the title block,
 * then per fiche action a table "Objectifs" | "Bilan <year>" with a row per objective (its
 * narrative, then its figures), the annexes as tables, and the page number in the footer.
 */
@Component
class BilanDocx {

    private static final String SHADE = "E6ECF5";
    private static final int LEFT_WIDTH = 2800;
    private static final int RIGHT_WIDTH = 6800;
    /** The size of text without a size of its own: Word's default when a document has no styles. */
    private static final int BODY = 10;
    /** Charts span the text width of the page. */
    private static final double PICTURE_WIDTH_CM = 16;
    /** A PNG twice the layout's size: sharp enough in print at 16 cm. */
    private static final double PIXELS_PER_UNIT = 2;

    private final FigureLines figures;

    BilanDocx(FigureLines figures) {
        this.figures = figures;
    }

    void write(BilanDocument document, OutputStream out, Progress progress) {
        try (XWPFDocument word = new XWPFDocument()) {
            word.getProperties().getCoreProperties().setTitle(DocumentText.clean(document.title()));
            word.getProperties().getCoreProperties().setCreator(figures.text("documents.author"));
            pageNumbers(word);
            text(word.createParagraph(), document.title(), true, false, 18);
            document.heading().forEach(line -> text(word.createParagraph(), line, false, false, 11));
            if (document.emptyNotice() != null) {
                text(word.createParagraph(), document.emptyNotice(), false, true, 11);
            }
            int done = 0;
            for (BilanDocument.Chapter chapter : document.chapters()) {
                chapter(word, document, chapter);
                progress.step(++done, document.chapters().size() + 1);
            }
            for (BilanDocument.Annex annex : document.annexes()) {
                annex(word, annex);
            }
            word.write(out);
            progress.reached(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void chapter(XWPFDocument word, BilanDocument document, BilanDocument.Chapter chapter) {
        XWPFParagraph title = word.createParagraph();
        title.setSpacingBefore(240);
        text(title, chapter.title(), true, false, 14);
        XWPFTable table = word.createTable(1, 2);
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        headerCell(header.getCell(0), document.columns().left(), LEFT_WIDTH);
        headerCell(header.getCell(1), document.columns().right(), RIGHT_WIDTH);
        for (BilanDocument.Objective objective : chapter.objectives()) {
            XWPFTableRow row = table.createRow();
            text(first(row.getCell(0)), objective.title(), true, false, 10);
            XWPFTableCell right = row.getCell(1);
            boolean firstBlock = true;
            for (NarrativeBlock block : objective.narrative()) {
                block(right, block, firstBlock);
                firstBlock = false;
            }
            for (BilanLine line : objective.lines()) {
                text(firstBlock ? first(right) : right.addParagraph(), figures.of(line, document.year()), false,
                        false, 10);
                firstBlock = false;
            }
        }
        chapter.illustrations().forEach(picture -> picture(word, picture));
    }

    /** The chart as a PNG across the text width, described by its text alternative, its title as caption. */
    private static void picture(XWPFDocument word, Illustration illustration) {
        XWPFParagraph paragraph = word.createParagraph();
        paragraph.setSpacingBefore(240);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = paragraph.createRun();
        byte[] png = ChartPicture.png(illustration.kind(), illustration.chart(), PIXELS_PER_UNIT);
        double height = PICTURE_WIDTH_CM * ChartPicture.height(illustration.kind(), illustration.chart())
                / ChartPicture.width();
        try {
            XWPFPicture picture = run.addPicture(new ByteArrayInputStream(png), PictureType.PNG,
                    illustration.chart().id() + ".png", (int) (PICTURE_WIDTH_CM * Units.EMU_PER_CENTIMETER),
                    (int) (height * Units.EMU_PER_CENTIMETER));
            String alt = DocumentText.clean(illustration.altText());
            // Word reads a picture's alternative text from the drawing's descr (and the picture's own).
            run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(alt);
            picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(alt);
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("A chart could not be added to the Word bilan", e);
        }
        XWPFParagraph caption = word.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        text(caption, illustration.chart().title(), false, true, 9);
    }

    private void block(XWPFTableCell cell, NarrativeBlock block, boolean firstBlock) {
        XWPFParagraph paragraph = firstBlock ? first(cell) : cell.addParagraph();
        switch (block) {
            case NarrativeBlock.Heading heading -> runs(paragraph, heading.runs(), true, heading.level() <= 2 ? 12 : 11);
            case NarrativeBlock.Paragraph text -> runs(paragraph, text.runs(), false, 10);
            case NarrativeBlock.ListItem item -> {
                paragraph.setIndentationLeft(360 * (item.depth() + 1));
                paragraph.setIndentationHanging(280);
                text(paragraph, item.marker() + "\t", false, false, 10);
                runs(paragraph, item.runs(), false, 10);
            }
            case NarrativeBlock.Table grid -> {
                nestedTable(cell, grid.rows());
                cell.addParagraph();
            }
        }
    }

    private static void nestedTable(XWPFTableCell cell, List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        CTTbl grid = cell.getCTTc().addNewTbl();
        XWPFTable table = new XWPFTable(grid, cell, rows.size(), columns);
        table.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                text(first(table.getRow(r).getCell(c)), rows.get(r).get(c), r == 0, false, 9);
            }
        }
        cell.insertTable(cell.getTables().size(), table);
    }

    private void annex(XWPFDocument word, BilanDocument.Annex annex) {
        XWPFParagraph title = word.createParagraph();
        title.setPageBreak(true);
        text(title, annex.title(), true, false, 14);
        if (annex.rows().isEmpty()) {
            text(word.createParagraph(), annex.note(), false, true, 10);
            return;
        }
        XWPFTable table = word.createTable(1, annex.columns().size());
        table.setWidth("100%");
        table.getRow(0).setRepeatHeader(true);
        for (int c = 0; c < annex.columns().size(); c++) {
            headerCell(table.getRow(0).getCell(c), annex.columns().get(c), 0);
        }
        for (List<Object> cells : annex.rows()) {
            XWPFTableRow row = table.createRow();
            for (int c = 0; c < cells.size(); c++) {
                text(first(row.getCell(c)), AnnexCells.text(cells.get(c)), false, false, BODY);
            }
        }
        if (!annex.note().isEmpty()) {
            text(word.createParagraph(), annex.note(), false, true, 9);
        }
    }

    private static void headerCell(XWPFTableCell cell, String label, int width) {
        cell.setColor(SHADE);
        if (width > 0) {
            cell.getCTTc().addNewTcPr().addNewTcW().setW(BigInteger.valueOf(width));
        }
        text(first(cell), label, true, false, 10);
    }

    private static void pageNumbers(XWPFDocument word) {
        XWPFParagraph footer = word.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setAlignment(ParagraphAlignment.CENTER);
        footer.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().getFirst();
    }

    private static void runs(XWPFParagraph paragraph, List<NarrativeBlock.Run> runs, boolean bold, int size) {
        for (NarrativeBlock.Run run : runs) {
            XWPFRun written = paragraph.createRun();
            written.setText(DocumentText.clean(run.text()));
            // Only what differs from Word's defaults: each property is an XML element per run.
            if (bold || run.bold()) {
                written.setBold(true);
            }
            if (run.italic()) {
                written.setItalic(true);
            }
            if (size != BODY) {
                written.setFontSize(size);
            }
        }
    }

    private static void text(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
        runs(paragraph, List.of(new NarrativeBlock.Run(text, bold, italic)), false, size);
    }
}
