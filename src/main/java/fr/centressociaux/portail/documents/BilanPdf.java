package fr.centressociaux.portail.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import fr.centressociaux.portail.shared.chart.ChartPicture;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The bilan as a PDF (OpenPDF), the same layout as the Word file: title block, a table per fiche
 * action whose header repeats on each page and whose rows split across pages (a narrative may run
 * over many), annexes, and "Page n sur N" at the foot of each page. The document declares its
 * title and language; OpenPDF's tagging stops there (DD018).
 */
@Component
class BilanPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font CHAPTER = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font HEAD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 9);
    private static final Font NOTE = new Font(Font.HELVETICA, 9, Font.ITALIC, Color.DARK_GRAY);
    private static final Color SHADE = new Color(230, 236, 245);

    private final FigureLines figures;

    BilanPdf(FigureLines figures) {
        this.figures = figures;
    }

    void write(BilanDocument bilan, OutputStream out, Progress progress) {
        Document document = new Document(PageSize.A4, 40, 40, 40, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers(figures));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.setTagged();
        document.addTitle(pdf(bilan.title()));
        document.addCreator(figures.text("documents.author"));
        document.setDocumentLanguage("fr-FR");
        document.open();
        document.add(new Paragraph(pdf(bilan.title()), TITLE));
        bilan.heading().forEach(line -> document.add(new Paragraph(pdf(line), TEXT)));
        if (bilan.emptyNotice() != null) {
            document.add(spaced(new Paragraph(pdf(bilan.emptyNotice()), NOTE)));
        }
        int done = 0;
        for (BilanDocument.Chapter chapter : bilan.chapters()) {
            chapter(document, writer, bilan, chapter);
            progress.step(++done, bilan.chapters().size() + 1);
        }
        for (BilanDocument.Annex annex : bilan.annexes()) {
            annex(document, annex);
        }
        document.close();
        progress.reached(1);
    }

    private void chapter(Document document, PdfWriter writer, BilanDocument bilan, BilanDocument.Chapter chapter) {
        document.add(spaced(new Paragraph(pdf(chapter.title()), CHAPTER)));
        PdfPTable table = new PdfPTable(new float[] {30, 70});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        table.addCell(cell(new Phrase(pdf(bilan.columns().left()), HEAD), SHADE));
        table.addCell(cell(new Phrase(pdf(bilan.columns().right()), HEAD), SHADE));
        for (BilanDocument.Objective objective : chapter.objectives()) {
            List<Element> parts = new ArrayList<>(objective.narrative().stream().map(BilanPdf::element).toList());
            objective.lines().forEach(line -> parts.add(new Paragraph(pdf(figures.of(line, bilan.year())), TEXT)));
            if (parts.isEmpty()) {
                parts.add(new Paragraph(""));
            }
            // One row per block, drawn as one cell: a row split over pages is laid out again on
            // each page, so a 50-page narrative in a single cell would cost its length squared.
            for (int i = 0; i < parts.size(); i++) {
                int sides = Rectangle.LEFT | Rectangle.RIGHT | (i == 0 ? Rectangle.TOP : 0)
                        | (i == parts.size() - 1 ? Rectangle.BOTTOM : 0);
                PdfPCell left = cell(i == 0 ? new Phrase(pdf(objective.title()), HEAD) : null, null);
                PdfPCell right = cell(null, null);
                right.addElement(parts.get(i));
                left.setBorder(sides);
                right.setBorder(sides);
                left.setPaddingBottom(i == parts.size() - 1 ? 5 : 0);
                right.setPaddingBottom(i == parts.size() - 1 ? 5 : 0);
                table.addCell(left);
                table.addCell(right);
            }
        }
        document.add(table);
        chapter.illustrations().forEach(picture -> picture(document, writer, picture));
    }

    /**
     * The chart painted as vector graphics (its text stays text) into a template placed as an image,
     * with its text alternative as the image's alt text, its title as caption.
     */
    private static void picture(Document document, PdfWriter writer, Illustration illustration) {
        float width = ChartPicture.width();
        float height = ChartPicture.height(illustration.kind(), illustration.chart());
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D graphics = template.createGraphics(width, height);
        try {
            ChartPicture.paint(graphics, illustration.kind(), illustration.chart());
        } finally {
            graphics.dispose();
        }
        Image image = Image.getInstance(template);
        image.setAlt(pdf(illustration.altText()));
        image.setAlignment(Image.MIDDLE);
        image.scaleToFit(document.right() - document.left(), document.top() - document.bottom() - 40);
        image.setSpacingBefore(14);
        document.add(image);
        Paragraph caption = new Paragraph(pdf(illustration.chart().title()), NOTE);
        caption.setAlignment(Element.ALIGN_CENTER);
        document.add(caption);
    }

    private static Element element(NarrativeBlock block) {
        return switch (block) {
            case NarrativeBlock.Heading heading -> paragraph(heading.runs(), true, heading.level() <= 2 ? 12 : 11);
            case NarrativeBlock.Paragraph text -> paragraph(text.runs(), false, 10);
            case NarrativeBlock.ListItem item -> {
                Paragraph paragraph = paragraph(item.runs(), false, 10);
                paragraph.add(0, new Chunk(item.marker() + " ", TEXT));
                paragraph.setIndentationLeft(14 * (item.depth() + 1));
                paragraph.setFirstLineIndent(-10);
                yield paragraph;
            }
            case NarrativeBlock.Table grid -> nested(grid.rows());
        };
    }

    private static PdfPTable nested(List<List<String>> rows) {
        int columns = Math.max(1, rows.stream().mapToInt(List::size).max().orElse(1));
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(4);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                table.addCell(cell(new Phrase(pdf(text), r == 0 ? HEAD : SMALL), r == 0 ? SHADE : null));
            }
        }
        return table;
    }

    private static Paragraph paragraph(List<NarrativeBlock.Run> runs, boolean bold, int size) {
        Paragraph paragraph = new Paragraph();
        for (NarrativeBlock.Run run : runs) {
            int style = (bold || run.bold() ? Font.BOLD : 0) | (run.italic() ? Font.ITALIC : 0);
            paragraph.add(new Chunk(pdf(run.text()), new Font(Font.HELVETICA, size, style)));
        }
        return paragraph;
    }

    private static void annex(Document document, BilanDocument.Annex annex) {
        document.newPage();
        document.add(new Paragraph(pdf(annex.title()), CHAPTER));
        if (annex.rows().isEmpty()) {
            document.add(spaced(new Paragraph(pdf(annex.note()), NOTE)));
            return;
        }
        PdfPTable table = new PdfPTable(annex.columns().size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(8);
        annex.columns().forEach(column -> table.addCell(cell(new Phrase(pdf(column), HEAD), SHADE)));
        for (List<Object> cells : annex.rows()) {
            cells.forEach(value -> table.addCell(cell(new Phrase(pdf(AnnexCells.text(value)), SMALL), null)));
        }
        document.add(table);
        if (!annex.note().isEmpty()) {
            document.add(spaced(new Paragraph(pdf(annex.note()), NOTE)));
        }
    }

    private static PdfPCell cell(@Nullable Phrase phrase, @Nullable Color shade) {
        PdfPCell cell = phrase == null ? new PdfPCell() : new PdfPCell(phrase);
        cell.setPadding(5);
        if (shade != null) {
            cell.setBackgroundColor(shade);
        }
        return cell;
    }

    private static Paragraph spaced(Paragraph paragraph) {
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    private static String pdf(String text) {
        return DocumentText.forStandardFonts(text);
    }

    /** "Page 3 sur 12": the total is written into a template once the document closes. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final FigureLines texts;
        private @Nullable PdfTemplate total;
        private @Nullable BaseFont font;

        PageNumbers(FigureLines texts) {
            this.texts = texts;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
            font = SMALL.getCalculatedBaseFont(false);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            String text = pdf(texts.text("documents.page", writer.getPageNumber())) + " ";
            float width = font.getWidthPoint(text, 9);
            float x = (document.left() + document.right()) / 2 - width / 2;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(text, SMALL), x, 25, 0);
            canvas.addTemplate(total, x + width, 25);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, 9);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
